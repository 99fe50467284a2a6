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

/** The rings of such a path, each as its absolute points. */
export const pathRings = (d: string): [number, number][][] =>
	d
		.split('z')
		.filter(Boolean)
		.map((ring) => pathPoints(`${ring}z`));

export const within = ([x, y]: [number, number], rect: Rect, slack = 0) =>
	x >= rect.x0 - slack && x <= rect.x1 + slack && y >= rect.y0 - slack && y <= rect.y1 + slack;
export const overlaps = (a: Rect, b: Rect) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
export const drawing = (m: LocatorMap): Rect => ({ x0: 0, y0: 0, x1: m.width, y1: m.height });

/**
 * Every label that covers another label, or a dot other than its own: "a / b", "a on the dot of b".
 * A dot drawn touching the label's own dot (Yasukuni Shrine in Tokyo) is not counted: a label beside
 * its dot cannot clear a second dot on top of it.
 */
export function labelCollisions(m: LocatorMap): string[] {
	const found: string[] = [];
	const r = m.dotRadius;
	const dotAt = (marker: LocatorMap['markers'][number]): Rect => ({ x0: marker.x - r, y0: marker.y - r, x1: marker.x + r, y1: marker.y + r });
	for (const a of m.labels) {
		const own = m.markers.find((marker) => marker.id === a.id);
		for (const b of m.labels) if (a !== b && overlaps(a.rect, b.rect)) found.push(`${a.id} / ${b.id}`);
		for (const dotted of m.markers.filter((other) => other.dot && other.id !== a.id)) {
			if (own?.dot && overlaps(dotAt(own), dotAt(dotted))) continue;
			if (overlaps(a.rect, dotAt(dotted))) found.push(`${a.id} on the dot of ${dotted.id}`);
		}
	}
	return found;
}
