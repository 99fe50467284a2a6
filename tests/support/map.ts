/**
 * Reading a locator map in unit tests: the points of its SVG paths, and whether points and rectangles
 * lie within or across one another.
 */
import type { LocatorMap, Rect } from '../../src/lib/map';

/** The absolute points of an SVG path written as M x y, then relative l steps, then z. */
export function pathPoints(d: string): [number, number][] {
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

export const within = ([x, y]: [number, number], rect: Rect, slack = 0) =>
	x >= rect.x0 - slack && x <= rect.x1 + slack && y >= rect.y0 - slack && y <= rect.y1 + slack;
export const overlaps = (a: Rect, b: Rect) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
export const drawing = (m: LocatorMap): Rect => ({ x0: 0, y0: 0, x1: m.width, y1: m.height });
