/** What a place's own page shows round it (src/lib/map/surroundings.ts, through drawLocatorMap's `surroundings`). */
import { geoBounds } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { drawLocatorMap, type MapPlace } from '../../../../src/lib/map';
import { countryOf, countryOutline, nearestCity } from '../../../../src/lib/map/surroundings';
import { pathPoints } from '../../../support/map';

const mineSite: MapPlace = { id: 'undersea-mine-site', name: 'Chosei undersea coal mine site', kind: 'site', country: 'Japan', coordinates: [33.935, 131.172] };

describe('a site on its own page', () => {
	it('is shown with its country named and the nearest city a reader may know', () => {
		expect(countryOf(mineSite)).toMatchObject({ name: 'Japan', kind: 'country' });
		expect(nearestCity(mineSite)).toMatchObject({ name: 'Kitakyushu', kind: 'city' });
		const map = drawLocatorMap([mineSite], { surroundings: true });
		expect(map.markers.map((m) => [m.name, m.context])).toEqual([
			['Chosei undersea coal mine site', false],
			['Japan', true],
			['Kitakyushu', true],
		]);
	});

	it('a GeoNames name loses its administrative suffix ("Nara-shi"), and a site in a city is named with it', () => {
		const temple: MapPlace = { id: 'horyu-temple', name: 'Horyu Temple', kind: 'site', country: 'Japan', coordinates: [34.6144, 135.7343] };
		expect(nearestCity(temple)?.name).toBe('Osaka');
		const shrine: MapPlace = { id: 'yasukuni-shrine', name: 'Yasukuni Shrine', kind: 'site', country: 'Japan', coordinates: [35.6941, 139.7436] };
		expect(nearestCity(shrine)?.name).toBe('Tokyo');
		// Tokyo's dot would be drawn on the shrine's: they share it, the page's place named first.
		const map = drawLocatorMap([shrine], { surroundings: true });
		const dotted = map.markers.filter((m) => m.dot);
		expect(dotted.map((m) => [m.ids, m.name])).toEqual([[['yasukuni-shrine', 'yasukuni-shrine--near'], 'Yasukuni Shrine, Tokyo']]);
	});

	it('a place with no country, or one no gazetteer knows, is drawn alone', () => {
		expect(nearestCity({ ...mineSite, country: undefined })).toBeUndefined();
		expect(countryOf({ ...mineSite, country: 'Atlantis' })).toBeUndefined();
		expect(drawLocatorMap([{ ...mineSite, country: undefined }], { surroundings: true }).markers).toHaveLength(1);
	});
});

describe('a country on its own page', () => {
	const unitedStates: MapPlace = { id: 'united-states', name: 'United States', kind: 'country', country: 'United States', coordinates: [39.8, -98.6] };

	it('is fitted to its mainland, not its far territories', () => {
		const outline = countryOutline('United States');
		const [[west, south], [east, north]] = geoBounds(outline!.mainland);
		// The lower 48: not Alaska, Hawaii or Guam.
		expect([west, east, south, north].map(Math.round)).toEqual([-125, -67, 25, 49]);
	});

	it('is drawn in a stronger tone among its neighbours, with water and other land round it', () => {
		const map = drawLocatorMap([unitedStates], { surroundings: true });
		expect(map.focus).toBeDefined();
		const focus = pathPoints(map.focus!);
		const xs = focus.map(([x]) => x).filter((x) => x > 0 && x < map.width);
		// The country fills the middle of the map, not all of it: its neighbours are in the margin.
		expect(Math.min(...xs)).toBeGreaterThan(map.width * 0.1);
		expect(Math.max(...xs)).toBeLessThan(map.width * 0.9);
		expect(pathPoints(map.land).length).toBeGreaterThan(pathPoints(map.focus!).length);
		// Without `surroundings` (an explainer's map) a country is named only.
		expect(drawLocatorMap([unitedStates]).focus).toBeUndefined();
	});

	it('across the antimeridian: Russia is fitted to its mainland, and drawn', () => {
		const russia: MapPlace = { id: 'russia', name: 'Russia', kind: 'country', country: 'Russia', coordinates: [61.5, 105.3] };
		const map = drawLocatorMap([russia], { surroundings: true });
		expect(pathPoints(map.focus!).length).toBeGreaterThan(50);
		const [label] = map.labels;
		expect(label!.rect.x0).toBeGreaterThan(0);
		expect(label!.rect.x1).toBeLessThan(map.width);
	});
});
