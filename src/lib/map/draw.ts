/**
 * The locator map assembled: the places split into near and far, the main map fitted to them, the
 * land drawn, markers and the world overview placed, and every marker labelled. Pure: the same places
 * give the same map (`buildLocatorMap` in cache.ts keeps maps between builds; this draws afresh).
 */
import type { GeoProjection } from 'd3-geo';
import type { Place } from '../../schemas/entities';
import { landInView, landOf, type Resolution } from './land';
import { encodeRings, landTest, type Point, type Rect, simplifiedLand } from './geometry';
import {
	DOT_KINDS,
	DOT_RADIUS,
	dotRect,
	groundOf,
	LABEL_SIZE,
	type LabelRequest,
	labelLines,
	labelStyleOf,
	type MapLabel,
	placeLabels,
	sharedDots,
	sharedLabelLines,
} from './labels';
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
import { type CountryOutline, countryLabelPoint, countryOf, countryOutline, nearestCity } from './surroundings';

/** This module's file, so the cache of maps can tell when the code that draws them has changed. */
export const DRAW_CODE_URL = import.meta.url;

/** The drawing's width in SVG units. On a 375 px phone the map is ~343 px wide, so one unit is ~0.6 px. */
const MAP_WIDTH = 560;
/** Simplification tolerance in SVG units: below about a pixel nobody sees the difference, but bytes do. */
const MAIN_TOLERANCE = 2.4;

interface MapMarker {
	/** The first of the places it stands for. */
	id: string;
	/** Every place it stands for: places closer than a dot's width share one dot, and one label naming them all. */
	ids: string[];
	/** Their names, joined: "Tokyo, Yasukuni Shrine". */
	name: string;
	kind: Place['kind'];
	x: number;
	y: number;
	/** A dot is drawn for cities and sites, and for every place on the world overview. */
	dot: boolean;
	/** Drawn on the world overview, not the main map. */
	overview: boolean;
	/** Not one of the places given, but drawn round a place on its own page to say where it is: its country, the nearest city. */
	context: boolean;
}

export interface LocatorMap {
	width: number;
	height: number;
	/** The land, as one SVG path. */
	land: string;
	markers: MapMarker[];
	labels: MapLabel[];
	overview: Rect & { land: string; frame: string };
	/** On a country's own page, the country, drawn over the land in a stronger tone. */
	focus?: string;
	labelSize: number;
	dotRadius: number;
}

export interface LocatorMapOptions {
	width?: number;
	/** Natural Earth's 1:50m land by default; 1:110m is coarser and smaller. */
	resolution?: Resolution;
	/** Project every land polygon, not only those in view (the tests compare the two). */
	allLand?: boolean;
	/**
	 * A place's own page, one place: a country is shown among its neighbours (the map fitted to its mainland
	 * with a margin, the country in a stronger tone), a city with its country named, and a site with its
	 * country and the nearest city a reader may know (./surroundings.ts).
	 */
	surroundings?: boolean;
}

