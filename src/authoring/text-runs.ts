/**
 * Runs of capitalised words in a story ("Japanese Prime Minister Sanae Takaichi", "Horyu Temple",
 * "U.S."), with where they stand: the raw material for finding people and places.
 */

export interface Run {
	/** The words, possessive `'s` removed: `Tokyo` for "Tokyo's". */
	words: string[];
	text: string;
	/** 1-based paragraph, and character offsets of the run in it. */
	paragraph: number;
	start: number;
	end: number;
	/** The run opens a sentence, where any word is capitalised. */
	sentenceStart: boolean;
	/** The lower-case word just before the run ("leader" in "where leader Xi Jinping"). */
	before: string;
	/** The lower-case word just after it ("region" in "Ethiopia's Tigray region"). */
	after: string;
}

// A capitalised word: letters (with apostrophes inside, "O'Brien"), or initials with dots ("U.S.").
// Hyphenated titles stay one word; other hyphens part names ("Japan-China").
const WORD = /(?:Secretary|Attorney|Governor|Director|Surgeon|Inspector)-General|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Lu}?[\p{L}\p{M}]+)*\.?/gu;
// Words that join capitalised words into one name: "Bank of Japan", "Luiz Inácio Lula da Silva".
const CONNECTORS = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'el', 'y']);
const ABBREVIATION = /^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Brig|Cpl|Pvt|Supt|Insp|Gens|Reps|Sens|Govs|Prof|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Jr|Sr)\.$/u;

function isSentenceStart(text: string, index: number): boolean {
	const before = text.slice(0, index);
	return /(?:^|[.!?]["”’]?\s+|^["“‘]|[.!?]\s+["“‘]|:\s+["“‘])$/.test(before) || /["“]\s*$/.test(before) && /(?:^|[.!?:,]\s*)["“]\s*$/.test(before);
}

/** Every run of capitalised words of each paragraph, in reading order. */
export function capitalisedRuns(paragraphs: readonly string[]): Run[] {
	return paragraphs.flatMap((text, index) => {
		const runs: Run[] = [];
		let current: { words: string[]; start: number; end: number } | undefined;
		const close = () => {
			if (!current) return;
			const before = /(?<![\p{L}'’])(\p{Ll}+)[\s,]*$/u.exec(text.slice(0, current.start))?.[1] ?? '';
			const after = /^\s+(\p{Ll}+)(?![\p{L}'’])/u.exec(text.slice(current.end))?.[1] ?? '';
			runs.push({
				words: current.words,
				text: text.slice(current.start, current.end),
				paragraph: index + 1,
				start: current.start,
				end: current.end,
				sentenceStart: isSentenceStart(text, current.start),
				before,
				after,
			});
			current = undefined;
		};
		for (const match of text.matchAll(WORD)) {
			let word = match[0];
			// A full stop ends a sentence, not the word, unless the word is an abbreviation ("U.S.", "Aug.").
			if (word.endsWith('.') && !ABBREVIATION.test(word)) word = word.slice(0, -1);
			const possessive = /['’]s$/.test(word);
			if (possessive) word = word.slice(0, -2);
			const start = match.index;
			const end = start + word.length;
			const gap = current ? text.slice(current.end, start) : '';
			const joins = current && (gap === ' ' || (/^ (\p{Ll}+) $/u.test(gap) && CONNECTORS.has(gap.trim())));
			if (!joins) close();
			if (current) {
				current.words.push(...gap.trim().split(' ').filter(Boolean), word);
				current.end = end;
			} else {
				current = { words: [word], start, end };
			}
			// A possessive ends a name: "Japan's NHK" is two.
			if (possessive) close();
		}
		close();
		// A connector may not end a run ("Bank of" before a lower-case word never happens: WORD starts capitalised).
		return runs;
	});
}
