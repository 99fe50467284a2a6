import { Resvg } from '@resvg/resvg-js';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import land110 from 'world-atlas/land-110m.json' with { type: 'json' };
import {
	type Box,
	buildLocatorMap,
	drawLocatorMap,
	encodeRings,
	labelLines,
	landTest,
	type LocatorMap,
	MAP_WIDTH,
	overviewCentre,
	simplifyRing,
	splitNearAndFar,
} from '../../src/lib/map';
import { AP_EXPLAINER, FIXTURE_EXPLAINER, loadExplainer } from '../support/explainers';

const { data } = loadExplainer(AP_EXPLAINER);
const map = buildLocatorMap(data.places);

/** The absolute points of an SVG path written as M x y, then relative l steps, then z. */
function pathPoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	for (const ring of d.split('z').filter(Boolean)) {
		const [start = '', steps = ''] = ring.slice(1).split('l');
		const numbers = (text: string) => (text.match(/-?\d+/g) ?? []).map(Number);
		let [x = NaN, y = NaN] = numbers(start);
		points.push([x, y]);
		const deltas = numbers(steps);
		for (let i = 0; i + 1 < deltas.length; i += 2) {
			x += deltas[i] as number;
			y += deltas[i + 1] as number;
			points.push([x, y]);
		}
	}
	return points;
}

const within = ([x, y]: [number, number], box: Box, slack = 0) =>
	x >= box.x0 - slack && x <= box.x1 + slack && y >= box.y0 - slack && y <= box.y1 + slack;
const overlaps = (a: Box, b: Box) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
const drawing = (m: LocatorMap): Box => ({ x0: 0, y0: 0, x1: m.width, y1: m.height });
const marker = (id: string) => map.markers.find((m) => m.id === id) as LocatorMap['markers'][number];

