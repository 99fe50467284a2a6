/**
 * The locator map, drawn at build time: land from Natural Earth (the world-atlas package), projected
 * with d3-geo, simplified in the map's own units so the SVG stays small, and labelled markers placed
 * so that they do not overlap where that can be helped. Places far from the rest (Venezuela in a
 * story set in East Asia) go on a small world overview in a corner, which also frames the main map.
 *
 * Everything here is pure and returns finished numbers and path strings; the component only prints
 * them. Nothing is fetched: the land comes from the npm package, read once per build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	geoAzimuthalEqualArea,
	geoCentroid,
	geoDistance,
	geoNaturalEarth1,
	geoPath,
	type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import type { Place } from '../schemas/entities';
import { cacheFolder, readCached, writeCached } from './build-cache';
import { LAND_CODE_URL, landData, landInView, landOf, type Resolution } from './land';

export type MapPlace = Pick<Place, 'id' | 'name' | 'kind' | 'coordinates'>;

/** The drawing's width in SVG units. On a 375 px phone the map is ~343 px wide, so one unit is ~0.6 px. */
export const MAP_WIDTH = 560;
/** Label size in SVG units: ~11 px on a phone. Wider screens show labels smaller (CSS), never larger. */
export const LABEL_SIZE = 18;
/** Countries, regions and islands are named smaller, and in a quieter style, than cities and sites. */
export const AREA_LABEL_SIZE = 16;
const LINE_HEIGHT = 1.1;
const DOT_RADIUS = 4.5;
/** Places farther than this from the story's centre of gravity go on the world overview. */
export const NEAR_RADIUS_KM = 3500;
const EARTH_RADIUS_KM = 6371;
/**
 * The main map shows at least this many degrees across, by the kind of the largest place it fits, so
 * a map of one city still shows where it is, and a map of one country shows its neighbours.
 */
const MIN_SPAN_DEGREES: Record<Place['kind'], number> = { site: 8, city: 8, island: 10, region: 16, country: 36 };
const PAD = 30;
const OVERVIEW_WIDTH = 220;
/** Simplification tolerance in SVG units: below about a pixel nobody sees the difference, but bytes do. */
const MAIN_TOLERANCE = 2.4;
const OVERVIEW_TOLERANCE = 2;

/** Kinds drawn as a dot with a label beside it; the others are areas, labelled across their middle. */
const DOT_KINDS: ReadonlySet<Place['kind']> = new Set(['city', 'site']);

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface MapMarker {
	id: string;
	name: string;
	kind: Place['kind'];
	x: number;
	y: number;
	/** A dot is drawn for cities and sites, and for every place on the world overview. */
	dot: boolean;
	/** Drawn on the world overview, not the main map. */
	overview: boolean;
}

export interface MapLabel {
	id: string;
	lines: string[];
	/** The first line's baseline. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	style: LabelStyle;
	/** The space the label takes, estimated, in map units. */
	box: Box;
}

export interface LocatorMap {
	width: number;
	height: number;
	/** The land, as one SVG path. */
	land: string;
	markers: MapMarker[];
	labels: MapLabel[];
	overview: Box & { land: string; frame: string };
	labelSize: number;
	dotRadius: number;
}

type Point = [number, number];

const lonLat = (place: MapPlace): Point => [place.coordinates[1], place.coordinates[0]];

/**
 * The story's centre of gravity (the place with the least total distance to the others, so one far
 * outlier cannot drag it into an ocean), and which places lie near it.
 */
export function splitNearAndFar(places: MapPlace[], radiusKm = NEAR_RADIUS_KM): { near: MapPlace[]; far: MapPlace[] } {
	if (places.length === 0) return { near: [], far: [] };
	let medoid = places[0] as MapPlace;
	let best = Infinity;
	for (const candidate of places) {
		const total = places.reduce((sum, other) => sum + geoDistance(lonLat(candidate), lonLat(other)), 0);
		if (total < best) {
			best = total;
			medoid = candidate;
		}
	}
	const limit = radiusKm / EARTH_RADIUS_KM;
	const near: MapPlace[] = [];
	const far: MapPlace[] = [];
	for (const place of places) (geoDistance(lonLat(medoid), lonLat(place)) <= limit ? near : far).push(place);
	return { near, far };
}

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

