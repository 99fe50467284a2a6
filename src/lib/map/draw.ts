/**
 * The locator map assembled: the places split into near and far, the main map fitted to them, the
 * land drawn, markers and the world overview placed, and every marker labelled. Pure: the same places
 * give the same map (`buildLocatorMap` in cache.ts keeps maps between builds; this draws afresh).
 */
import type { GeoProjection } from 'd3-geo';
import type { Place } from '../../schemas/entities';
import { landInView, landOf, type Resolution } from './land';
import { encodeRings, landTest, type Point, type Rect, simplifiedLand } from './geometry';
import { DOT_KINDS, DOT_RADIUS, dotRect, groundOf, LABEL_SIZE, type LabelRequest, labelLines, labelStyleOf, type MapLabel, placeLabels } from './labels';
import {
	frameOnOverview,
	lonLat,
	mainProjection,
	type MapPlace,
	OVERVIEW_WIDTH,
	overviewCorner,
	overviewLand,
	overviewProjection,
	PAD,
	splitNearAndFar,
} from './projection';

/** This module's file, so the cache of maps can tell when the code that draws them has changed. */
export const DRAW_CODE_URL = import.meta.url;

/** The drawing's width in SVG units. On a 375 px phone the map is ~343 px wide, so one unit is ~0.6 px. */
const MAP_WIDTH = 560;
/** Simplification tolerance in SVG units: below about a pixel nobody sees the difference, but bytes do. */
const MAIN_TOLERANCE = 2.4;

interface MapMarker {
	id: string;
	/** The ids of the places at this marker: one, or several that share a dot (sharedDots). */
	places: string[];
	name: string;
	kind: Place['kind'];
	x: number;
	y: number;
	/** A dot is drawn for cities and sites, and for every place on the world overview. */
	dot: boolean;
	/** Drawn on the world overview, not the main map. */
	overview: boolean;
}

/**
 * Dots closer than a dot's width would be drawn over each other, each with a label of its own, and a
 * reader could not tell which label goes with which (Yasukuni Shrine on Tokyo, Horyu Temple on Nara).
 * They share one dot instead, with one label naming every place at it, cities first: "Tokyo, Yasukuni
 * Shrine". The list of places under the map still gives each its own entry.
 */
function sharedDots(markers: MapMarker[]): MapMarker[] {
	const shared: MapMarker[] = [];
	for (const marker of markers) {
		const host = marker.dot ? shared.find((other) => other.dot && Math.hypot(other.x - marker.x, other.y - marker.y) < 2 * DOT_RADIUS) : undefined;
		if (!host) {
			shared.push({ ...marker });
			continue;
		}
		const cityFirst = marker.kind === 'city' && host.kind !== 'city';
		host.name = cityFirst ? `${marker.name}, ${host.name}` : `${host.name}, ${marker.name}`;
		host.places = cityFirst ? [marker.id, ...host.places] : [...host.places, marker.id];
		if (cityFirst) Object.assign(host, { id: marker.id, kind: marker.kind, x: marker.x, y: marker.y });
	}
	return shared;
}

export interface LocatorMap {
	width: number;
	height: number;
	/** The land, as one SVG path. */
	land: string;
	markers: MapMarker[];
	labels: MapLabel[];
	overview: Rect & { land: string; frame: string };
	labelSize: number;
	dotRadius: number;
}

export interface LocatorMapOptions {
	width?: number;
	/** Natural Earth's 1:50m land by default; 1:110m is coarser and smaller. */
	resolution?: Resolution;
	/** Project every land polygon, not only those in view (the tests compare the two). */
	allLand?: boolean;
}

/** The smallest rectangle holding all the points. */
const rectAround = (points: Point[], [dx, dy]: Point): Rect => ({
	x0: Math.min(...points.map(([x]) => x)) + dx,
	y0: Math.min(...points.map(([, y]) => y)) + dy,
	x1: Math.max(...points.map(([x]) => x)) + dx,
	y1: Math.max(...points.map(([, y]) => y)) + dy,
});

