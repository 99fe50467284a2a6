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
		['Captain Tom Moore walked, and Colonel Ana Ruiz spoke.', 'Ana Ruiz', 'Colonel'],
	])('%s', (text, name, role) => {
		expect(named([text])).toContainEqual([name, role]);
		expect(people([text]).every((person) => !/\b(?:President|Sen\.|Gov\.|Mayor|Marxist|Former|former|Chilean)\b/.test(person.name))).toBe(true);
	});

	it('ends a name before "of", and leaves out a sentence opener joined to a name', () => {
		expect(named(['The plan, said Mayor Jorge Sharp of Valparaiso, would work.'])).toEqual([['Jorge Sharp', 'Mayor']]);
		expect(people(['Yesterday Mohamed Salem left. "No," said Raymond Chan of People Power.']).map((person) => person.name)).toEqual(['Mohamed Salem', 'Raymond Chan']);
		expect(people(['Then England scored. Yesterday Ivo wrote.']).map((person) => person.name)).toEqual([]);
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

	it('keeps a hyphenated name whole, never writing part of it as the name', () => {
		expect(people(['"Soon," said Kwabena Mensah-Otu. Cheng Chung-tai agreed.']).map((person) => person.name)).toEqual(['Kwabena Mensah-Otu', 'Cheng Chung-tai']);
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
		const found = people(["Officials met Sanae Takaichi on Monday. On Tuesday, Takaichi praised Trump's support, and Barreiro said little."]);
		expect(found.map((person) => [person.name, person.names, Boolean(person.uncertain)])).toEqual([
			['Sanae Takaichi', ['Sanae Takaichi', 'Takaichi'], false],
			['Trump', ['Trump'], true],
			['Barreiro', ['Barreiro'], true],
		]);
		expect(found[1].uncertain).toMatch(/single capitalised word.*possessive/);
		expect(found[2].uncertain).toMatch(/"said" stands beside it/);
	});

	it('proposes no lone word that nothing in its sentence says is a person', () => {
		expect(people(['Officials praised Gigaloader for its speed, and Robogee won a medal.'])).toEqual([]);
	});

	it('joins a title and a lone surname to the full name the story gave ("President Trump" after "President Donald Trump")', () => {
		expect(named(['President Donald Trump met them. Later, President Trump spoke.'])).toEqual([['Donald Trump', 'President']]);
		expect(people(['President Donald Trump met them. Later, President Trump spoke.'])[0].names).toEqual(['Donald Trump', 'Trump']);
	});
});

describe('findPeople: names found by what their sentence says (GUM news error classes)', () => {
	it.each([
		['a noun of a person before the name', 'The robot was built by team member Nadia Qaderi and musician Teodor Vasquel.', ['Nadia Qaderi', 'Teodor Vasquel']],
		['the organisation after it', 'Winners were Hoi Ming-wah of the Civic Party and Tanisha Obuya from the Labour Party.', ['Hoi Ming-wah', 'Tanisha Obuya']],
		["an organisation's possessive before it (a country's names a place)", "FTU's Adaeze Mbeki won, and tourists saw Japan's Yasukuni Shrine.", ['Adaeze Mbeki']],
		['a list with a person in it', 'Farid Omari said the side started with Lena Marsh, Yanis Carrou and Deniz Merten.', ['Farid Omari', 'Yanis Carrou', 'Lena Marsh', 'Deniz Merten']],
		["a person's organisation, then another person", 'It shows publishers Jonas Weller of Rolling Stone Magazine and Carla De Benedict of the Daily Planet. The Department of Health and Human Services agreed.', ['Jonas Weller', 'Carla De Benedict']],
		['hyphenated given names, and a hyphen that makes an adjective', "Kim Shin-Wook scored, and Kim Jong-un's envoy watched a Texas-style barbecue with Obama-era officials.", ['Kim Shin-Wook', 'Kim Jong-un']],
		['a caption credit', 'Ahmed Salah Image: Nick Moreau.', ['Ahmed Salah', 'Nick Moreau']],
		["an organisation's name before it", 'Later the chief of the Refugee Council Enver Solomon told reporters so. Image: NASA Bill Ingalls.', ['Enver Solomon', 'Bill Ingalls']],
		['a sentence opener before it', 'For Kevin Allton, a college instructor, it was a legend. Allton said so. A Donald Trump victory worried them.', ['Kevin Allton', 'Donald Trump']],
		['a surname alone before a speech verb', 'Economics major at University of Ohio Amira Jafarzadeh started the petition. Jafarzadeh said it grew fast.', ['Amira Jafarzadeh']],
		['given-name syllables that are English words too', 'Leung Kwok-hung of LSD and Wong Kwok-kin of the FTU were elected, with a Hong Kong-based group and English-speaking staff.', ['Leung Kwok-hung', 'Wong Kwok-kin']],
	])('%s', (_, text, names) => {
		expect(people([text]).map((person) => person.name)).toEqual(names);
	});

	it('reads what follows a name: "who", "whose", an apposition with a title or a noun of a person, a speech verb after a sentence opener', () => {
		const found = people(['"Some men get it," Leive said. Gomery, who led the inquiry, agreed. The film by Cuaron, whose last film won, opened. Rahim Z. Amin, General Director of the agency, spoke.']);
		expect(found.map((person) => [person.name, Boolean(person.uncertain)])).toEqual([
			['Rahim Z. Amin', false],
			['Leive', true],
			['Gomery', true],
			['Cuaron', true],
		]);
		expect(found[2].uncertain).toMatch(/"who" follows it/);
	});

	it('keeps a generation in the name, a final s before the possessive, and takes no name after "in" for a person', () => {
		expect(people(["She met Andre Pryce III in Monte Carlo in April. Later, Doss's feats were told."]).map((person) => [person.name, Boolean(person.uncertain)])).toEqual([
			['Andre Pryce III', false],
			['Doss', true],
		]);
	});

	it('takes the title of a place or office, a title alone before a comma, and a title inside a run, out of the name', () => {
		expect(named(['Governor of Oregon Dana Whitfield said the museum was ready. Minister of Education Sofia Bellandi agreed.'])).toEqual([
			['Dana Whitfield', 'Governor of Oregon'],
			['Sofia Bellandi', 'Minister of Education'],
		]);
		expect(named(["In a statement, Malaysia's Prime Minister, Arif Rahman said the talks went well."])).toEqual([['Arif Rahman', 'Prime Minister of Malaysia']]);
		expect(named(['Undersecretary for Education Mr. Tomasso Rinaldi says fees will rise.'])).toEqual([['Tomasso Rinaldi', undefined]]);
	});

	it('leaves descriptions out of untitled names', () => {
		expect(people(['Nonpartisan Paulo Tsang won, and Scientologist Tomas Crane lost.']).map((person) => person.name)).toEqual(['Paulo Tsang', 'Tomas Crane']);
	});

	it('takes no organisation, product or place for a person', () => {
		expect(people(['Google Chrome gained users, the Sydney Morning Herald said, at the National Air and Space Museum. Last week the Masjid Al-Haram was crowded.'])).toEqual([]);
		expect(people(['The foundation made two donations to USI Art Collections, in 2007 and later, at the University of Southern Indiana.'])).toEqual([]);
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
