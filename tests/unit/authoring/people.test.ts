import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runNew } from '../../../src/authoring/cli';
import { findPeople } from '../../../src/authoring/people';
import { capitalisedRuns } from '../../../src/authoring/text-runs';

const people = (paragraphs: string[]) => findPeople(paragraphs, capitalisedRuns(paragraphs));
const named = (paragraphs: string[]) => people(paragraphs).map((person) => [person.name, person.role]);

describe('findPeople: a name is the name alone', () => {
	it.each([
		['They met under Marxist President Salvador Allende in 1971.', 'Salvador Allende', 'President'],
		['Former President Michelle Bachelet called it fair.', 'Michelle Bachelet', 'former President'],
		['It was backed by former Sen. Maria Soto.', 'Maria Soto', 'former Senator'],
		['Chilean President Ricardo Lagos spoke.', 'Ricardo Lagos', 'President of Chile'],
		['Gov. Rodrigo Mundaca urged calm.', 'Rodrigo Mundaca', 'Governor'],
		['The plan, said Mayor Jorge Sharp, would work.', 'Jorge Sharp', 'Mayor'],
		['Not everyone agreed: the Union leader Pablo Klimpel said so.', 'Pablo Klimpel', 'Union leader'],
		['Union leader Pablo Klimpel said so.', 'Pablo Klimpel', 'Union leader'],
		['The strike was ordered by Venezuelan leader Nicolas Maduro.', 'Nicolas Maduro', 'Leader of Venezuela'],
	])('%s', (text, name, role) => {
		expect(named([text])).toContainEqual([name, role]);
		expect(people([text]).every((person) => !/\b(?:President|Sen\.|Gov\.|Mayor|Marxist|Former|former|Chilean)\b/.test(person.name))).toBe(true);
	});

	it('ends a name before "of", and leaves out a sentence opener joined to a name', () => {
		expect(named(['The plan, said Mayor Jorge Sharp of Valparaiso, would work.'])).toEqual([['Jorge Sharp', 'Mayor']]);
		expect(people(['Yesterday Mohamed Salem left. "No," said Raymond Chan of People Power.']).map((person) => person.name)).toEqual(['Raymond Chan']);
	});

	it('knows British honorifics without a full stop, and "Emeritus Professor"', () => {
		expect(named(['Emeritus Professor John Burrows spoke, and Mr Ian Key agreed.']).map(([name]) => name)).toEqual(['John Burrows', 'Ian Key']);
	});

	it('splits names joined after a plural title, each holding the title', () => {
		expect(named(['Congressmen Ivan Moreira and Cristian Leay promised a vote.'])).toEqual([
			['Ivan Moreira', 'Congressman'],
			['Cristian Leay', 'Congressman'],
		]);
	});

	it('splits a list of titled names', () => {
		expect(named(['Sen. Maria Jose Hoffmann, Rep. Diego Schalper and Gov. Rodrigo Mundaca urged calm.'])).toEqual([
			['Maria Jose Hoffmann', 'Senator'],
			['Diego Schalper', 'Representative'],
			['Rodrigo Mundaca', 'Governor'],
		]);
	});

	it('finds a full name after said or predicted, with no title', () => {
		expect(named(['Prices will fall, predicted Anneliese Dorvan. "Soon," said Kwabena Mensah.']).map(([name]) => name)).toEqual(['Anneliese Dorvan', 'Kwabena Mensah']);
	});

	it('never writes part of a hyphenated name as the name (it is missed rather than cut short)', () => {
		expect(people(['"Soon," said Kwabena Mensah-Otu. Cheng Chung-tai agreed.']).map((person) => person.name)).toEqual([]);
	});
});

describe("findPeople: parts of an organisation's or product's name are no person", () => {
	it('Coca-Cola, and anything inside Center for Immigration Studies', () => {
		const found = people([
			'Coca-Cola syrup sat on the quay, said Mark Krikorian of the Washington-based Center for Immigration Studies.',
			'In July, Cola sales fell, the Council on Foreign Relations said.',
		]).map((person) => person.name);
		expect(found).toEqual(['Mark Krikorian']);
	});
});

describe('findPeople: finished only where a rule makes it certain', () => {
	it('leaves a lone word open, saying what was weighed, and a surname of a full name certain', () => {
		const found = people(['Officials met Sanae Takaichi on Monday. On Tuesday, Takaichi praised Trump for his support.']);
		expect(found.map((person) => [person.name, person.names, Boolean(person.uncertain)])).toEqual([
			['Sanae Takaichi', ['Sanae Takaichi', 'Takaichi'], false],
			['Trump', ['Trump'], true],
		]);
		expect(found[1].uncertain).toMatch(/single capitalised word/);
	});
});

describe('npm run new on a story it has never seen (tests/fixtures/authoring/port-strike.txt)', () => {
	const contentRoot = mkdtempSync(join(tmpdir(), 'backstory-people-'));
	afterAll(() => rmSync(contentRoot, { recursive: true, force: true }));
	const fixtures = fileURLToPath(new URL('../../fixtures/authoring/', import.meta.url));
	runNew(['port-strike.txt', '--published', '2026-03-12', '--slug', 'port-strike'], { cwd: fixtures, contentRoot, log: () => {} });
	const files = readdirSync(join(contentRoot, 'people'));

	it('writes every person as the name alone, each right', () => {
		const names = files.map((file) => /^name: "?([^"\n]+)"?$/m.exec(readFileSync(join(contentRoot, 'people', file), 'utf8'))?.[1]);
		expect(names.sort()).toEqual(
			['Cristian Leay', 'Diego Schalper', 'Ivan Moreira', 'Jorge Sharp', 'Maria Jose Hoffmann', 'Mark Krikorian', 'Michelle Bachelet', 'Pablo Klimpel', 'Rodrigo Mundaca', 'Salvador Allende'].sort(),
		);
	});

	it('ties no organisation part to the draft', () => {
		const draft = readFileSync(join(contentRoot, 'explainers/_port-strike.md'), 'utf8');
		const frontMatter = draft.split('\n---\n')[0];
		expect(frontMatter).not.toMatch(/\b(?:coca|cola|immigration-studies|congressmen|marxist)\b/i);
	});
});