/** The map drawn afresh, without either cache. */
export function drawLocatorMap(places: MapPlace[], options: LocatorMapOptions = {}): LocatorMap {
	const width = options.width ?? MAP_WIDTH;
	const { near, far } = splitNearAndFar(places);

	// A country is named, not pinpointed, and its centre can lie far inland (China's is in Qinghai):
	// fitting the map to it would spend the map on empty land. So countries do not steer the fit, and
	// one whose centre falls off the map is named at the nearest edge, as long as that point is land.
	const placesToFit = near.filter((place) => place.kind !== 'country');
	if (placesToFit.length === 0) placesToFit.push(...near);
	let projection: GeoProjection;
	let height: number;
	let land: Point[][];
	let onLand: (point: Point) => boolean;
	for (;;) {
		({ projection, height } = mainProjection(placesToFit, width));
		projection.clipExtent([
			[-1, -1],
			[width + 1, height + 1],
		]);
		const resolution = options.resolution ?? '50m';
		land = simplifiedLand(projection, resolution, MAIN_TOLERANCE, 12, options.allLand ? landOf(resolution) : landInView(resolution, projection));
		onLand = landTest(land);
		const paddedArea: Rect = { x0: PAD, y0: PAD, x1: width - PAD, y1: height - PAD };
		const offMap = near.find((place) => {
			if (placesToFit.includes(place)) return false;
			const [x, y] = projection(lonLat(place)) as Point;
			const clamped: Point = [Math.min(paddedArea.x1, Math.max(paddedArea.x0, x)), Math.min(paddedArea.y1, Math.max(paddedArea.y0, y))];
			return (clamped[0] !== x || clamped[1] !== y) && !onLand(clamped);
		});
		if (!offMap) break;
		placesToFit.push(offMap);
	}
	const markers: MapMarker[] = sharedDots(
		near.map((place) => {
			const [px, py] = projection(lonLat(place)) as Point;
			const x = Math.min(width - PAD, Math.max(PAD, px));
			const y = Math.min(height - PAD, Math.max(PAD, py));
			return { id: place.id, places: [place.id], name: place.name, kind: place.kind, x: Math.round(x), y: Math.round(y), dot: DOT_KINDS.has(place.kind), overview: false };
		}),
	);

	const overview = overviewProjection(places, OVERVIEW_WIDTH);
	const corner = overviewCorner(width, height, [OVERVIEW_WIDTH, overview.height], markers, onLand);
	const offset: Point = [corner.x0, corner.y0];
	for (const place of far) {
		const [x, y] = overview.projection(lonLat(place)) as Point;
		markers.push({ id: place.id, places: [place.id], name: place.name, kind: place.kind, x: Math.round(x + corner.x0), y: Math.round(y + corner.y0), dot: true, overview: true });
	}

	const request = (marker: MapMarker): LabelRequest => ({
		id: marker.id,
		// Area names are stacked early ("South / Korea"): a country is narrower on the map than its name.
		lines: labelLines(marker.name, marker.dot ? 14 : 8),
		x: marker.x,
		y: marker.y,
		style: labelStyleOf(marker.kind, marker.overview),
		ground: groundOf(marker.kind, marker.overview),
	});
	const dots = markers.filter((m) => m.dot).map((m) => dotRect(m.x, m.y));
	const frame = frameOnOverview(projection, overview.projection, width, height);
	const frameRect = rectAround(frame, offset);
	const overviewLabels = placeLabels(markers.filter((m) => m.overview).map(request), [...dots, frameRect], corner);
	const mainLabels = placeLabels(
		markers.filter((m) => !m.overview).map(request),
		[...dots, corner, ...overviewLabels.map((l) => l.rect)],
		{ x0: 0, y0: 0, x1: width, y1: height },
		onLand,
	);
	const labelById = new Map([...mainLabels, ...overviewLabels].map((label) => [label.id, label]));

	return {
		width,
		height,
		land: encodeRings(land),
		markers,
		labels: markers.map((m) => labelById.get(m.id) as MapLabel),
		overview: {
			...corner,
			land: encodeRings(overviewLand(overview), offset),
			frame: encodeRings([frame], offset),
		},
		labelSize: LABEL_SIZE,
		dotRadius: DOT_RADIUS,
	};
}
