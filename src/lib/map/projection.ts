/**
 * Where the map looks: which places are near the story and which far, the main map's projection
 * (equal-area, centred on the story, wide enough for the kinds of places it shows), and the world
 * overview in a corner, with the main map's outline carried onto it. Pure, but for one memo: an
 * overview's land is kept per centre, since it depends on nothing else (the answer is the same).
 */
import { geoAzimuthalEqualArea, geoCentroid, geoDistance, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, GeometryCollection, MultiPoint, Polygon } from 'geojson';
import type { Place } from '../../schemas/entities';
import { type Point, type Rect, simplifiedLand, simplifyRing } from './geometry';
import { LABEL_SIZE } from './labels';

/** This module's file, so the cache of maps can tell when the code that draws them has changed. */
export const PROJECTION_CODE_URL = import.meta.url;

export type MapPlace = Pick<Place, 'id' | 'name' | 'kind' | 'coordinates'> & { country?: string | undefined };

/** Places farther than this from the story's centre of gravity go on the world overview. */
const NEAR_RADIUS_KM = 3500;
const EARTH_RADIUS_KM = 6371;
/**
 * The main map shows at least this many degrees across, by the kind of the largest place it fits, so
 * a map of one city still shows where it is, and a map of one country shows its neighbours.
 */
const MIN_SPAN_DEGREES: Record<Place['kind'], number> = {
	site: 8,
	city: 8,
	bay: 8,
	lake: 8,
	strait: 8,
	island: 10,
	river: 12,
	gulf: 12,
	province: 12,
	state: 16,
	region: 16,
	sea: 16,
	country: 36,
};
/** Room kept free round the places the map is fitted to, in map units. */
export const PAD = 30;
/**
 * A map fitted to a country's outline keeps this share of its width (and height) free on each side,
 * so the country is seen among its neighbours; and shows at least this many degrees across (Luxembourg).
 */
const OUTLINE_MARGIN = 0.16;
const MIN_OUTLINE_SPAN_DEGREES = 8;
export const OVERVIEW_WIDTH = 220;
const OVERVIEW_TOLERANCE = 2;

export const lonLat = (place: MapPlace): Point => [place.coordinates[1], place.coordinates[0]];

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

/**
 * The main map's projection, fitted to `placesToFit` within `width`, and the height that fit needs.
 * Given a country's `outline` (its mainland), the map is centred on it and fitted to it and the places,
 * with a margin all round: a country's own page shows it among its neighbours.
 */
export function mainProjection(placesToFit: MapPlace[], width: number, outline?: Feature<Polygon>): { projection: GeoProjection; height: number } {
	const points: MultiPoint = { type: 'MultiPoint', coordinates: placesToFit.map(lonLat) };
	const [lon, lat] = outline ? geoCentroid(outline) : geoCentroid(points);
	const half = outline ? MIN_OUTLINE_SPAN_DEGREES / 2 : Math.max(...placesToFit.map((place) => MIN_SPAN_DEGREES[place.kind])) / 2;
	const spanned: MultiPoint = {
		type: 'MultiPoint',
		coordinates: [...points.coordinates, [lon - half, lat - half / 2], [lon + half, lat + half / 2]],
	};
	const fitted: GeometryCollection = { type: 'GeometryCollection', geometries: outline ? [spanned, outline.geometry] : [spanned] };
	const margin = outline ? Math.round(width * OUTLINE_MARGIN) : 0;
	// Equal-area and centred on the story: no region is drawn bigger than it is.
	const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);
	projection.fitWidth(width - 2 * (PAD + margin), fitted);
	const [[, y0], [, y1]] = geoPath(projection).bounds(fitted);
	const height = Math.round(Math.min(width * 0.75, Math.max(width * 0.55, y1 - y0 + 2 * (PAD + margin))));
	projection.fitExtent(
		[
			[PAD + margin, PAD + Math.min(margin, (height - 2 * PAD) * OUTLINE_MARGIN)],
			[width - PAD - margin, height - PAD - Math.min(margin, (height - 2 * PAD) * OUTLINE_MARGIN)],
		],
		fitted,
	);
	return { projection, height };
}

/** The longitude to centre the world overview on, so the story's places sit away from its edges. */
function overviewCentre(longitudes: number[]): number {
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

interface OverviewProjection {
	projection: GeoProjection;
	height: number;
	/** The centre's longitude, in whole degrees. */
	centre: number;
}

export function overviewProjection(places: MapPlace[], width: number): OverviewProjection {
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
const overviewLandByCentre = new Map<number, Point[][]>();
export function overviewLand(overview: OverviewProjection): Point[][] {
	let land = overviewLandByCentre.get(overview.centre);
	if (!land) {
		land = simplifiedLand(overview.projection, '110m', OVERVIEW_TOLERANCE, 16);
		overviewLandByCentre.set(overview.centre, land);
	}
	return land;
}

/** The corner for the overview: the one that hides no marker and the least land, bottom right if all agree. */
export function overviewCorner(
	width: number,
	height: number,
	size: [number, number],
	markers: readonly { x: number; y: number }[],
	onLand: (point: Point) => boolean,
): Rect {
	const [ow, oh] = size;
	const corners: Rect[] = [
		{ x0: width - ow, y0: height - oh, x1: width, y1: height },
		{ x0: 0, y0: height - oh, x1: ow, y1: height },
		{ x0: width - ow, y0: 0, x1: width, y1: oh },
		{ x0: 0, y0: 0, x1: ow, y1: oh },
	];
	const score = (corner: Rect, preference: number) => {
		const hidden = markers.filter(
			(m) =>
				m.x > corner.x0 - LABEL_SIZE * 3 && m.x < corner.x1 + LABEL_SIZE * 3 && m.y > corner.y0 - LABEL_SIZE && m.y < corner.y1 + LABEL_SIZE,
		).length;
		let onLandCount = 0;
		for (let i = 0; i < 8; i += 1) {
			for (let j = 0; j < 5; j += 1) {
				if (onLand([corner.x0 + ((i + 0.5) * ow) / 8, corner.y0 + ((j + 0.5) * oh) / 5])) onLandCount += 1;
			}
		}
		return hidden * 1000 + onLandCount * 2 + preference;
	};
	const ranked = corners.map((corner, preference) => ({ corner, score: score(corner, preference) })).sort((a, b) => a.score - b.score);
	return (ranked[0] as (typeof ranked)[number]).corner;
}

/** The main map's outline, carried onto the overview through longitude and latitude. */
export function frameOnOverview(main: GeoProjection, overview: GeoProjection, width: number, height: number): Point[] {
	const edge: Point[] = [];
	const steps = 8;
	for (let i = 0; i < steps; i += 1) edge.push([(width * i) / steps, 0]);
	for (let i = 0; i < steps; i += 1) edge.push([width, (height * i) / steps]);
	for (let i = steps; i > 0; i -= 1) edge.push([(width * i) / steps, height]);
	for (let i = steps; i > 0; i -= 1) edge.push([0, (height * i) / steps]);
	const ring = edge.map((point) => overview(main.invert?.(point) as Point) as Point);
	return simplifyRing(ring, 0.5, 0) ?? ring.map(([x, y]): Point => [Math.round(x), Math.round(y)]);
}
