/**
 * People, measured on the news documents of GUM (bench/corpora/gum/README.md): the draft tool's people
 * (src/authoring/people.ts) against GUM's gold person entities, read by ./gum.ts.
 *
 * A gold person counts when the story names them: a mention of theirs has a proper name at its head
 * ("Ambassador Hamdullah Mohib", "Mohib"; not "he", "the president", "a Rohingya"); groups are left out.
 * A proposed name **matches** a gold name when it is that name, or one word of it that the other's
 * first or last word is ("Mohib" for "Hamdullah Mohib", "Leung" for "Leung Kwok-hung", and
 * "Hamdullah Mohib" where the story's gold only says "Mohib"). **Found**: the name of some proposed
 * person (the one its file is written under) matches one of the gold person's names. Each proposed
 * person is then **right** (their name matches a gold person's), **misnamed** (a person, with words
 * too many or too few: "Nonpartisan Paul Tse", "Administrator Bolden" for Charles Bolden) or
 * **noise** (no person's name at all: "Sydney Morning Herald", "Aceh"). **Title words**: a proposed
 * name holding one ("Chairman").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPeople } from '../../src/authoring/people.ts';
import { capitalisedRuns } from '../../src/authoring/text-runs.ts';
import { describeMachine } from '../machine.ts';
import { corpusFolder } from './corpora.ts';
import { readGum, TITLE_WORD, type GoldPerson, type GumDocument } from './gum.ts';

export { readGum };

/** A story and the people it names, whatever corpus it comes from. */
export interface GoldDocument {
	name: string;
	paragraphs: string[];
	people: GoldPerson[];
}

/** What the benchmark needs of a proposed person. */
export interface Proposed {
	name: string;
	names: string[];
	/** Left open for the editor (a draft `_<id>.yaml`). */
	uncertain?: string;
}

export interface PeopleResult {
	documents: number;
	/** Gold persons the stories name. */
	gold: number;
	found: number;
	/** Of those found, found only by people the draft leaves open. */
	foundOpen: number;
	proposed: number;
	/** Proposed people left open. */
	open: number;
	right: string[];
	misnamed: string[];
	noise: string[];
	titled: string[];
	missed: string[];
}

const words = (name: string) => name.split(' ');

/**
 * Whether a proposed name names a gold person: one of their names, or the surname or given name of
 * one ("Mohib" for "Hamdullah Mohib"), or a fuller name where the story's gold gives only one word
 * ("Hamdullah Mohib" where the gold says "Mohib" alone), and then with no title word ("Administrator
 * Bolden" is misnamed).
 */
export function namesPerson(proposed: string, goldNames: Iterable<string>): boolean {
	const gold = [...goldNames];
	const fullest = Math.max(...gold.map((name) => words(name).length));
	return gold.some((name) => {
		if (proposed === name) return true;
		const [shorter, longer] = words(proposed).length < words(name).length ? [proposed, name] : [name, proposed];
		const parts = words(longer);
		if (words(shorter).length !== 1 || (parts[0] !== shorter && parts.at(-1) !== shorter)) return false;
		return shorter === proposed || (fullest === 1 && !parts.some((word) => TITLE_WORD.test(word)));
	});
}

/** Whether a proposed name holds a gold name with words too many, or part of one with words too few. */
function overlapsName(proposed: string, gold: string): boolean {
	const holds = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);
	return holds(proposed, gold) || (words(proposed).length > 1 && holds(gold, proposed));
}

export const draftPeople = (paragraphs: string[]): Proposed[] => findPeople(paragraphs, capitalisedRuns(paragraphs));

/** Scores what `find` proposes for each document against its gold people. */
export function scorePeople(docs: GoldDocument[], find: (paragraphs: string[]) => Proposed[] = draftPeople): PeopleResult {
	const result: PeopleResult = { documents: docs.length, gold: 0, found: 0, foundOpen: 0, proposed: 0, open: 0, right: [], misnamed: [], noise: [], titled: [], missed: [] };
	for (const doc of docs) {
		const ours = find(doc.paragraphs);
		const gold = doc.people;
		const goldNames = gold.flatMap((person) => [...person.names]);
		const namesSomeone = (name: string) => gold.some((person) => namesPerson(name, person.names));
		result.gold += gold.length;
		for (const person of gold) {
			const finders = ours.filter((proposed) => namesPerson(proposed.name, person.names));
			if (finders.length === 0) result.missed.push(`${doc.name}: ${[...person.names].join(' / ')}`);
			else {
				result.found++;
				if (finders.every((proposed) => proposed.uncertain)) result.foundOpen++;
			}
		}
		result.proposed += ours.length;
		for (const proposed of ours) {
			const line = `${doc.name}: ${proposed.name}${proposed.uncertain ? ' (left open)' : ''}`;
			if (proposed.uncertain) result.open++;
			if (namesSomeone(proposed.name)) result.right.push(line);
			else if (proposed.names.some((name) => namesSomeone(name) || goldNames.some((goldName) => overlapsName(name, goldName)))) result.misnamed.push(line);
			else result.noise.push(line);
			if (words(proposed.name).some((word) => TITLE_WORD.test(word))) result.titled.push(line);
		}
	}
	return result;
}

/** Every GUM news document in the corpus folder. */
export function gumNews(): GumDocument[] {
	const folder = corpusFolder('gum', '.conllu');
	return readdirSync(folder)
		.filter((file) => /^GUM_news_.*\.conllu$/.test(file))
		.sort()
		.map((file) => readGum(readFileSync(join(folder, file), 'utf8'), file.replace(/^GUM_news_|\.conllu$/g, '')));
}

export const runPeople = (): PeopleResult => scorePeople(gumNews());

const ratio = (n: number, of: number) => (of === 0 ? '-' : (n / of).toFixed(2));
const count = (lines: string[]) => `${lines.length} (${lines.filter((line) => line.endsWith('(left open)')).length} left open)`;

/** The people benchmark's results as recorded in docs/benchmarks.md. */
export function peopleReport(): string {
	const r = runPeople();
	return resultReport(r, `Measured ${describeMachine()}. GUM, ${r.documents} Wikinews documents, ${r.gold} people named by a proper name.`);
}

/** A people result as Markdown: the table, then what was missed, misnamed, noise, and titled. */
export function resultReport(r: PeopleResult, heading: string): string {
	const finishedNoise = r.noise.filter((line) => !line.endsWith('(left open)')).length;
	return [
		heading,
		'',
		`| recall (found) | of them, only as open drafts | proposed (left open) | right | misnamed | noise: finished (of finished) | noise: left open | names with a title word |`,
		`| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
		`| ${r.found}/${r.gold} (${ratio(r.found, r.gold)}) | ${r.foundOpen} | ${r.proposed} (${r.open}) | ${count(r.right)} | ${count(r.misnamed)} | ${finishedNoise}/${r.proposed - r.open} (${ratio(finishedNoise, r.proposed - r.open)}) | ${r.noise.length - finishedNoise} | ${r.titled.length} |`,
		'',
		'Missed:',
		'',
		...r.missed.map((line) => `- ${line}`),
		'',
		'Misnamed (a person, with words too many or too few):',
		'',
		...r.misnamed.map((line) => `- ${line}`),
		'',
		'Noise (proposed, no person):',
		'',
		...r.noise.map((line) => `- ${line}`),
		...(r.titled.length ? ['', 'With a title word:', '', ...r.titled.map((line) => `- ${line}`)] : []),
	].join('\n');
}
