/**
 * The map's geometry in its own units: land projected through a d3 projection into rings, simplified
 * to about a map unit and snapped to whole units so the SVG stays small, written as short relative
 * paths, and asked whether a point is on land. Pure: the same input gives the same rings and paths.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { landOf, type Resolution } from './land';

export type Point = [number, number];

/** An axis-aligned rectangle in map units: a label's extent, a dot's, the overview's corner. */
export interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** This module's file, so the cache of maps can tell when the code that draws them has changed. */
export const GEOMETRY_CODE_URL = import.meta.url;

/** Douglas-Peucker on an open polyline, keeping both ends. */
function simplifyLine(points: Point[], tolerance: number): Point[] {
	if (points.length <= 2) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const squared = tolerance * tolerance;
	while (stack.length > 0) {
		const [first, last] = stack.pop() as [number, number];
		const [ax, ay] = points[first] as Point;
		const [bx, by] = points[last] as Point;
		const dx = bx - ax;
		const dy = by - ay;
		const length = dx * dx + dy * dy;
		let farthest = -1;
		let farthestDistance = squared;
		for (let i = first + 1; i < last; i += 1) {
			const [px, py] = points[i] as Point;
			let t = length === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / length;
			t = Math.max(0, Math.min(1, t));
			const ex = ax + t * dx - px;
			const ey = ay + t * dy - py;
			const distance = ex * ex + ey * ey;
			if (distance > farthestDistance) {
				farthest = i;
				farthestDistance = distance;
			}
		}
		if (farthest !== -1) {
			keep[farthest] = 1;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

function ringArea(ring: Point[]): number {
	let area = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
		const [xi, yi] = ring[i] as Point;
		const [xj, yj] = ring[j] as Point;
		area += (xj + xi) * (yj - yi);
	}
	return area / 2;
}

/**
 * Simplifies a closed ring to `tolerance` and snaps it to whole units. Rings smaller than `minArea`
 * square units (specks of islands) are dropped: returns undefined.
 */
export function simplifyRing(ring: Point[], tolerance: number, minArea: number): Point[] | undefined {
	if (ring.length < 3 || Math.abs(ringArea(ring)) < minArea) return undefined;
	// Split the ring at the vertex farthest from its start, so both halves are open lines.
	const [x0, y0] = ring[0] as Point;
	let split = 0;
	let splitDistance = -1;
	for (let i = 1; i < ring.length; i += 1) {
		const [x, y] = ring[i] as Point;
		const distance = (x - x0) ** 2 + (y - y0) ** 2;
		if (distance > splitDistance) {
			split = i;
			splitDistance = distance;
		}
	}
	const first = simplifyLine(ring.slice(0, split + 1), tolerance);
	const second = simplifyLine([...ring.slice(split), [x0, y0]], tolerance);
	const joined = [...first, ...second.slice(1, -1)];
	const snapped: Point[] = [];
	for (const [x, y] of joined) {
		const point: Point = [Math.round(x), Math.round(y)];
		const last = snapped[snapped.length - 1];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) snapped.push(point);
	}
	const [start, end] = [snapped[0], snapped[snapped.length - 1]];
	if (snapped.length > 1 && start && end && start[0] === end[0] && start[1] === end[1]) snapped.pop();
	if (snapped.length < 3 || Math.abs(ringArea(snapped)) < minArea) return undefined;
	return snapped;
}

/** SVG path data for closed rings: absolute start, then relative steps, which are short and compress well. */
export function encodeRings(rings: Point[][], offset: Point = [0, 0]): string {
	let out = '';
	const number = (value: number, previous: string) => (value < 0 || previous === '' ? `${value}` : ` ${value}`);
	for (const ring of rings) {
		const [x0, y0] = ring[0] as Point;
		let body = `M${x0 + offset[0]}${number(y0 + offset[1], ' ')}l`;
		let previous = '';
		for (let i = 1; i < ring.length; i += 1) {
			const [x, y] = ring[i] as Point;
			const [px, py] = ring[i - 1] as Point;
			const dx = x - px;
			const dy = y - py;
			const pair = `${number(dx, previous)}${number(dy, ' ')}`;
			body += pair;
			previous = pair;
		}
		out += `${body}z`;
	}
	return out;
}

/** Projects GeoJSON through a (clipped) projection and collects the rings in map units. */
function projectRings(object: Parameters<ReturnType<typeof geoPath>>[0], projection: GeoProjection): Point[][] {
	const rings: Point[][] = [];
	let current: Point[] = [];
	const context = {
		beginPath() {},
		moveTo(x: number, y: number) {
			if (current.length > 0) rings.push(current);
			current = [[x, y]];
		},
		lineTo(x: number, y: number) {
			current.push([x, y]);
		},
		closePath() {
			if (current.length > 0) rings.push(current);
			current = [];
		},
		arc() {},
	};
	geoPath(projection, context)(object);
	if (current.length > 0) rings.push(current);
	return rings;
}

/** The land through a projection, as simplified rings in map units. */
export function simplifiedLand(
	projection: GeoProjection,
	resolution: Resolution,
	tolerance: number,
	minArea: number,
	land: Feature | FeatureCollection = landOf(resolution),
): Point[][] {
	return projectRings(land, projection).flatMap((ring) => {
		const simplified = simplifyRing(ring, tolerance, minArea);
		return simplified ? [simplified] : [];
	});
}

/**
 * Even-odd point-in-polygon over all rings: tells land from sea for the overview's corner and area
 * labels. Placing labels asks it hundreds of times a map, so each edge is filed once under the rows of
 * whole units its height spans, and a question looks only at the edges of its row: the same answer as
 * going over every edge, since an edge that does not span the point's height never counts.
 */
export function landTest(rings: Point[][]): (point: Point) => boolean {
	const rows = new Map<number, number[]>();
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
			const [xi, yi] = ring[i] as Point;
			const [xj, yj] = ring[j] as Point;
			for (let row = Math.floor(Math.min(yi, yj)); row <= Math.floor(Math.max(yi, yj)); row += 1) {
				let edges = rows.get(row);
				if (!edges) rows.set(row, (edges = []));
				edges.push(xi, yi, xj, yj);
			}
		}
	}
	return ([x, y]) => {
		const edges = rows.get(Math.floor(y)) ?? [];
		let inside = false;
		for (let k = 0; k < edges.length; k += 4) {
			const [xi, yi, xj, yj] = [edges[k] as number, edges[k + 1] as number, edges[k + 2] as number, edges[k + 3] as number];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
		return inside;
	};
}
