/**
 * Place mistakes the draft once made on real news, each replayed on a sentence written like the real
 * one (issue 18), through the place finder as `npm run new` calls it.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/authoring/people';
import { findPlaces, type PlaceCandidate } from '../../../src/authoring/places';
import { capitalisedRuns } from '../../../src/authoring/text-runs';

function placesOf(...paragraphs: string[]): PlaceCandidate[] {
	const runs = capitalisedRuns(paragraphs);
	return findPlaces(paragraphs, runs, findPeople(paragraphs, runs));
}
const named = (places: PlaceCandidate[], word: string) => places.find((place) => place.names.includes(word) || place.name === word);
/** Written finished: coordinates given and nothing left open. */
const finished = (place: PlaceCandidate | undefined) => place !== undefined && place.coordinates !== undefined && place.open === undefined;

describe('findPlaces', () => {
	it('takes no follower or doctrine for a place: "the Socialist party", "Socialist lawmakers"', () => {
		const places = placesOf('The Socialist party won in Lisbon.', 'Socialist lawmakers walked out, and the Communists stayed.');
		expect(named(places, 'Socialist')).toBeUndefined();
		expect(named(places, 'Communists')).toBeUndefined();
		expect(finished(named(places, 'Lisbon'))).toBe(true);
	});

	it('reads a name after a title as a person: "Prime Minister Luis Montenegro ... Montenegro added" is not the country', () => {
		const places = placesOf('Portugal’s Prime Minister Luis Montenegro said the government would act.', 'Montenegro added that talks would go on.');
		expect(places.map((place) => place.name)).toEqual(['Portugal']);
	});

	it('keeps a name that a number and a particle open: "the 25 de Abril Bridge"', () => {
		const places = placesOf('Traffic stopped on the 25 de Abril Bridge in Lisbon on Friday.');
		expect(named(places, '25 de Abril Bridge')?.kind).toBe('site');
		expect(named(places, 'Abril Bridge')).toBeUndefined();
	});

	it('leaves a country open that shares its name with a state of a country the story is in through a state: "Georgia and Texas"', () => {
		const places = placesOf('He moved from Texas to Georgia in 2010.');
		expect(named(places, 'Georgia')?.open).toMatch(/Georgia \(the country\).*Georgia \(the state\), United States/);
		expect(finished(named(places, 'Georgia'))).toBe(false);
		// Unless the dateline's city is in the country: "TBILISI, Georgia (AP)" beside "Washington".
		const paragraphs = ['TBILISI, Georgia (AP) — The president vetoed the law in Tbilisi.', 'Washington has not commented on Georgia’s law.'];
		const runs = capitalisedRuns(paragraphs);
		const datelined = findPlaces(paragraphs, runs, findPeople(paragraphs, runs), { dateline: 'TBILISI' });
		expect(named(datelined, 'Georgia')?.kind).toBe('country');
		expect(named(datelined, 'Georgia')?.open).toBeUndefined();
	});

	it('does not take a demonym opening a place\'s name for its country: "the French Quarter of New Orleans"', () => {
		const places = placesOf('Crowds filled the French Quarter of New Orleans, and the British Embassy Tokyo closed.');
		expect(places.some((place) => place.kind === 'country')).toBe(false);
		expect([named(places, 'French Quarter')?.kind, named(places, 'French Quarter')?.coordinates]).toEqual(['region', undefined]);
		expect([named(places, 'British Embassy Tokyo')?.kind, named(places, 'British Embassy Tokyo')?.coordinates]).toEqual(['site', undefined]);
		expect(finished(named(places, 'New Orleans'))).toBe(true);
	});

	it('does not give the country for an institution a demonym names: "the British International School"', () => {
		expect(placesOf('She taught at the British International School for a year.')).toEqual([]);
	});

	it('leaves "New York" open between the state and the city, unless the words say "state"', () => {
		const open = named(placesOf('The United States will hold the talks in New York next week.'), 'New York');
		expect(open?.open).toMatch(/New York \(the state\).*New York City/);
		const state = named(placesOf('The United States will hold the talks in New York state next week.'), 'New York');
		expect(state).toMatchObject({ kind: 'state', country: 'United States' });
		expect(state?.open).toBeUndefined();
	});

	it('finds a state of a country the story never names, where it is the only place of the name: "Hawaii"', () => {
		expect(named(placesOf('Lava reached the sea in Hawaii on Monday.'), 'Hawaii')).toMatchObject({ kind: 'state', country: 'United States' });
	});

	it('reads the AP\'s state abbreviation after a city, and no other dotted code as a country: "Raleigh, N.C."', () => {
		const places = placesOf('The march began in Raleigh, N.C., on Monday. His P.A. said so.');
		expect(named(places, 'N.C.')).toMatchObject({ name: 'North Carolina', kind: 'state', country: 'United States' });
		expect(finished(named(places, 'Raleigh'))).toBe(true);
		expect(places.some((place) => place.country === 'New Caledonia' || place.country === 'Panama')).toBe(false);
	});

	it('knows the countries\' short names the gazetteer lacks, and a country\'s initials: "Britain", "US", "UK", "the Holy See", "the UAE"', () => {
		const places = placesOf('Britain and the US sent envoys; the UK, the UAE and the Holy See agreed, but not APEC.');
		expect(places.map((place) => place.name).sort()).toEqual(['United Arab Emirates', 'United Kingdom', 'United States', 'Vatican City']);
	});

	it('reads a dateline in capitals inside the text as its city: "... (AP Photo) OAKLAND, Calif. (AP) —"', () => {
		const places = placesOf('A player dunks. (AP Photo) OAKLAND, Calif. (AP) — The Warriors won again on Sunday.');
		expect(named(places, 'OAKLAND')).toMatchObject({ name: 'Oakland', kind: 'city', country: 'United States' });
		expect(named(places, 'Calif.')).toMatchObject({ name: 'California', kind: 'state' });
	});

	it('keeps a state a place where the people finder grouped it under a name it opens: "Hawaii Pacific Health ... Hawaii\'s economy"', () => {
		const places = placesOf('Hawaii Pacific Health hired nurses, said its chief, Ray Vara.', 'Hawaii’s economy grew, Vara said. Hawaii has few workers.');
		expect(named(places, 'Hawaii')).toMatchObject({ kind: 'state', country: 'United States' });
	});

	it('reads a country\'s name the possessive cut in two: "the Democratic People\'s Republic of Korea" is North Korea', () => {
		const places = placesOf('The talks concern the Democratic People’s Republic of Korea and its neighbours.');
		expect(places.map((place) => place.name)).toEqual(['North Korea']);
	});

	it('splits two countries a missing comma joined: "Cyprus, Greece Italy or Spain"', () => {
		const places = placesOf('Unemployment is high in Cyprus, Greece Italy or Spain.');
		expect(places.map((place) => place.name).sort()).toEqual(['Cyprus', 'Greece', 'Italy', 'Spain']);
		expect(named(placesOf('She flew to the U.S. Virgin Islands.'), 'U.S. Virgin Islands')?.kind).toBe('island');
	});

	it('takes no country for whose embassy it is, or for a region its name opens', () => {
		const places = placesOf('He visited the Embassy of the Republic of Armenia in Rome.', 'The Niger Delta Development Commission met in Abuja.');
		expect(places.some((place) => place.name === 'Armenia' || place.name === 'Niger')).toBe(false);
		expect(finished(named(places, 'Rome'))).toBe(true);
	});

	it('knows Turkey under the gazetteer\'s new name', () => {
		expect(placesOf('Turkey shelled the town on Monday, a spokesman said.').map((place) => place.name)).toEqual(['Türkiye']);
	});

	it('reads "City, State" as placing the story in that state\'s country: "in Beverly Hills, California"', () => {
		const places = placesOf('Her son was in a parked car in Beverly Hills, California on Wednesday.');
		expect(named(places, 'Beverly Hills')).toMatchObject({ kind: 'city', country: 'United States' });
		expect(finished(named(places, 'Beverly Hills'))).toBe(true);
		expect(named(places, 'California')).toMatchObject({ kind: 'state', country: 'United States' });
	});

	it('reads the AP\'s state abbreviation even where a name was read into it: "Slidell, La."', () => {
		const places = placesOf('He died in the backyard of his home in Slidell, La., on March 5.');
		expect(named(places, 'La.')).toMatchObject({ name: 'Louisiana', kind: 'state' });
		expect(finished(named(places, 'Slidell'))).toBe(true);
	});

	it('leaves a small place after "in" open rather than dropping it: "a stabbing in Dundalk"', () => {
		const dundalk = named(placesOf('The accused was charged over a stabbing in Dundalk in January.'), 'Dundalk');
		expect(dundalk?.open).toMatch(/Dundalk, .*Ireland|Ireland.*Dundalk/);
		expect(finished(dundalk)).toBe(false);
		expect(named(placesOf('Dundalk said nothing more about it.'), 'Dundalk')).toBeUndefined();
	});

	it('leaves a date out of a place\'s name: "arrive in Lagos April 4"', () => {
		expect(named(placesOf('The mission is expected to arrive in Lagos April 4, officials said.'), 'Lagos')).toMatchObject({ kind: 'city', country: 'Nigeria' });
	});

	it('credits the country that ends a national body\'s name, not a state\'s: "the Communist Party of Vietnam", not "the University of Texas"', () => {
		const places = placesOf('Delegates of the Communist Party of Vietnam met teachers of the University of Texas at Austin.');
		expect(places.map((place) => place.name)).toEqual(['Vietnam']);
	});

	it('reads a country after a sentence\'s capitalised first word: "Considering Tunisia\'s interest"', () => {
		expect(placesOf('Considering Tunisia’s interest in security, the talks went on.').map((place) => place.name)).toEqual(['Tunisia']);
	});
});
