/** Near and far places, and the world overview (src/lib/map/projection.ts). */
import { Resvg } from '@resvg/resvg-js';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import land110 from 'world-atlas/land-110m.json' with { type: 'json' };
import { drawLocatorMap } from '../../../../src/lib/map';
import { type MapPlace, overviewProjection, splitNearAndFar } from '../../../../src/lib/map/projection';
import { AP_EXPLAINER, loadExplainer } from '../../../support/explainers';

const { data } = loadExplainer(AP_EXPLAINER);

describe('near and far', () => {
	it('splitNearAndFar keeps the far places apart', () => {
		const { near, far } = splitNearAndFar(data.places);
		expect(far.map((p) => p.id).sort()).toEqual(['united-states', 'venezuela']);
		expect(near).toHaveLength(data.places.length - 2);
	});
	it('overviewProjection turns the world so the places sit away from its edges', () => {
		const centreFor = (places: MapPlace[]) => overviewProjection(places, 560).centre;
		const at = (...longitudes: number[]) => longitudes.map((lon): MapPlace => ({ id: `at-${lon}`, name: `${lon}`, kind: 'city', coordinates: [0, lon] }));
		const centre = centreFor(data.places);
		// Pacific-centred: East Asia to the left, the Americas to the right.
		expect(centre).toBeGreaterThan(-180);
		expect(centre).toBeLessThan(-140);
		expect(centreFor(at(0, 10))).toBe(5);
		expect(centreFor(at(170, -170))).toBe(-180);
	});});

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
	])(
		'centred at %d°, it covers the land as one at %d° does',
		(off, whole) => {
			const [rounded, exact] = [differsFromExact(off), differsFromExact(whole)];
			expect(exact).toBeLessThan(0.2);
			expect(rounded - exact).toBeLessThan(0.01);
		},
	);
});