export function ringArea(ring: Point[]): number {
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

function simplifiedLand(
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

// --- Labels ---------------------------------------------------------------------------------------

/** How a label reads: beside a dot, or across an area (countries in capitals, regions and islands in italics). */
export type LabelStyle = 'dot' | 'country' | 'area';

export const labelStyleOf = (kind: Place['kind'], overview = false): LabelStyle =>
	overview || DOT_KINDS.has(kind) ? 'dot' : kind === 'country' ? 'country' : 'area';

const sizeOf = (style: LabelStyle) => (style === 'dot' ? LABEL_SIZE : AREA_LABEL_SIZE);

/** A label's width estimated from its letters: there are no font metrics at build time, so we err wide. */
export function estimateTextWidth(text: string, size: number, caps = false): number {
	let ems = 0;
	for (const char of caps ? text.toUpperCase() : text) {
		if (/[\s.,'’:;!|-]/.test(char)) ems += 0.3;
		else if (/[iljft]/.test(char)) ems += 0.32;
		else if (/[mwMW]/.test(char)) ems += 0.9;
		else if (/[A-Z]/.test(char)) ems += 0.72 + (caps ? 0.1 : 0);
		else ems += 0.6;
	}
	return ems * size;
}

/** Long names go on two lines, split at the space nearest the middle. */
export function labelLines(text: string, maxChars = 14): string[] {
	if (text.length <= maxChars || !text.includes(' ')) return [text];
	const middle = text.length / 2;
	let split = -1;
	for (let i = 0; i < text.length; i += 1) {
		if (text[i] === ' ' && (split === -1 || Math.abs(i - middle) < Math.abs(split - middle))) split = i;
	}
	return [text.slice(0, split), text.slice(split + 1)];
}

export interface LabelRequest {
	id: string;
	lines: string[];
	x: number;
	y: number;
	style: LabelStyle;
}

const LABEL_MARGIN = 1.5;

const overlap = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const outside = (a: Box, bounds: Box) =>
	Math.max(0, bounds.x0 - a.x0) + Math.max(0, bounds.y0 - a.y0) + Math.max(0, a.x1 - bounds.x1) + Math.max(0, a.y1 - bounds.y1);

function labelAt(request: LabelRequest, anchor: MapLabel['anchor'], x: number, top: number): MapLabel {
	const size = sizeOf(request.style);
	const width = Math.max(...request.lines.map((line) => estimateTextWidth(line, size, request.style === 'country')));
	const height = size * (1 + LINE_HEIGHT * (request.lines.length - 1));
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return {
		id: request.id,
		lines: request.lines,
		x: Math.round(x),
		// The baseline sits ~0.8 em below the top of the letters.
		y: Math.round(top + size * 0.8),
		anchor,
		style: request.style,
		box: { x0: x0 - LABEL_MARGIN, y0: top - LABEL_MARGIN, x1: x0 + width + LABEL_MARGIN, y1: top + height + LABEL_MARGIN },
	};
}

function candidates(request: LabelRequest): MapLabel[] {
	const { x, y } = request;
	const size = sizeOf(request.style);
	const height = size * (1 + LINE_HEIGHT * (request.lines.length - 1));
	if (request.style !== 'dot') {
		// Across the area's middle, or nudged off it a little where the middle is taken.
		const out: MapLabel[] = [];
		const width = Math.max(...request.lines.map((line) => estimateTextWidth(line, size, request.style === 'country')));
		for (const dy of [0, -0.5, 0.5, -1, 1, -1.5, 1.5, -2, 2, -3, 3]) {
			for (const dx of [0, -0.15, 0.15, -0.3, 0.3, -0.45, 0.45, -0.6, 0.6]) {
				out.push(labelAt(request, 'middle', x + dx * width, y - height / 2 + dy * size * 0.9));
			}
		}
		return out;
	}
	const gap = DOT_RADIUS + 3;
	const corner = DOT_RADIUS * 0.6;
	const middle = y - height / 2;
	const above = y - DOT_RADIUS - 1 - height;
	const below = y + DOT_RADIUS + 1;
	return [
		labelAt(request, 'start', x + gap, middle),
		labelAt(request, 'end', x - gap, middle),
		labelAt(request, 'start', x + corner, above),
		labelAt(request, 'start', x + corner, below),
		labelAt(request, 'end', x - corner, above),
		labelAt(request, 'end', x - corner, below),
		labelAt(request, 'middle', x, above - 1),
		labelAt(request, 'middle', x, below + 1),
	];
}

/**
 * Greedy label placement: labels of dots before labels of areas, the most crowded first; each takes
 * the first candidate position that overlaps nothing (other labels, dots, the overview), or else the
 * one that overlaps least. A label leaves `bounds` only when no candidate fits inside, and an area's
 * label leaves its land only when there is no room on it.
 */
export function placeLabels(
	requests: LabelRequest[],
	obstacles: Box[],
	bounds: Box,
	isLand: (point: Point) => boolean = () => true,
): MapLabel[] {
	const crowding = (request: LabelRequest) =>
		requests.filter((other) => other !== request && Math.hypot(other.x - request.x, other.y - request.y) < LABEL_SIZE * 4).length;
	const order = [...requests].sort(
		(a, b) => Number(a.style !== 'dot') - Number(b.style !== 'dot') || crowding(b) - crowding(a),
	);
	const placed = new Map<string, MapLabel>();
	for (const request of order) {
		let best: MapLabel | undefined;
		let bestScore = Infinity;
		candidates(request).forEach((candidate, index) => {
			let hits = 0;
			for (const label of placed.values()) hits += overlap(candidate.box, label.box);
			for (const box of obstacles) hits += overlap(candidate.box, box);
			// An area's name belongs on its land: out at sea, "South Korea" would seem to name the sea.
			const centre: Point = [(candidate.box.x0 + candidate.box.x1) / 2, (candidate.box.y0 + candidate.box.y1) / 2];
			const adrift = request.style !== 'dot' && !isLand(centre) ? 1e4 : 0;
			const score = outside(candidate.box, bounds) * 1e8 + hits * 1e5 + adrift + index;
			if (score < bestScore) {
				best = candidate;
				bestScore = score;
			}
		});
		if (best) placed.set(request.id, best);
	}
	return requests.map((request) => placed.get(request.id) as MapLabel);
}

const dotBox = (x: number, y: number): Box => ({ x0: x - DOT_RADIUS - 1, y0: y - DOT_RADIUS - 1, x1: x + DOT_RADIUS + 1, y1: y + DOT_RADIUS + 1 });

// --- The map --------------------------------------------------------------------------------------

function mainProjection(fit: MapPlace[], width: number): { projection: GeoProjection; height: number } {
	const points: MultiPoint = { type: 'MultiPoint', coordinates: fit.map(lonLat) };
	const [lon, lat] = geoCentroid(points);
	const half = Math.max(...fit.map((place) => MIN_SPAN_DEGREES[place.kind])) / 2;
	const fitted: MultiPoint = {
		type: 'MultiPoint',
		coordinates: [...points.coordinates, [lon - half, lat - half / 2], [lon + half, lat + half / 2]],
	};
	// Equal-area and centred on the story: no region is drawn bigger than it is.
	const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);
	projection.fitWidth(width - 2 * PAD, fitted);
	const [[, y0], [, y1]] = geoPath(projection).bounds(fitted);
	const height = Math.round(Math.min(width * 0.75, Math.max(width * 0.55, y1 - y0 + 2 * PAD)));
	projection.fitExtent(
		[
			[PAD, PAD],
			[width - PAD, height - PAD],
		],
		fitted,
	);
	return { projection, height };
}

/** The longitude to centre the world overview on, so the story's places sit away from its edges. */
export function overviewCentre(longitudes: number[]): number {
	const sorted = [...longitudes].sort((a, b) => a - b);
	const [first, last] = [sorted[0], sorted[sorted.length - 1]];
	if (first === undefined || last === undefined) return 0;
	let gapStart = last;
	let gap = first + 360 - last;
	sorted.forEach((longitude, i) => {
		const before = sorted[i - 1];
		if (before !== undefined && longitude - before > gap) {
			gap = longitude - before;
			gapStart = before;
		}
	});
	// Opposite the middle of the widest stretch of longitude without places.
	const centre = gapStart + gap / 2 + 180;
	return ((((centre + 180) % 360) + 360) % 360) - 180;
}

function overviewProjection(places: MapPlace[], width: number): { projection: GeoProjection; height: number; centre: number } {
	// A whole degree (under a unit of the overview's width) so that maps share overviews: see `overviewLand`.
	const centre = ((Math.round(overviewCentre(places.map((p) => p.coordinates[1]))) + 540) % 360) - 180;
	const projection = geoNaturalEarth1().rotate([-centre, 0]);
	projection.fitWidth(width, { type: 'Sphere' });
	// Antarctica and the high Arctic are left out: they would cost bytes and locate nothing.
	const top = (projection([0, 78]) as Point)[1];
	const bottom = (projection([0, -58]) as Point)[1];
	projection.translate([projection.translate()[0], projection.translate()[1] - top]);
	projection.clipExtent([
		[0, 0],
		[width, bottom - top],
	]);
	return { projection, height: Math.round(bottom - top), centre };
}

// The overview shows the whole world, so each would project all of the land again; it depends on
// nothing but its centre, so one is drawn per centre in a build (at most 360 of them).
const overviewCache = new Map<number, Point[][]>();
function overviewLand(over: ReturnType<typeof overviewProjection>): Point[][] {
	let land = overviewCache.get(over.centre);
	if (!land) {
		land = simplifiedLand(over.projection, '110m', OVERVIEW_TOLERANCE, 16);
		overviewCache.set(over.centre, land);
	}
	return land;
}

/** The corner for the overview: the one that hides no marker and the least land, bottom right if all agree. */
function overviewCorner(width: number, height: number, size: [number, number], markers: MapMarker[], onLand: (point: Point) => boolean): Box {
	const [ow, oh] = size;
	const corners: Box[] = [
		{ x0: width - ow, y0: height - oh, x1: width, y1: height },
		{ x0: 0, y0: height - oh, x1: ow, y1: height },
		{ x0: width - ow, y0: 0, x1: width, y1: oh },
		{ x0: 0, y0: 0, x1: ow, y1: oh },
	];
	const score = (box: Box, preference: number) => {
		const hidden = markers.filter(
			(m) => m.x > box.x0 - LABEL_SIZE * 3 && m.x < box.x1 + LABEL_SIZE * 3 && m.y > box.y0 - LABEL_SIZE && m.y < box.y1 + LABEL_SIZE,
		).length;
		let onLandCount = 0;
		for (let i = 0; i < 8; i += 1) {
			for (let j = 0; j < 5; j += 1) {
				if (onLand([box.x0 + ((i + 0.5) * ow) / 8, box.y0 + ((j + 0.5) * oh) / 5])) onLandCount += 1;
			}
		}
		return hidden * 1000 + onLandCount * 2 + preference;
	};
	const ranked = corners.map((box, preference) => ({ box, score: score(box, preference) })).sort((a, b) => a.score - b.score);
	return (ranked[0] as (typeof ranked)[number]).box;
}

/** The main map's outline, carried onto the overview through longitude and latitude. */
function frameOnOverview(main: GeoProjection, over: GeoProjection, width: number, height: number): Point[] {
	const edge: Point[] = [];
	const steps = 8;
	for (let i = 0; i < steps; i += 1) edge.push([(width * i) / steps, 0]);
	for (let i = 0; i < steps; i += 1) edge.push([width, (height * i) / steps]);
	for (let i = steps; i > 0; i -= 1) edge.push([(width * i) / steps, height]);
	for (let i = steps; i > 0; i -= 1) edge.push([0, (height * i) / steps]);
	const ring = edge.map((point) => over(main.invert?.(point) as Point) as Point);
	return simplifyRing(ring, 0.5, 0) ?? ring.map(([x, y]): Point => [Math.round(x), Math.round(y)]);
}

export interface LocatorMapOptions {
	width?: number;
	/** Natural Earth's 1:50m land by default; 1:110m is coarser and smaller. */
	resolution?: Resolution;
	/** Project every land polygon, not only those in view (the tests compare the two). */
	allLand?: boolean;
}

const mapCache = new Map<string, LocatorMap>();
const MAP_CACHE = cacheFolder('maps');

// The code that draws maps, and the land it draws: a map kept from an earlier build is used only while
// all are what drew it. The modules' own files (the bundled chunk, in a build) stand for the code.
let codeKey: string | undefined;
function drawingKey(): string {
	if (codeKey === undefined) {
		const hash = createHash('sha256');
		try {
			for (const url of new Set([import.meta.url, LAND_CODE_URL])) hash.update(readFileSync(fileURLToPath(url)));
		} catch {
			// No file to read (an unusual loader): never reuse a map from another build.
			hash.update(`${process.pid} ${Date.now()}`);
		}
		codeKey = hash.update(landData()).digest('hex');
	}
	return codeKey;
}

/**
 * The locator map for an explainer's places; the same places give the same map, computed once per
 * build and kept for the next one (projecting coastlines is the slow part of a build; a warm rebuild
 * reads the maps back).
 */
export function buildLocatorMap(places: MapPlace[], options: LocatorMapOptions = {}): LocatorMap {
	if (places.length === 0) throw new Error('A locator map needs at least one place');
	const key = JSON.stringify([places.map((p) => [p.id, p.name, p.kind, p.coordinates]), options]);
	const cached = mapCache.get(key);
	if (cached) return cached;
	const file = `${createHash('sha256').update(key).update(drawingKey()).digest('hex').slice(0, 32)}.json`;
	const kept = readCached(MAP_CACHE, file);
	if (kept) {
		const map = JSON.parse(kept.toString('utf8')) as LocatorMap;
		mapCache.set(key, map);
		return map;
	}
	const map = drawLocatorMap(places, options);
	mapCache.set(key, map);
	writeCached(MAP_CACHE, file, JSON.stringify(map));
	return map;
}

/** The map drawn afresh, without either cache. */
export function drawLocatorMap(places: MapPlace[], options: LocatorMapOptions = {}): LocatorMap {
	const width = options.width ?? MAP_WIDTH;
	const { near, far } = splitNearAndFar(places);

	// A country is named, not pinpointed, and its centre can lie far inland (China's is in Qinghai):
	// fitting the map to it would spend the map on empty land. So countries do not steer the fit, and
	// one whose centre falls off the map is named at the nearest edge, as long as that point is land.
	const fit = near.filter((place) => place.kind !== 'country');
	if (fit.length === 0) fit.push(...near);
	let projection: GeoProjection;
	let height: number;
	let land: Point[][];
	let onLand: (point: Point) => boolean;
	let markers: MapMarker[];
	for (;;) {
		({ projection, height } = mainProjection(fit, width));
		projection.clipExtent([
			[-1, -1],
			[width + 1, height + 1],
		]);
		const resolution = options.resolution ?? '50m';
		land = simplifiedLand(projection, resolution, MAIN_TOLERANCE, 12, options.allLand ? landOf(resolution) : landInView(resolution, projection));
		onLand = landTest(land);
		const inner: Box = { x0: PAD, y0: PAD, x1: width - PAD, y1: height - PAD };
		const offMap = near.find((place) => {
			if (fit.includes(place)) return false;
			const [x, y] = projection(lonLat(place)) as Point;
			const clamped: Point = [Math.min(inner.x1, Math.max(inner.x0, x)), Math.min(inner.y1, Math.max(inner.y0, y))];
			return (clamped[0] !== x || clamped[1] !== y) && !onLand(clamped);
		});
		if (!offMap) break;
		fit.push(offMap);
	}
	markers = near.map((place) => {
		const [px, py] = projection(lonLat(place)) as Point;
		const x = Math.min(width - PAD, Math.max(PAD, px));
		const y = Math.min(height - PAD, Math.max(PAD, py));
		return { id: place.id, name: place.name, kind: place.kind, x: Math.round(x), y: Math.round(y), dot: DOT_KINDS.has(place.kind), overview: false };
	});

	const over = overviewProjection(places, OVERVIEW_WIDTH);
	const corner = overviewCorner(width, height, [OVERVIEW_WIDTH, over.height], markers, onLand);
	const offset: Point = [corner.x0, corner.y0];
	for (const place of far) {
		const [x, y] = over.projection(lonLat(place)) as Point;
		markers.push({ id: place.id, name: place.name, kind: place.kind, x: Math.round(x + corner.x0), y: Math.round(y + corner.y0), dot: true, overview: true });
	}

	const request = (marker: MapMarker): LabelRequest => ({
		id: marker.id,
		// Area names are stacked early ("South / Korea"): a country is narrower on the map than its name.
		lines: labelLines(marker.name, marker.dot ? 14 : 8),
		x: marker.x,
		y: marker.y,
		style: labelStyleOf(marker.kind, marker.overview),
	});
	const dots = markers.filter((m) => m.dot).map((m) => dotBox(m.x, m.y));
	const frame = frameOnOverview(projection, over.projection, width, height);
	const frameBox: Box = {
		x0: Math.min(...frame.map(([x]) => x)) + corner.x0,
		y0: Math.min(...frame.map(([, y]) => y)) + corner.y0,
		x1: Math.max(...frame.map(([x]) => x)) + corner.x0,
		y1: Math.max(...frame.map(([, y]) => y)) + corner.y0,
	};
	const overviewLabels = placeLabels(markers.filter((m) => m.overview).map(request), [...dots, frameBox], corner);
	const mainLabels = placeLabels(
		markers.filter((m) => !m.overview).map(request),
		[...dots, corner, ...overviewLabels.map((l) => l.box)],
		{ x0: 0, y0: 0, x1: width, y1: height },
		onLand,
	);
	const byId = new Map([...mainLabels, ...overviewLabels].map((label) => [label.id, label]));

	const map: LocatorMap = {
		width,
		height,
		land: encodeRings(land),
		markers,
		labels: markers.map((m) => byId.get(m.id) as MapLabel),
		overview: {
			...corner,
			land: encodeRings(overviewLand(over), offset),
			frame: encodeRings([frame], offset),
		},
		labelSize: LABEL_SIZE,
		dotRadius: DOT_RADIUS,
	};
	return map;
}
