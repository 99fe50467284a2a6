/** Label lines, styles and placement (src/lib/map/labels.ts). */
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../../src/lib/map/geometry';
import { dotRect, type LabelRequest, labelLines, type MapLabel, placeLabels } from '../../../../src/lib/map/labels';

describe('labels', () => {
	it('labelLines puts long names on two lines, split near the middle', () => {
		expect(labelLines('Tokyo')).toEqual(['Tokyo']);
		expect(labelLines('Chosei undersea coal mine site')).toEqual(['Chosei undersea', 'coal mine site']);
		expect(labelLines('South Korea', 8)).toEqual(['South', 'Korea']);
	});});

describe('placing labels', () => {
	const overlaps = (a: Rect, b: Rect) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
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
