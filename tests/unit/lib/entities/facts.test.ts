import { describe, expect, it } from 'vitest';
import { duplicatePlaces, shownFacts, unknownEntities, withEntityFacts } from '../../../../src/lib/entities/facts';
import type { PersonFacts, PlaceFacts } from '../../../../src/schemas/entities';

const seoul: PlaceFacts = { name: 'Seoul', kind: 'city', country: 'South Korea', coordinates: [37.5665, 126.978] };
const busan: PlaceFacts = { name: 'Busan', kind: 'city', country: 'South Korea', coordinates: [35.1796, 129.0756] };
const lee: PersonFacts = { name: 'Lee Jae Myung', native: { name: '이재명', lang: 'ko' }, country: 'South Korea' };
const facts = { people: new Map([['lee-jae-myung', lee]]), places: new Map([['seoul', seoul], ['busan', busan]]) };

const story = {
	people: [{ id: 'lee-jae-myung', names: ['Lee'], role: 'President of South Korea', summary: 'The president.' }],
	places: [{ id: 'seoul', names: ['Seoul'], summary: 'The capital.' }],
};

describe('withEntityFacts', () => {
	it('gives each person and place the facts of its file, beside what the explainer says of it', () => {
		const joined = withEntityFacts(story, facts);
		expect(joined.people[0]).toEqual({ ...lee, ...story.people[0] });
		expect(joined.places[0]).toEqual({ ...seoul, ...story.places[0] });
	});

	it('gives two explainers naming one place the same facts', () => {
		const other = { people: [], places: [{ id: 'seoul', names: ['Seoul'], summary: 'Where the rally was.' }] };
		const [a, b] = [withEntityFacts(story, facts).places[0], withEntityFacts(other, facts).places[0]];
		expect({ ...a, summary: '' }).toEqual({ ...b, summary: '' });
	});
});

describe('shownFacts', () => {
	it('leaves out a native name that only repeats the name, whatever its case and spaces', () => {
		const venezuela: PlaceFacts = { name: 'Venezuela', native: { name: 'Venezuela', lang: 'es' }, kind: 'country', coordinates: [7.1, -66.2] };
		expect(shownFacts(venezuela)).toEqual({ name: 'Venezuela', kind: 'country', coordinates: [7.1, -66.2] });
		expect(shownFacts({ name: 'San  Marino', native: { name: 'san marino', lang: 'it' } })).toEqual({ name: 'San  Marino' });
		const joined = withEntityFacts({ people: [], places: [{ id: 'venezuela', names: ['Venezuela'], summary: 'x' }] }, { people: new Map(), places: new Map([['venezuela', venezuela]]) });
		expect(joined.places[0]).not.toHaveProperty('native');
	});

	it('keeps one that differs, in script or only by an accent', () => {
		expect(shownFacts(lee)).toBe(lee);
		const maduro = { name: 'Nicolas Maduro', native: { name: 'Nicolás Maduro', lang: 'es' } };
		expect(shownFacts(maduro)).toBe(maduro);
	});
});

describe('unknownEntities', () => {
	it('finds nothing when every id has a file', () => {
		expect(unknownEntities(story, facts)).toEqual([]);
	});

	it('names the field of an id with no file, the file to create, and a near id', () => {
		const named = { ...story, places: [...story.places, { id: 'seoul-city', names: ['Seoul'], summary: 'x' }] };
		expect(unknownEntities(named, facts)).toEqual([
			{ path: ['places', 1, 'id'], message: expect.stringMatching(/^"seoul-city" has no file content\/places\/seoul-city\.yaml; did you mean "seoul"\?/) },
		]);
	});
});

describe('duplicatePlaces', () => {
	it('finds one place filed twice under two ids, however it is named', () => {
		const places = new Map([...facts.places, ['seoul-city', { ...seoul, name: 'Seoul City', coordinates: [37.566, 126.9784] as [number, number] }]]);
		expect(duplicatePlaces(places)).toEqual([{ id: 'seoul-city', other: 'seoul', km: expect.any(Number) }]);
		expect(duplicatePlaces(places)[0]?.km).toBeLessThan(0.1);
	});

	it('tells apart places a few kilometres away, and a site from its city', () => {
		const places = new Map<string, PlaceFacts>([
			['seoul', seoul],
			['incheon', { ...seoul, name: 'Incheon', coordinates: [37.4563, 126.7052] }],
			['gyeongbok-palace', { ...seoul, name: 'Gyeongbok Palace', kind: 'site', coordinates: [37.5665, 126.978] }],
		]);
		expect(duplicatePlaces(places)).toEqual([]);
	});
});
