import { describe, expect, it } from 'vitest';
import { chooseCity, describeCandidate } from '../../../src/authoring/city-choice';
import { citiesNamed, countryNamed, distanceKm, divisionsNamed } from '../../../src/authoring/gazetteer';

const brownsville = { name: 'Brownsville', coordinates: [25.9, -97.5] as [number, number], dateline: true };
const us = countryNamed('United States')?.countryCode as string;
const context = (codes: string[] = [], anchors = [brownsville], divisions = [] as ReturnType<typeof divisionsNamed>) => ({ countryCodes: new Set(codes), anchors, divisions });

describe('chooseCity', () => {
	it('takes the candidate near the dateline\'s city: Matamoros across the river from Brownsville', () => {
		const choice = chooseCity('Matamoros', citiesNamed('Matamoros'), context([us]));
		expect(distanceKm(choice?.city?.coordinates ?? [0, 0], [25.87, -97.5])).toBeLessThan(10);
	});

	it('takes a capital with ten times the people of any other: London from Santiago, Chile', () => {
		const santiago = { name: 'Santiago', coordinates: [-33.46, -70.65] as [number, number], dateline: true };
		expect(chooseCity('London', citiesNamed('London'), context([countryNamed('Chile')?.countryCode as string], [santiago]))?.city?.country).toBe('United Kingdom');
	});

	it('leaves open a name where nearness and size disagree: Paris in a story filed from Dallas', () => {
		const dallas = { name: 'Dallas', coordinates: [32.78, -96.8] as [number, number], dateline: true };
		const choice = chooseCity('Paris', citiesNamed('Paris'), context([us], [dallas]));
		expect(choice?.city).toBeUndefined();
		expect(choice?.candidates?.map((city) => city.country)).toEqual(expect.arrayContaining(['France', 'United States']));
		expect(choice && 'note' in choice ? choice.note : '').toMatch(/^which Paris\? nearness, country and size point to different places\. Candidates: Paris, Texas, United States \[33\.66, -95\.56\], [\d,]+ people, 1\d\d km from Dallas \(the dateline\); or /);
	});

	it('leaves open a name nothing tells apart, and one after "the"', () => {
		expect(chooseCity('Springfield', citiesNamed('Springfield'), context([], []))?.city?.name).toBeUndefined();
		const rio = chooseCity('Rio Grande', citiesNamed('Rio Grande'), context([us]), { afterArticle: true });
		expect(rio?.city).toBeUndefined();
		expect(rio && 'note' in rio ? rio.note : '').toContain('"the Rio Grande" may be a river or a region');
	});

	it('takes the one candidate in a state named in its sentence, and sets aside small towns of countries the story never names', () => {
		const oregon = divisionsNamed('Oregon');
		expect(chooseCity('Salem', citiesNamed('Salem'), context([us], [], oregon))?.city?.division).toBe('OR');
		// Center, Texas (5,000 people) is not meant in a story that names no country.
		expect(chooseCity('Center', citiesNamed('Center'), context([], []))).toBeUndefined();
	});
});

describe('describeCandidate', () => {
	it('says where a candidate lies, how big it is and how far from the story\'s places', () => {
		const [coahuila] = citiesNamed('Matamoros').filter((city) => city.coordinates[1] < -102);
		expect(describeCandidate(coahuila, [brownsville])).toMatch(/^Matamoros, (?:Coahuila[^,]*, )?Mexico \[25\.5\d, -103\.2\d\], [\d,]+ people, 5\d\d km from Brownsville \(the dateline\)$/);
	});
});

describe('chooseCity: small towns', () => {
	it('leaves open a town nothing in the story puts near its other places, and takes one near them', () => {
		const far = { name: 'Dallas', coordinates: [32.78, -96.8] as [number, number], dateline: true };
		const heathrow = chooseCity('Heathrow', citiesNamed('Heathrow'), context([us], [far]));
		expect(heathrow?.city).toBeUndefined();
		expect(heathrow && 'note' in heathrow ? heathrow.note : '').toContain('is a small place, and nothing in the story puts it near its other places');
		const orlando = { name: 'Orlando', coordinates: [28.54, -81.38] as [number, number], dateline: true };
		expect(chooseCity('Heathrow', citiesNamed('Heathrow'), context([us], [orlando]))?.city?.country).toBe('United States');
	});
});
