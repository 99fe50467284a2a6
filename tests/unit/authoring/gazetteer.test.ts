import { describe, expect, it } from 'vitest';
import { citiesNamed, countryNamed, countryOfDemonym, distanceKm, divisionsNamed } from '../../../src/authoring/gazetteer';
import { nameKey } from '../../../src/lib/entities/country-names';

describe('gazetteer', () => {
	it('knows countries by name, official name, alternative spelling and dotted abbreviation', () => {
		expect(countryNamed('Japan')).toMatchObject({ name: 'Japan', kind: 'country', countryCode: 'JP', native: { name: '日本', lang: 'ja' } });
		expect(countryNamed('United States')?.countryCode).toBe('US');
		expect(countryNamed('U.S.')?.countryCode).toBe('US');
		expect(countryNamed('Republic of Korea')?.countryCode).toBe('KR');
		// Two-letter codes count only with dots: "IN" and "IT" are words.
		expect(countryNamed('IN')).toBeUndefined();
		expect(countryNamed('Nara')).toBeUndefined();
	});

	it('gives native names with a BCP 47 language tag, and none where the native name is the English one', () => {
		expect(countryNamed('South Korea')?.native).toEqual({ name: '한국', lang: 'ko' });
		expect(countryNamed('Brazil')?.native?.lang).toBe('pt');
		expect(countryNamed('United States')?.native).toBeUndefined();
	});

	it('reads demonyms as their country, sovereign states first', () => {
		expect(countryOfDemonym('Venezuelan')?.name).toBe('Venezuela');
		expect(countryOfDemonym('South Korean')?.name).toBe('South Korea');
		expect(countryOfDemonym('French')?.name).toBe('France');
		expect(countryOfDemonym('Korean')).toBeUndefined();
	});

	it('finds cities by name, without the administrative suffix GeoNames gives Japanese cities, biggest first', () => {
		const [nara] = citiesNamed('Nara');
		expect(nara).toMatchObject({ name: 'Nara', countryCode: 'JP', kind: 'city' });
		expect(distanceKm(nara.coordinates, [34.6851, 135.8048])).toBeLessThan(5);
		expect(citiesNamed('Tokyo')[0]).toMatchObject({ capital: true, countryCode: 'JP' });
		expect(citiesNamed('bogotá')[0]?.countryCode).toBe('CO');
		expect(citiesNamed('Xyzzyville')).toEqual([]);
	});

	it('finds states, provinces and regions, with their kind, country, centre and native name in the country\'s language', () => {
		const [missouri] = divisionsNamed('Missouri');
		expect(missouri).toMatchObject({ name: 'Missouri', kind: 'state', countryCode: 'US', country: 'United States', division: 'MO' });
		expect(distanceKm(missouri.coordinates, [38.5, -92.5])).toBeLessThan(50);
		expect(divisionsNamed('Nara')[0]).toMatchObject({ kind: 'province', countryCode: 'JP', native: { name: '奈良', lang: 'ja' } });
		expect(divisionsNamed('Bavaria')[0]).toMatchObject({ kind: 'region', countryCode: 'DE', native: { name: 'Bayern', lang: 'de' } });
		// Counties, districts and municipalities are not looked up: too many, too small, too often a word.
		expect(divisionsNamed('Midwest')).toEqual([]);
		// GeoNames gives a city its state: Hannibal, Missouri.
		expect(citiesNamed('Hannibal')[0]).toMatchObject({ countryCode: 'US', division: 'MO' });
	});

	it('measures great-circle distances in km', () => {
		// Tokyo to Seoul is about 1,160 km.
		expect(distanceKm([35.6812, 139.7671], [37.5665, 126.978])).toBeGreaterThan(1100);
		expect(distanceKm([35.6812, 139.7671], [37.5665, 126.978])).toBeLessThan(1200);
		expect(nameKey(' São Paulo ')).toBe('sao paulo');
	});
});