/** Which place's dot a shared dot is: a place given before one added for context, a city before a site in it. */
const dotPriority = (marker: MapMarker) => Number(marker.context) * 2 + Number(marker.kind !== 'city');

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
	const subject = options.surroundings && places.length === 1 ? places[0] : undefined;
	let outline: CountryOutline | undefined;
	const context: MapPlace[] = [];
	if (subject?.kind === 'country') outline = countryOutline(subject.country ?? subject.name);
	else if (subject && DOT_KINDS.has(subject.kind)) {
		for (const extra of [countryOf(subject), subject.kind === 'site' ? nearestCity(subject) : undefined]) if (extra) context.push(extra);
	}
	const split = splitNearAndFar([...places, ...context]);
	// What is added for context belongs on the main map, round the place, or nowhere.
	const near = split.near;
	const far = split.far.filter((place) => !context.includes(place));

	// A country is named, not pinpointed, and its centre can lie far inland (China's is in Qinghai):
	// fitting the map to it would spend the map on empty land. So countries do not steer the fit, and
	// one whose centre falls off the map is named at the nearest edge, as long as that point is land.
	// A country's own page is fitted to the country's mainland instead.
	const placesToFit = near.filter((place) => place.kind !== 'country');
	if (placesToFit.length === 0 && !outline) placesToFit.push(...near);
	let projection: GeoProjection;
	let height: number;
	let land: Point[][];
	let onLand: (point: Point) => boolean;
	const resolution = options.resolution ?? '50m';
	for (;;) {
		({ projection, height } = mainProjection(placesToFit, width, outline?.mainland));
		projection.clipExtent([
			[-1, -1],
			[width + 1, height + 1],
		]);
		land = simplifiedLand(projection, resolution, MAIN_TOLERANCE, 12, options.allLand ? landOf(resolution) : landInView(resolution, projection));
		onLand = landTest(land);
		const paddedArea: Rect = { x0: PAD, y0: PAD, x1: width - PAD, y1: height - PAD };
		const offMap = near.find((place) => {
			// What is added for context never moves the map: it is named where the map shows it, or not at all.
			if (placesToFit.includes(place) || context.includes(place)) return false;
			const [x, y] = projection(lonLat(place)) as Point;
			const clamped: Point = [Math.min(paddedArea.x1, Math.max(paddedArea.x0, x)), Math.min(paddedArea.y1, Math.max(paddedArea.y0, y))];
			return (clamped[0] !== x || clamped[1] !== y) && !onLand(clamped);
		});
		if (!offMap) break;
		placesToFit.push(offMap);
	}
	const padded: Rect = { x0: PAD, y0: PAD, x1: width - PAD, y1: height - PAD };
	const placed: MapMarker[] = near.flatMap((place) => {
		let [px, py] = projection(lonLat(place)) as Point;
		// A site's country is named on its land in view, as near its middle as the map shows.
		if (context.includes(place) && place.kind === 'country') {
			const point = countryLabelPoint(place.name, projection, padded, [px, py]);
			if (!point) return [];
			[px, py] = point;
		}
		const x = Math.min(width - PAD, Math.max(PAD, px));
		const y = Math.min(height - PAD, Math.max(PAD, py));
		const dot = DOT_KINDS.has(place.kind);
		return [{ id: place.id, ids: [place.id], name: place.name, kind: place.kind, x: Math.round(x), y: Math.round(y), dot, overview: false, context: context.includes(place) }];
	});
	// Places closer than a dot's width (Yasukuni Shrine in Tokyo, Horyu Temple by Nara) share one dot,
	// and one label naming them all; the dot is the first place's, by `dotPriority`.
	const namesOf = new Map<string, string[]>();
	const dotted = placed.filter((m) => m.dot).sort((a, b) => dotPriority(a) - dotPriority(b));
	const sharing = new Set<MapMarker>();
	for (const group of sharedDots(dotted)) {
		const [lead, ...rest] = group.map((i) => dotted[i] as MapMarker);
		if (!lead || rest.length === 0) continue;
		const members = [lead, ...rest];
		const names = members.map((m) => m.name);
		namesOf.set(lead.id, names);
		lead.ids = members.map((m) => m.id);
		lead.name = names.join(', ');
		lead.context = members.every((m) => m.context);
		for (const member of rest) sharing.add(member);
	}
	const markers = placed.filter((m) => !sharing.has(m));

	const overview = overviewProjection(places, OVERVIEW_WIDTH);
	const corner = overviewCorner(width, height, [OVERVIEW_WIDTH, overview.height], markers, onLand);
	const offset: Point = [corner.x0, corner.y0];
	for (const place of far) {
		const [x, y] = overview.projection(lonLat(place)) as Point;
		// On the overview a country or region is named over its land, with no dot; a city or site has its dot.
		markers.push({
			id: place.id,
			ids: [place.id],
			name: place.name,
			kind: place.kind,
			x: Math.round(x + corner.x0),
			y: Math.round(y + corner.y0),
			dot: DOT_KINDS.has(place.kind),
			overview: true,
			context: false,
		});
	}

	const request = (marker: MapMarker): LabelRequest => ({
		id: marker.id,
		// Area names are stacked early ("South / Korea"): a country is narrower on the map than its name.
		lines: namesOf.has(marker.id) ? sharedLabelLines(namesOf.get(marker.id) as string[]) : labelLines(marker.name, marker.dot && !marker.overview ? 14 : 8),
		x: marker.x,
		y: marker.y,
		style: labelStyleOf(marker.kind, marker.overview),
		beside: marker.dot,
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
	const focus = outline && encodeRings(simplifiedLand(projection, resolution, MAIN_TOLERANCE, 12, outline.shape));

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
		...(focus ? { focus } : {}),
		labelSize: LABEL_SIZE,
		dotRadius: DOT_RADIUS,
	};
}
