import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/authoring/people';
import { distanceKm } from '../../../src/authoring/gazetteer';
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
			// "China, where leader Xi Jinping": leader of what, the words do not say; the role is left open.
			['Xi Jinping', ['Xi Jinping', 'Xi'], undefined],
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
		// A state before an abbreviated title, the AP's way: the title is written out, the state named.
		['Missouri Gov. Mike Kehoe declared an emergency.', 'Mike Kehoe', 'Governor of Missouri'],
		['Illinois Gov. JB Pritzker said Tuesday his state would help.', 'JB Pritzker', 'Governor of Illinois'],
		['Sen. J.D. Vance spoke.', 'J.D. Vance', 'Senator'],
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

describe('a U.S. story whose dateline names no country', () => {
	const { people, places } = detect(
		[
			'ST. LOUIS (AP) — Thousands were ordered from homes in eastern Missouri as the river rose at St. Louis.',
			'Missouri Gov. Mike Kehoe sent the National Guard to Cape Girardeau and Hannibal. Flood stage there is 30 feet.',
			'Rain fell across the upper Midwest, and crews worked on levees near Alton, across the river.',
		],
		'ST. LOUIS',
	);
	const byName = (name: string) => places.find((place) => place.names.includes(name));

	it('is placed in the dateline city\'s country, so its small cities are found where they are', () => {
		expect(byName('St. Louis')).toMatchObject({ kind: 'city', country: 'United States' });
		// Cape Girardeau and Hannibal, Missouri; Alton, Illinois: none big enough to be meant unplaced.
		expect(distanceKm(byName('Cape Girardeau')?.coordinates ?? [0, 0], [37.3059, -89.5181])).toBeLessThan(25);
		expect(distanceKm(byName('Hannibal')?.coordinates ?? [0, 0], [39.7084, -91.3585])).toBeLessThan(25);
		expect(distanceKm(byName('Alton')?.coordinates ?? [0, 0], [38.8906, -90.1843])).toBeLessThan(25);
	});

	it('finds its states, and takes a region after "the upper" for a place', () => {
		expect(byName('Missouri')).toMatchObject({ kind: 'state', country: 'United States' });
		expect(byName('Midwest')).toMatchObject({ names: ['Midwest'] });
		expect(byName('Midwest')?.coordinates).toBeUndefined();
	});

	it('takes a state before a title for the role, and its country for the person\'s', () => {
		expect(people.map((person) => [person.name, person.names, person.role, person.country?.name])).toEqual([
			['Mike Kehoe', ['Mike Kehoe'], 'Governor of Missouri', 'United States'],
		]);
	});

	it('makes no person of a sentence\'s first word, a region or a town near the river', () => {
		const names = people.flatMap((person) => person.names);
		for (const word of ['Flood', 'Midwest', 'Alton', 'Missouri']) expect(names).not.toContain(word);
	});
});

describe('a name followed by a kind of place', () => {
	it('is that place, not a person: "the war in Ethiopia’s Tigray region"', () => {
		const { people, places } = detect(['The line was delayed by the war in Ethiopia’s Tigray region from 2020 to 2022, officials said.']);
		expect(people.map((person) => person.name)).not.toContain('Tigray');
		expect(places.find((place) => place.name === 'Tigray')).toMatchObject({ names: ['Tigray'], kind: 'region' });
	});
});

describe('words that are no places', () => {
	const names = (paragraphs: string[], dateline?: string) => detect(paragraphs, dateline).places.flatMap((place) => place.names);

	it('leaves out months, weekdays and a sentence\'s function words, and finds the place after "In"', () => {
		const found = names(['It rained in August and on Sunday. This was new. In Monterrey, officials met.']);
		for (const word of ['It', 'August', 'Sunday', 'This', 'In Monterrey']) expect(found).not.toContain(word);
		expect(found).toContain('Monterrey');
	});

	it('takes a sentence\'s first word for a place only where the story uses it as one elsewhere', () => {
		expect(names(['Relatives gathered. Lawyers spoke.'])).toEqual([]);
		expect(names(['Monterrey opened a camp. Officials in Monterrey said so.'])).toEqual(['Monterrey']);
	});

	it('takes no place from inside an organisation\'s name', () => {
		const found = names(['A researcher at the University of Texas at Austin and the Center for Immigration Studies spoke.'], 'DALLAS');
		for (const word of ['Texas', 'Austin', 'Center', 'Immigration Studies']) expect(found).not.toContain(word);
	});

	it('reads "X-based" as the most prominent X: the capital', () => {
		const washington = detect(['The Washington-based group said so.'], 'DALLAS').places.find((place) => place.names.includes('Washington'));
		expect(washington).toMatchObject({ kind: 'city', country: 'United States' });
		expect(distanceKm(washington?.coordinates ?? [0, 0], [38.9, -77.04])).toBeLessThan(25);
	});
});

describe('a city or country sharing its name with a state', () => {
	it('leaves "Washington" open between the capital and the state, 3,600 km apart', () => {
		const washington = detect(['Officials in Washington said the plan would go ahead.']).places.find((place) => place.names.includes('Washington'));
		expect(washington?.coordinates).toBeUndefined();
		expect(washington?.open).toMatch(/^which Washington\? a city and a state share the name\. Candidates: Washington, D\.C\., United States \[38\.9, -77\.04\], the capital, [\d,]+ people; or Washington \(the state\), United States \[47\.29, -120\.21\]/);
	});

	it('leaves "Georgia" open in a U.S. story, and takes the country elsewhere', () => {
		const inUS = detect(['U.S. officials said storms hit Georgia on Monday.']).places.find((place) => place.names.includes('Georgia'));
		expect(inUS?.open).toContain('a country and a state share the name');
		expect(detect(['Russian troops left Georgia on Monday.']).places.find((place) => place.names.includes('Georgia'))).toMatchObject({ kind: 'country', country: 'Georgia' });
	});
});
