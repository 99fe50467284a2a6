/**
 * Names with a hyphen inside a part ("Cheng Chung-tai", "Kim Jong-un", "Kim Shin-Wook", "Kwabena
 * Mensah-Otu"), made whole for the people finder. The word finder (./text-runs.ts) parts words at a
 * hyphen, which places need ("Japan-China ties", "U.S.-Mexico border"); a person's name cut there
 * would be written short ("Cheng Chung"), so the people finder reads the runs this module joins.
 */
import type { Run } from './text-runs';

// English words that follow a name after a hyphen and make an adjective of it ("Obama-era",
// "Texas-style", "Hong Kong-based"). A name's syllable may be an English word too ("Kwok-hung",
// "Kwok-kin", "Pik-wan"), so only these, and longer words ending like a participle ("Beijing-brokered",
// "English-speaking"), are read as the adjective's tail.
const COMPOUND_TAILS = new Set(['era', 'esque', 'ish', 'type', 'style', 'wide', 'like', 'based', 'led', 'born', 'run', 'made', 'bound', 'held', 'era', 'area', 'bred', 'wise', 'free', 'only']);

/** A lower-case syllable after a hyphen that belongs to the name ("-tai", "-un", "-hung"). */
const nameSyllable = (tail: string): boolean => !COMPOUND_TAILS.has(tail) && !(tail.length > 5 && /(?:ed|ing|ian|ese|ist)$/.test(tail));

/**
 * The runs with hyphenated names joined, and for each joined run the runs of the story it stands for.
 * Joined: a run of two or more words and a lower-case name syllable after a hyphen ("Cheng Chung" and
 * "-tai"), or a run of two or more words and the capitalised run after a hyphen ("Kim Shin" and
 * "Wook"). A single word before the hyphen is left apart ("Coca-Cola", "Japan-China").
 */
export function joinHyphenatedNames(paragraphs: readonly string[], runs: readonly Run[]): { runs: Run[]; parts: Map<Run, Run[]> } {
	const joined: Run[] = [];
	const parts = new Map<Run, Run[]>();
	for (let i = 0; i < runs.length; i++) {
		const first = runs[i];
		let run = first;
		const stands: Run[] = [run];
		const text = paragraphs[run.paragraph - 1];
		while (run.words.length >= 2) {
			const next = runs[i + 1];
			const syllable = /^-(\p{Ll}+)(?=['’]s\b|[^\p{L}\p{M}'’-]|$)/u.exec(text.slice(run.end))?.[1];
			if (syllable && nameSyllable(syllable)) {
				const end = run.end + 1 + syllable.length;
				run = { ...run, words: [...run.words.slice(0, -1), `${run.words.at(-1)}-${syllable}`], text: text.slice(run.start, end), end, after: /^\s+(\p{Ll}+)(?![\p{L}'’])/u.exec(text.slice(end))?.[1] ?? '' };
			} else if (next && next.paragraph === run.paragraph && next.start === run.end + 1 && text[run.end] === '-') {
				const [head, ...rest] = next.words;
				run = { ...run, words: [...run.words.slice(0, -1), `${run.words.at(-1)}-${head}`, ...rest], text: text.slice(run.start, next.end), end: next.end, after: next.after };
				stands.push(next);
				i++;
			} else break;
		}
		joined.push(run);
		if (run !== first) parts.set(run, stands);
	}
	return { runs: joined, parts };
}
