/** The locator map assembled (src/lib/map/draw.ts), on the explainers' places and on places round the world. */
import { describe, expect, it } from 'vitest';
import { buildLocatorMap, drawLocatorMap, type LocatorMap, type MapPlace } from '../../../../src/lib/map';
import { AP_EXPLAINER, FIXTURE_EXPLAINER, loadExplainer } from '../../../support/explainers';
import { landTest } from '../../../../src/lib/map/geometry';
import { drawing, labelCollisions, pathPoints, pathRings, within } from '../../../support/map';

const { data } = loadExplainer(AP_EXPLAINER);
const map = buildLocatorMap(data.places);
/** `north-korea` -> `North Korea` */
const nameOf = (id: string) => id.replace(/(^|-)(\w)/g, (_, dash: string, letter: string) => `${dash ? ' ' : ''}${letter.toUpperCase()}`);
const marker = (id: string) => map.markers.find((m) => m.id === id) as LocatorMap['markers'][number];

describe('the AP explainer’s locator map', () => {
	it('has a marker for every place, inside the drawing; places closer than a dot’s width share one', () => {
		expect(map.markers.flatMap((m) => m.ids).sort()).toEqual(data.places.map((p) => p.id).sort());
		for (const m of map.markers) expect(within([m.x, m.y], drawing(map)), m.id).toBe(true);
		// Yasukuni Shrine is in Tokyo, Horyu Temple beside Nara: one dot each, named for both, the city first.
		expect(marker('tokyo')).toMatchObject({ ids: ['tokyo', 'yasukuni-shrine'], name: 'Tokyo, Yasukuni Shrine' });
		expect(marker('nara')).toMatchObject({ ids: ['nara', 'horyu-temple'], name: 'Nara, Horyu Temple' });
		// No two dots closer than a dot's width.
		const dots = map.markers.filter((m) => m.dot && !m.overview);
		for (const a of dots) for (const b of dots) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * map.dotRadius);
	});

	it('shows East Asia on the main map and the far places on the world overview', () => {
		const onOverview = map.markers.filter((m) => m.overview).map((m) => m.id);
		expect(onOverview.sort()).toEqual(['united-states', 'venezuela']);
		for (const m of map.markers) {
			expect(within([m.x, m.y], map.overview), m.id).toBe(m.overview);
			// On the overview a country is named over its land, with no dot.
			if (m.overview) expect(m.dot, m.id).toBe(false);
		}
	});

	it('names the overview’s places small, each over its own part of the world', () => {
		for (const id of ['united-states', 'venezuela']) {
			const label = map.labels.find((l) => l.id === id)!;
			const m = marker(id);
			expect(label.style).toBe('overview');
			// The label's middle lies within a few units of the place, and the label is a fraction of the overview's width.
			expect(Math.abs((label.rect.x0 + label.rect.x1) / 2 - m.x), id).toBeLessThan(20);
			expect(Math.abs((label.rect.y0 + label.rect.y1) / 2 - m.y), id).toBeLessThan(20);
			expect(label.rect.x1 - label.rect.x0, id).toBeLessThan((map.overview.x1 - map.overview.x0) / 2);
		}
	});

	it('is projected with north up and east to the right', () => {
		expect(marker('tokyo').x).toBeGreaterThan(marker('seoul').x);
		expect(marker('seoul').x).toBeGreaterThan(marker('beijing').x);
		expect(marker('taiwan').y).toBeGreaterThan(marker('seoul').y);
		expect(marker('north-korea').y).toBeLessThan(marker('south-korea').y);
	});

	it('fits the projection to the places: each city and site lies inside the padded drawing, none on its edge', () => {
		for (const m of map.markers.filter((m) => !m.overview && m.kind !== 'country')) {
			expect(within([m.x, m.y], { x0: 20, y0: 20, x1: map.width - 20, y1: map.height - 20 }), m.id).toBe(true);
		}
		expect(map.width).toBe(560);
		expect(map.height).toBeGreaterThan(map.width * 0.5);
		expect(map.height).toBeLessThanOrEqual(map.width * 0.75);
	});

	it('clips land to the drawing and the overview’s land and frame to the overview', () => {
		const land = pathPoints(map.land);
		expect(land.length).toBeGreaterThan(100);
		for (const point of land) expect(within(point, drawing(map), 1.5)).toBe(true);
		for (const point of [...pathPoints(map.overview.land), ...pathPoints(map.overview.frame)]) {
			expect(within(point, map.overview, 1.5)).toBe(true);
		}
		// The frame, the main map's outline on the overview, surrounds the overview's view of East Asia.
		const frame = pathPoints(map.overview.frame);
		const xs = frame.map(([x]) => x);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(5);
	});

	it('labels every place once, inside the drawing, without overlaps', () => {
		expect(map.labels.map((l) => l.id)).toEqual(map.markers.map((m) => m.id));
		for (const label of map.labels) {
			expect(within([label.rect.x0, label.rect.y0], drawing(map)) && within([label.rect.x1, label.rect.y1], drawing(map)), label.id).toBe(true);
			expect(label.lines.join(' ')).toBe(marker(label.id).name);
		}
		expect(labelCollisions(map)).toEqual([]);
		// Overview labels stay in the overview; main labels stay off it.
		for (const label of map.labels) {
			const inOverview = within([label.rect.x0, label.rect.y0], map.overview) && within([label.rect.x1, label.rect.y1], map.overview);
			expect(inOverview, label.id).toBe(marker(label.id).overview);
		}
	});

	it('draws dots for cities and sites, and names countries, regions and islands across their area', () => {
		expect(marker('nara').dot).toBe(true);
		expect(marker('seoul').dot).toBe(true);
		for (const id of ['japan', 'china', 'korean-peninsula', 'taiwan']) expect(marker(id).dot, id).toBe(false);
		const style = (id: string) => map.labels.find((l) => l.id === id)?.style;
		expect([style('nara'), style('china'), style('korean-peninsula'), style('venezuela')]).toEqual(['dot', 'country', 'area', 'overview']);
	});

});

