import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/authoring/people';
import { findPlaces } from '../../../src/authoring/places';
import { capitalisedRuns } from '../../../src/authoring/text-runs';

const ap = readFileSync(new URL('../../fixtures/ap-japan-south-korea-summit.txt', import.meta.url), 'utf8').trim().split('\n').slice(2);
const detect = (paragraphs: string[], dateline?: string) => {
	const runs = capitalisedRuns(paragraphs);
	const people = findPeople(paragraphs, runs);
	return { people, places: findPlaces(paragraphs, runs, people, { dateline }) };
};

describe('capitalisedRuns', () => {
	it('keeps names whole, splits at possessives and hyphens, and knows a sentence start', () => {
		const runs = capitalisedRuns(["Tokyo's Yasukuni Shrine honors Japan-China ties. Bank of Japan officials met U.S. envoys."]);
		expect(runs.map((run) => run.words.join(' '))).toEqual(['Tokyo', 'Yasukuni Shrine', 'Japan', 'China', 'Bank of Japan', 'U.S.']);
		expect(runs.map((run) => run.sentenceStart)).toEqual([true, false, false, false, true, false]);
	});
});

describe('findPeople', () => {
	it('finds every person of the AP story, with surnames grouped and roles from the story', () => {
		const { people } = detect(ap);
		expect(people.map((p) => [p.name, p.names, p.role])).toEqual([
			['Sanae Takaichi', ['Sanae Takaichi', 'Takaichi'], 'Prime Minister of Japan'],
			['Lee Jae Myung', ['Lee Jae Myung', 'Lee'], 'President of South Korea'],
			['Xi Jinping', ['Xi Jinping', 'Xi'], 'Leader'],
			['Nicolas Maduro', ['Nicolas Maduro'], 'Leader of Venezuela'],
			['Toshimitsu Motegi', ['Toshimitsu Motegi'], 'Foreign Minister'],
			['Minoru Kihara', ['Minoru Kihara'], 'Chief Cabinet Secretary'],
			['Trump', ['Trump'], undefined],
		]);
	});

	it('takes untitled names compromise knows, and leaves organisations, places and sentence openers alone', () => {
		const { people } = detect([
			'WASHINGTON (AP) - Emmanuel Macron met the World Health Organization chief in Geneva.',
			'Macron said the Foreign Ministry and the Kremlin agreed. During talks, Buddhism came up.',
		]);
		expect(people.map((p) => [p.name, p.names])).toEqual([['Emmanuel Macron', ['Emmanuel Macron', 'Macron']]]);
	});
});

describe('findPeople: roles', () => {
	it.each([
		["Poland's President Karol Nawrocki, elected in June, spoke.", 'Karol Nawrocki', 'President of Poland'],
		['U.N. Secretary-General António Guterres welcomed it.', 'António Guterres', 'U.N. Secretary-General'],
		['Brazilian President Luiz Inácio Lula da Silva and others met.', 'Luiz Inácio Lula da Silva', 'President of Brazil'],
		['The strike was ordered by Venezuelan leader Nicolas Maduro.', 'Nicolas Maduro', 'Leader of Venezuela'],
	])('%s', (text, name, role) => {
		expect(detect([text]).people.find((person) => person.name === name)?.role).toBe(role);
	});
});

describe('findPlaces', () => {
	const { places } = detect(ap, 'TOKYO');
	const byName = (name: string) => places.find((place) => place.name === name);

	it('finds the AP story\'s countries, including one named only by a demonym', () => {
		expect(places.filter((p) => p.kind === 'country').map((p) => [p.name, p.names])).toEqual([
			['Japan', ['Japan']],
			['South Korea', ['South Korea']],
			['China', ['China']],
			['Taiwan', ['Taiwan']],
			['Venezuela', ['Venezuelan']],
			['United States', ['United States', 'U.S.']],
			['North Korea', ['North Korea']],
		]);
	});

	it('puts its cities where they are (within 25 km of the published coordinates)', () => {
		expect(byName('Nara')?.coordinates?.[0]).toBeCloseTo(34.68, 1);
		expect(byName('Gyeongju')?.country).toBe('South Korea');
		expect(byName('Tokyo')?.names).toEqual(['Tokyo']);
	});

	it('proposes sites and regions the gazetteer lacks with their kind, short names, and where the story puts them', () => {
		expect(byName('Yasukuni Shrine')).toMatchObject({ kind: 'site', names: ['Yasukuni Shrine', 'Yasukuni'], near: 'Tokyo' });
		expect(byName('Yasukuni Shrine')?.coordinates).toBeUndefined();
		expect(byName('Yasukuni Shrine')?.country).toBe('Japan');
		expect(byName('Korean Peninsula')).toMatchObject({ kind: 'region', names: ['Korean Peninsula', 'Korea'] });
		expect(byName('Horyu Temple')?.kind).toBe('site');
		// Asia is a continent: left out.
		expect(places.some((place) => place.names.includes('Asia'))).toBe(false);
	});

	it('resolves an ambiguous city towards the story\'s other places', () => {
		const inOregon = detect(['PORTLAND, Ore. (AP) - Officials in Salem, the capital of the United States state of Oregon, met.']).places;
		expect(inOregon.find((p) => p.name === 'Salem')?.country).toBe('United States');
		const inIndia = detect(['CHENNAI, India (AP) - Farmers in Salem, India, protested.']).places;
		expect(inIndia.find((p) => p.name === 'Salem')?.country).toBe('India');
	});
});

describe('a name followed by a kind of place', () => {
	it('is that place, not a person: "the war in Ethiopia’s Tigray region"', () => {
		const { people, places } = detect(['The line was delayed by the war in Ethiopia’s Tigray region from 2020 to 2022, officials said.']);
		expect(people.map((person) => person.name)).not.toContain('Tigray');
		expect(places.find((place) => place.name === 'Tigray')).toMatchObject({ names: ['Tigray'], kind: 'region' });
	});
});
