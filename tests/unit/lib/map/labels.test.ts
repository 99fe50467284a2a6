/** Label lines, styles and placement (src/lib/map/labels.ts). */
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../../src/lib/map/geometry';
import {
	DOT_RADIUS,
	dotRect,
	groundOf,
	type LabelRequest,
	labelLines,
	labelStyleOf,
	type MapLabel,
	placeLabels,
	SHARED_DOT_DISTANCE,
	sharedDots,
	sharedLabelLines,
} from '../../../../src/lib/map/labels';

const overlaps = (a: Rect, b: Rect) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

describe('labels', () => {
	it('labelLines puts long names on two lines, split near the middle', () => {
		expect(labelLines('Tokyo')).toEqual(['Tokyo']);
		expect(labelLines('Chosei undersea coal mine site')).toEqual(['Chosei undersea', 'coal mine site']);
		expect(labelLines('South Korea', 8)).toEqual(['South', 'Korea']);
	});});

describe('placing labels', () => {
	it('an area’s name clears a dot at its middle, and the dot’s own label', () => {
		// The capital sits where the country's name would go; its label is placed first, beside it.
		const capital: LabelRequest = { id: 'capital', lines: ['Pyongyang'], x: 200, y: 100, style: 'dot' };
		const country: LabelRequest = { id: 'country', lines: ['North', 'Korea'], x: 205, y: 95, style: 'country' };
		const [capitalLabel, countryLabel] = placeLabels([capital, country], [dotRect(200, 100)], { x0: 0, y0: 0, x1: 400, y1: 300 }) as [MapLabel, MapLabel];
		expect(overlaps(countryLabel.rect, dotRect(200, 100))).toBe(false);
		expect(overlaps(countryLabel.rect, capitalLabel.rect)).toBe(false);
		expect(countryLabel.lines.join(' ')).toBe('North Korea');
	});

	it('where only one line fits, a stacked name goes on one line', () => {
		// A strip of room above the dot, too low for two lines: the rest of the drawing is taken.
		const country: LabelRequest = { id: 'country', lines: ['North', 'Korea'], x: 200, y: 20, style: 'country' };
		const taken: Rect = { x0: 0, y0: 28, x1: 400, y1: 300 };
		const [label] = placeLabels([country], [taken], { x0: 0, y0: 0, x1: 400, y1: 300 }) as [MapLabel];
		expect(label.lines).toEqual(['North Korea']);
		expect(overlaps(label.rect, taken)).toBe(false);
	});
});

describe('making room for an area’s name', () => {
	// Everything is taken but a band across the middle: the dot's label and the area's name both want
	// the spot right of the dot, and the dot's label could as well go on the left.
	const bounds: Rect = { x0: 0, y0: 0, x1: 400, y1: 300 };
	const band: Rect[] = [
		{ x0: 0, y0: 0, x1: 400, y1: 82 },
		{ x0: 0, y0: 118, x1: 400, y1: 300 },
	];
	const capital: LabelRequest = { id: 'capital', lines: ['Pyongyang'], x: 200, y: 100, style: 'dot' };
	const province: LabelRequest = { id: 'province', lines: ['Gyeonggi'], x: 260, y: 100, style: 'subdivision' };

	it('moves a dot’s label to the other side, so the area is named by its middle, covering nothing', () => {
		const [capitalLabel, provinceLabel] = placeLabels([capital, province], [...band, dotRect(200, 100)], bounds) as [MapLabel, MapLabel];
		expect(capitalLabel.anchor).toBe('end');
		expect(overlaps(provinceLabel.rect, capitalLabel.rect)).toBe(false);
		expect(overlaps(provinceLabel.rect, dotRect(200, 100))).toBe(false);
		expect(Math.abs((provinceLabel.rect.x0 + provinceLabel.rect.x1) / 2 - 260)).toBeLessThan(50);
	});

	it('leaves the dot’s label where it is when it has nowhere else to go', () => {
		const leftTaken: Rect = { x0: 0, y0: 82, x1: 194, y1: 118 };
		const [capitalLabel] = placeLabels([capital, province], [...band, leftTaken, dotRect(200, 100)], bounds) as [MapLabel, MapLabel];
		expect(capitalLabel.anchor).toBe('start');
	});
});

describe('how each kind of place is named', () => {
	it('dots for cities and sites; capitals for countries; upright for provinces and states; italics for regions and islands; water in its colour, on the water', () => {
		const kinds = ['city', 'site', 'country', 'province', 'state', 'region', 'island', 'sea', 'strait', 'gulf', 'bay', 'river', 'lake'] as const;
		expect(Object.fromEntries(kinds.map((kind) => [kind, [labelStyleOf(kind), groundOf(kind)]]))).toEqual({
			city: ['dot', 'any'],
			site: ['dot', 'any'],
			country: ['country', 'land'],
			province: ['subdivision', 'land'],
			state: ['subdivision', 'land'],
			region: ['area', 'land'],
			island: ['area', 'land'],
			sea: ['water', 'water'],
			strait: ['water', 'water'],
			gulf: ['water', 'water'],
			bay: ['water', 'water'],
			// A river or a lake is drawn on land at a locator map's scale.
			river: ['water', 'any'],
			lake: ['water', 'any'],
		});
		// On the world overview every place is named small and plain, anywhere near it.
		expect([labelStyleOf('sea', true), groundOf('sea', true)]).toEqual(['overview', 'any']);
	});

	it('a sea’s name moves off the land, an area’s onto it', () => {
		// Land on the left half of the drawing; both are asked for at the shore.
		const isLand = ([x]: [number, number]) => x < 200;
		const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
		const [sea, province] = placeLabels(
			[
				{ id: 'sea', lines: ['Yellow', 'Sea'], x: 200, y: 80, style: 'water', ground: 'water' },
				{ id: 'province', lines: ['Gyeonggi'], x: 200, y: 220, style: 'subdivision', ground: 'land' },
			],
			[],
			bounds,
			isLand,
		) as [MapLabel, MapLabel];
		expect((sea.rect.x0 + sea.rect.x1) / 2).toBeGreaterThanOrEqual(200);
		expect((province.rect.x0 + province.rect.x1) / 2).toBeLessThan(200);
	});
});

describe('places that would share a dot', () => {
	it('points closer than a dot’s width share one dot, the first given its own; others keep theirs', () => {
		const tokyo = { x: 400, y: 100 };
		const yasukuni = { x: 400, y: 101 };
		const nara = { x: 300, y: 160 };
		const horyu = { x: 298, y: 162 };
		const kyoto = { x: 300, y: 160 - SHARED_DOT_DISTANCE };
		expect(SHARED_DOT_DISTANCE).toBeGreaterThanOrEqual(2 * DOT_RADIUS);
		expect(sharedDots([tokyo, nara, yasukuni, horyu, kyoto])).toEqual([[0, 2], [1, 3], [4]]);
	});

	it('a shared dot’s label names every place, one to a line, in the order given', () => {
		expect(sharedLabelLines(['Tokyo', 'Yasukuni Shrine'])).toEqual(['Tokyo,', 'Yasukuni', 'Shrine']);
		expect(sharedLabelLines(['Nara', 'Horyu Temple']).join(' ')).toBe('Nara, Horyu Temple');
		expect(sharedLabelLines(['Seoul'])).toEqual(['Seoul']);
	});
});