describe('maps of other places', () => {
	it('a single city: centred, with land around it', () => {
		const nara = data.places.find((p) => p.id === 'nara');
		const single = buildLocatorMap([nara as (typeof data.places)[number]]);
		const [m] = single.markers as [LocatorMap['markers'][number]];
		expect(Math.abs(m.x - single.width / 2)).toBeLessThan(single.width * 0.05);
		expect(Math.abs(m.y - single.height / 2)).toBeLessThan(single.height * 0.05);
		expect(pathPoints(single.land).length).toBeGreaterThan(20);
	});

	it('the fixture explainer: Seoul and the two countries, all on the main map', () => {
		const fixture = buildLocatorMap(loadExplainer(FIXTURE_EXPLAINER).data.places);
		expect(fixture.markers.map((m) => [m.id, m.overview])).toEqual([
			['seoul', false],
			['south-korea', false],
			['japan', false],
		]);
		for (const m of fixture.markers) expect(within([m.x, m.y], drawing(fixture)), m.id).toBe(true);
	});

	// A capital inside its own country: the country's name, across the middle of its land, must not be
	// printed over the capital's dot or name (it once covered Pyongyang in a story on the Koreas).
	const place = (id: string, kind: MapPlace['kind'], lat: number, lon: number): MapPlace => ({ id, name: nameOf(id), kind, coordinates: [lat, lon] });
	const [pyongyang, seoul, tokyo] = [place('pyongyang', 'city', 39.0392, 125.7625), place('seoul', 'city', 37.5665, 126.978), place('tokyo', 'city', 35.6812, 139.7671)];
	const [northKorea, southKorea, japan] = [place('north-korea', 'country', 40.3, 127.5), place('south-korea', 'country', 36.4, 127.9), place('japan', 'country', 36.2, 138.25)];
	const capitals = {
		'Pyongyang in North Korea': [pyongyang, northKorea],
		'Seoul in South Korea': [seoul, southKorea],
		'Tokyo in Japan': [tokyo, japan],
		'the three capitals in their countries': [pyongyang, seoul, tokyo, northKorea, southKorea, japan],
		'a story on the Koreas, reaching to Luzon': [
			...[seoul, pyongyang, tokyo, place('beijing', 'city', 39.9042, 116.4074)],
			...[northKorea, southKorea, japan, place('china', 'country', 35.9, 104.2)],
			...[place('yellow-sea', 'sea', 35.5, 123.5), place('east-china-sea', 'sea', 29.5, 125.5), place('korea-strait', 'strait', 34.4, 129.0)],
			...[place('luzon', 'island', 16.5, 121.0), place('philippines', 'country', 12.9, 121.8), place('united-states', 'country', 39.8, -98.6)],
		],
	};
	it.each(Object.entries(capitals))('%s: no label covers a dot or another label', (_, places) => {
		const drawn = drawLocatorMap(places);
		expect(drawn.labels.map((l) => l.id)).toEqual(places.map((p) => p.id));
		expect(labelCollisions(drawn)).toEqual([]);
		for (const label of drawn.labels) expect(label.lines.join(' '), label.id).toBe(nameOf(label.id));
	});

	it('bodies of water and a country’s provinces: water named on the water, without a dot; provinces as areas', () => {
		const places = [
			seoul,
			place('gyeonggi', 'province', 37.4, 127.5),
			place('yellow-sea', 'sea', 35.5, 123.5),
			place('korea-strait', 'strait', 34.5, 129.0),
			place('han-river', 'river', 37.52, 126.95),
		];
		const drawn = drawLocatorMap(places);
		const byId = (id: string) => drawn.markers.find((m) => m.id === id) as LocatorMap['markers'][number];
		const styleOf = (id: string) => drawn.labels.find((l) => l.id === id)?.style;
		expect(places.map((p) => [p.id, byId(p.id).dot, styleOf(p.id)])).toEqual([
			['seoul', true, 'dot'],
			['gyeonggi', false, 'subdivision'],
			['yellow-sea', false, 'water'],
			['korea-strait', false, 'water'],
			['han-river', false, 'water'],
		]);
		const onLand = landTest(pathRings(drawn.land));
		const middle = (id: string): [number, number] => {
			const { rect } = drawn.labels.find((l) => l.id === id) as LocatorMap['labels'][number];
			return [(rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2];
		};
		expect(onLand(middle('yellow-sea'))).toBe(false);
		expect(onLand(middle('korea-strait'))).toBe(false);
		expect(onLand(middle('gyeonggi'))).toBe(true);
		expect(labelCollisions(drawn)).toEqual([]);
	});

	it('a sea alone is shown with more round it than a city alone', () => {
		// Two maps of the same spot: the kind sets how much of the world the map shows (MIN_SPAN_DEGREES).
		const landShown = (kind: MapPlace['kind']) => pathPoints(drawLocatorMap([place('here', kind, 35.5, 123.5)]).land).length;
		expect(landShown('sea')).toBeGreaterThan(landShown('city'));
	});

	it('none at all is a mistake', () => {
		expect(() => buildLocatorMap([])).toThrow(/at least one place/);
	});
});

describe('projecting only the land in view', () => {
	const place = (id: string, kind: 'city' | 'country' | 'site' | 'region' | 'island', lat: number, lon: number) => ({
		id,
		name: id,
		kind,
		coordinates: [lat, lon] as [number, number],
	});
	const cases = {
		'the AP explainer': data.places,
		'the fixture explainer': loadExplainer(FIXTURE_EXPLAINER).data.places,
		'Fiji, across the antimeridian': [place('suva', 'city', -18.14, 178.44)],
		'the Bering Strait': [place('nome', 'city', 64.5, -165.4), place('anadyr', 'city', 64.73, 177.5)],
		'Svalbard, near the pole': [place('longyearbyen', 'city', 78.22, 15.65)],
		'the middle of the Pacific': [place('honolulu', 'city', 21.31, -157.86)],
		'a continent filling the map': [place('russia', 'country', 61.5, 105.3)],
		'far-flung places': [place('lima', 'city', -12.05, -77.04), place('cairo', 'city', 30.04, 31.24), place('perth', 'city', -31.95, 115.86)],
	};
	it.each(Object.entries(cases))('draws %s exactly as projecting all the land does', (_, places) => {
		expect(drawLocatorMap(places)).toEqual(drawLocatorMap(places, { allLand: true }));
	});

});
