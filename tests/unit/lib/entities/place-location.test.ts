import { describe, expect, it } from 'vitest';
import { checkEntity } from '../../../../src/lib/content/check';
import { countryShape, placeInCountry } from '../../../../src/lib/entities/place-location';

const city = (country: string, coordinates: [number, number]) => ({ kind: 'city', country, coordinates });

describe('placeInCountry', () => {
	it('accepts places in their country, coastal ones included', () => {
		expect(placeInCountry(city('Portugal', [38.7223, -9.1393]))).toEqual({ fits: true });
		expect(placeInCountry(city('Japan', [34.6851, 135.8048]))).toEqual({ fits: true });
		expect(placeInCountry(city('United States', [21.3069, -157.8583]))).toEqual({ fits: true });
		expect(placeInCountry(city('South Korea', [37.566, 126.9784]))).toEqual({ fits: true });
		// By any name the gazetteer gives the country.
		expect(placeInCountry(city('USA', [38.6273, -90.1979]))).toEqual({ fits: true });
		expect(placeInCountry(city('Republic of Korea', [35.8428, 129.2117]))).toEqual({ fits: true });
	});

	it('knows latitude and longitude typed the wrong way round', () => {
		expect(placeInCountry(city('Portugal', [-9.1393, 38.7223]))).toEqual({ fits: false, swapped: true });
		expect(placeInCountry(city('Kenya', [36.8172, -1.2864]))).toEqual({ fits: false, swapped: true });
	});

	it('finds a place put in another country by a wrong digit', () => {
		// Tokyo with 53 for 35: in Russia.
		expect(placeInCountry(city('Japan', [53.6895, 139.6917]))).toEqual({ fits: false, swapped: false });
	});

	it('does not judge water, places without a country, or a country it does not know', () => {
		expect(placeInCountry({ kind: 'sea', country: 'Japan', coordinates: [40, 135] })).toEqual({ fits: true });
		expect(placeInCountry({ kind: 'city', coordinates: [0, 0] })).toEqual({ fits: true });
		expect(placeInCountry(city('Atlantis', [0, 0]))).toEqual({ fits: true });
		expect(countryShape('Atlantis')).toBeUndefined();
	});
});

describe('a place file whose coordinates are not in its country', () => {
	const file = (coordinates: string) => `name: Lisbon\nkind: city\ncountry: Portugal\ncoordinates: ${coordinates}\n`;

	it('is refused when the numbers are the wrong way round, with the line and the fix', () => {
		expect(checkEntity('places', file('[-9.1393, 38.7223]')).problems).toEqual([
			{
				field: 'coordinates',
				line: 4,
				message: '[-9.1393, 38.7223] lies outside Portugal, and [38.7223, -9.1393] inside it: coordinates are [latitude, longitude], latitude first; write [38.7223, -9.1393]',
			},
		]);
	});

	it('is a warning otherwise: a digit wrong, or a territory named by the state it belongs to', () => {
		const checked = checkEntity('places', file('[48.7223, -9.1393]'));
		expect(checked.problems).toEqual([]);
		expect(checked.warnings).toEqual([expect.stringMatching(/^coordinates \[48\.7223, -9\.1393\] lie outside Portugal \(its outline, with 25 km to spare\): check them/)]);
		expect(checkEntity('places', file('[38.7223, -9.1393]'))).toMatchObject({ problems: [], warnings: [] });
	});
});
