/**
 * People, measured on the news documents of GUM (bench/corpora/gum/README.md): the draft tool's people
 * (src/authoring/people.ts) against GUM's gold person entities. A gold person counts when the story
 * names them: some mention of theirs is a proper name (every word PROPN, as "Donald Trump"; not "he",
 * not "the president"). Found: one of our names is one of those mentions. Noise: a name we propose that
 * is no proper-name mention of any gold person. Title words: a name we propose that holds one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPeople } from '../../src/authoring/people.ts';
import { capitalisedRuns } from '../../src/authoring/text-runs.ts';
import { describeMachine } from '../machine.ts';
import { corpusFolder } from './corpora.ts';

// Title words that open a mention in the gold, and that no proposed name should hold.
const TITLE_WORD = /^(?:President|Prime|Minister|Gov\.|Governor|Sen\.|Senator|Rep\.|Mayor|Congressm[ae]n|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.|Ambassador|General|Gen\.|King|Queen|Prince|Pope|Former|former|Chairman|Secretary|Judge|Justice|Officer|Detective|Sergeant|Captain|Marxist)$/;

interface GumDocument {
	name: string;
	paragraphs: string[];
	/** Per gold person entity, its proper-name mentions. */
	people: Map<string, Set<string>>;
}

interface Token {
	form: string;
	xpos: string;
	spaceAfter: boolean;
}

/**
 * The name within a person mention: the singular proper nouns (NNP; "Muslims" is NNPS, a group) that
 * end it, after its last title word ("Ambassador Mohib" is Mohib).
 */
function properName(tokens: Token[]): Token[] | undefined {
	// English puts the name last: "U.S. President Donald Trump"; "a Scientology defector" names no one.
	let start = tokens.length;
	while (start > 0 && (tokens[start - 1].xpos === 'NNP' || (tokens[start - 1].form === '-' && start < tokens.length))) start--;
	let name = tokens.slice(start);
	const lastTitle = name.findLastIndex((token) => TITLE_WORD.test(token.form));
	name = name.slice(lastTitle + 1);
	return name.length > 0 && name[0].form !== '-' ? name : undefined;
}

/** Reads a GUM .conllu document: paragraphs from `# text` and `# newpar`, person mentions from `Entity=`. */
export function readGum(conllu: string, name: string): GumDocument {
	const paragraphs: string[] = [];
	const people = new Map<string, Set<string>>();
	const open = new Map<string, { type: string; tokens: Token[] }>();
	let newParagraph = true;
	for (const line of conllu.split('\n')) {
		if (line.startsWith('# newpar')) newParagraph = true;
		else if (line.startsWith('# text = ')) {
			const text = line.slice('# text = '.length);
			if (newParagraph || paragraphs.length === 0) paragraphs.push(text);
			else paragraphs[paragraphs.length - 1] += ` ${text}`;
			newParagraph = false;
		} else if (/^\d+\t/.test(line)) {
			const cols = line.split('\t');
			const token: Token = { form: cols[1], xpos: cols[4], spaceAfter: !/SpaceAfter=No/.test(cols[9]) };
			const entity = /(?:^|\|)Entity=([^|]+)/.exec(cols[9])?.[1] ?? '';
			const closing: string[] = [];
			for (const match of entity.matchAll(/\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g)) {
				if (match[1]) {
					open.set(match[1], { type: match[2], tokens: [] });
					if (match[3]) closing.push(match[1]);
				} else closing.push(match[4]);
			}
			for (const mention of open.values()) mention.tokens.push(token);
			for (const id of closing) {
				const mention = open.get(id);
				open.delete(id);
				if (!mention || mention.type !== 'person') continue;
				const name = properName(mention.tokens);
				if (!name) continue;
				const text = name.map((t, i) => t.form + (t.spaceAfter && i < name.length - 1 ? ' ' : '')).join('');
				if (!people.has(id)) people.set(id, new Set());
				people.get(id)?.add(text);
			}
		}
	}
	return { name, paragraphs, people };
}


export interface PeopleResult {
	documents: number;
	gold: number;
	found: number;
	proposed: number;
	noise: string[];
	titled: string[];
	missed: string[];
}

export function runPeople(): PeopleResult {
	const folder = corpusFolder('gum', '.conllu');
	const docs = readdirSync(folder)
		.filter((file) => /^GUM_news_.*\.conllu$/.test(file))
		.sort()
		.map((file) => readGum(readFileSync(join(folder, file), 'utf8'), file.replace(/^GUM_news_|\.conllu$/g, '')));
	const result: PeopleResult = { documents: docs.length, gold: 0, found: 0, proposed: 0, noise: [], titled: [], missed: [] };
	for (const doc of docs) {
		const ours = findPeople(doc.paragraphs, capitalisedRuns(doc.paragraphs));
		const goldNames = new Set([...doc.people.values()].flatMap((names) => [...names]));
		result.gold += doc.people.size;
		for (const names of doc.people.values()) {
			if (ours.some((person) => person.names.some((name) => names.has(name)))) result.found++;
			else result.missed.push(`${doc.name}: ${[...names].join(' / ')}`);
		}
		result.proposed += ours.length;
		for (const person of ours) {
			if (!person.names.some((name) => goldNames.has(name))) result.noise.push(`${doc.name}: ${person.name}${person.uncertain ? ' (left open)' : ''}`);
			if (person.name.split(' ').some((word) => TITLE_WORD.test(word))) result.titled.push(`${doc.name}: ${person.name}`);
		}
	}
	return result;
}

const ratio = (n: number, of: number) => (of === 0 ? '-' : (n / of).toFixed(2));

/** The people benchmark's results as recorded in docs/benchmarks.md. */
export function peopleReport(): string {
	const r = runPeople();
	return [
		`Measured ${describeMachine()}. GUM, ${r.documents} Wikinews documents; a gold person is one the story names with a proper name.`,
		'',
		`| recall (found) | noise (of proposed) | names with a title word |`,
		`| --- | --- | --- |`,
		`| ${r.found}/${r.gold} (${ratio(r.found, r.gold)}) | ${r.noise.length}/${r.proposed} (${ratio(r.noise.length, r.proposed)}) | ${r.titled.length} |`,
		'',
		'Missed:',
		'',
		...r.missed.map((line) => `- ${line}`),
		'',
		'Noise (proposed, no gold person):',
		'',
		...r.noise.map((line) => `- ${line}`),
		...(r.titled.length ? ['', 'With a title word:', '', ...r.titled.map((line) => `- ${line}`)] : []),
	].join('\n');
}