describe('the AP explainer’s locator map', () => {
	it('has one marker for every place, inside the drawing', () => {
		expect(map.markers.map((m) => m.id).sort()).toEqual(data.places.map((p) => p.id).sort());
		for (const m of map.markers) expect(within([m.x, m.y], drawing(map)), m.id).toBe(true);
	});

	it('shows East Asia on the main map and the far places on the world overview', () => {
		const onOverview = map.markers.filter((m) => m.overview).map((m) => m.id);
		expect(onOverview.sort()).toEqual(['united-states', 'venezuela']);
		for (const m of map.markers) {
			expect(within([m.x, m.y], map.overview), m.id).toBe(m.overview);
			if (m.overview) expect(m.dot, m.id).toBe(true);
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
		expect(map.width).toBe(MAP_WIDTH);
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
			expect(within([label.box.x0, label.box.y0], drawing(map)) && within([label.box.x1, label.box.y1], drawing(map)), label.id).toBe(true);
			expect(label.lines.join(' ')).toBe(marker(label.id).name);
		}
		for (const a of map.labels) {
			for (const b of map.labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
			for (const m of map.markers.filter((m) => m.dot && m.id !== a.id)) {
				const dot = { x0: m.x - 4, y0: m.y - 4, x1: m.x + 4, y1: m.y + 4 };
				expect(overlaps(a.box, dot), `${a.id} on the dot of ${m.id}`).toBe(false);
			}
		}
		// Overview labels stay in the overview; main labels stay off it.
		for (const label of map.labels) {
			const inOverview = within([label.box.x0, label.box.y0], map.overview) && within([label.box.x1, label.box.y1], map.overview);
			expect(inOverview, label.id).toBe(marker(label.id).overview);
		}
	});

	it('draws dots for cities and sites, and names countries, regions and islands across their area', () => {
		expect(marker('nara').dot).toBe(true);
		expect(marker('horyu-temple').dot).toBe(true);
		for (const id of ['japan', 'china', 'korean-peninsula', 'taiwan']) expect(marker(id).dot, id).toBe(false);
		const style = (id: string) => map.labels.find((l) => l.id === id)?.style;
		expect([style('nara'), style('china'), style('korean-peninsula'), style('venezuela')]).toEqual(['dot', 'country', 'area', 'dot']);
	});

	it('is computed once for the same places', () => {
		expect(buildLocatorMap(structuredClone(data.places))).toBe(map);
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

	it('none at all is a mistake', () => {
		expect(() => buildLocatorMap([])).toThrow(/at least one place/);
	});
});

describe('the pieces', () => {
	it('splitNearAndFar keeps the far places apart', () => {
		const { near, far } = splitNearAndFar(data.places);
		expect(far.map((p) => p.id).sort()).toEqual(['united-states', 'venezuela']);
		expect(near).toHaveLength(data.places.length - 2);
	});

	it('overviewCentre turns the world so the places sit away from its edges', () => {
		const centre = overviewCentre(data.places.map((p) => p.coordinates[1]));
		// Pacific-centred: East Asia to the left, the Americas to the right.
		expect(centre).toBeGreaterThan(-180);
		expect(centre).toBeLessThan(-140);
		expect(overviewCentre([0, 10])).toBe(5);
		expect(overviewCentre([170, -170])).toBe(-180);
	});

	it('simplifyRing keeps the shape, snaps to whole units and drops specks', () => {
		const circle = Array.from({ length: 200 }, (_, i): [number, number] => [
			100 + 50 * Math.cos((i / 200) * 2 * Math.PI),
			100 + 50 * Math.sin((i / 200) * 2 * Math.PI),
		]);
		const simplified = simplifyRing(circle, 1, 4) as [number, number][];
		expect(simplified.length).toBeLessThan(40);
		expect(simplified.length).toBeGreaterThan(8);
		for (const [x, y] of simplified) {
			expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
			expect(Math.abs(Math.hypot(x - 100, y - 100) - 50)).toBeLessThan(1.5);
		}
		expect(simplifyRing([[0, 0], [1, 0], [1, 1], [0, 1]], 0.5, 4)).toBeUndefined();
	});

	it('encodeRings writes a start point, then short relative steps', () => {
		expect(encodeRings([[[0, 0], [10, 0], [10, -5]], [[3, 4], [2, 4], [2, 6]]])).toBe('M0 0l10 0 0-5zM3 4l-1 0 0 2z');
		expect(encodeRings([[[0, 0], [1, 1], [2, 0]]], [100, 50])).toBe('M100 50l1 1 1-1z');
	});

	it('labelLines puts long names on two lines, split near the middle', () => {
		expect(labelLines('Tokyo')).toEqual(['Tokyo']);
		expect(labelLines('Chosei undersea coal mine site')).toEqual(['Chosei undersea', 'coal mine site']);
		expect(labelLines('South Korea', 8)).toEqual(['South', 'Korea']);
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

	it('keeps maps between builds as they were drawn', () => {
		expect(buildLocatorMap(cases['the Bering Strait'])).toEqual(drawLocatorMap(cases['the Bering Strait']));
	});
});

describe('land or sea', () => {
	it('landTest answers as going over every edge does', () => {
		const rings: [number, number][][] = [
			[[0, 0], [100, 0], [100, 80], [0, 80]],
			[[20, 20], [40, 20], [30, 60]],
			[[90, 70], [140, 75], [120, 120]],
		];
		const everyEdge = ([x, y]: [number, number]) => {
			let inside = false;
			for (const ring of rings) {
				for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
					const [xi, yi] = ring[i] as [number, number];
					const [xj, yj] = ring[j] as [number, number];
					if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
				}
			}
			return inside;
		};
		const test = landTest(rings);
		for (let x = -5; x <= 150; x += 2.5) for (let y = -5; y <= 125; y += 2.5) expect(test([x, y]), `${x}, ${y}`).toBe(everyEdge([x, y]));
	});
});

describe('the world overview', () => {
	// Its centre is rounded to a whole degree so that maps share it. Against all of Natural Earth's land
	// projected at the exact centre (rasterised at 4×), the simplified land differs along the coasts
	// anyway; rounding the centre must add next to nothing to that.
	const rasterise = (svg: string) => new Resvg(svg, { fitTo: { mode: 'zoom', value: 4 } }).render().pixels;
	const allLand = feature(land110 as never, (land110 as never as { objects: { land: never } }).objects.land);
	function differsFromExact(lon: number): number {
		const m = drawLocatorMap([{ id: 'here', name: 'Here', kind: 'city', coordinates: [10, lon] }]);
		const [width, height] = [m.overview.x1 - m.overview.x0, m.overview.y1 - m.overview.y0];
		const exact = geoNaturalEarth1().rotate([-lon, 0]).fitWidth(width, { type: 'Sphere' });
		const top = (exact([0, 78]) as [number, number])[1];
		exact.translate([exact.translate()[0], exact.translate()[1] - top]).clipExtent([
			[0, 0],
			[width, height],
		]);
		const svg = (path: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${path}</svg>`;
		const ours = rasterise(svg(`<path transform="translate(${-m.overview.x0} ${-m.overview.y0})" d="${m.overview.land}"/>`));
		const theirs = rasterise(svg(`<path d="${geoPath(exact)(allLand) ?? ''}"/>`));
		let [land, differ] = [0, 0];
		for (let i = 3; i < ours.length; i += 4) {
			if ((theirs[i] as number) > 127) land += 1;
			if ((ours[i] as number) > 127 !== (theirs[i] as number) > 127) differ += 1;
		}
		expect(land).toBeGreaterThan(10_000);
		return differ / land;
	}
	it.each([
		[135.8048, 136],
		[-77.04, -77],
		[0.4, 0],
		[179.6, 180],
	])('centred at %d°, it covers the land as one at %d° does', (off, whole) => {
		const [rounded, exact] = [differsFromExact(off), differsFromExact(whole)];
		expect(exact).toBeLessThan(0.2);
		expect(rounded - exact).toBeLessThan(0.01);
	});
});
