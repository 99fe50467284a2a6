/**
 * The world's land (Natural Earth, from the world-atlas package), and the part of it a map can show.
 *
 * Projecting coastlines is the slow part of drawing a map, and most of a large polygon lies far from
 * any one map's view: Tokyo's map does not need the coasts of Portugal, but Eurasia is one polygon of
 * 11,000 points. So, once per build, every ring of every polygon is cut into short runs of points,
 * each with a cap on the sphere that holds it. For a view on a centred azimuthal projection, a run
 * whose cap lies wholly beyond the view's reach is replaced by the great arc between its ends, which
 * stays in the same cap. What is cut away is never drawn: d3 clips it. See `ringInView` for why the
 * rings that come out of projection and clipping are the ones projecting all the land gives (a unit
 * test compares them, and `bench/maps.ts` measures the difference in time).
 */
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { geoArea, geoRotation, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };
import land110 from 'world-atlas/land-110m.json' with { type: 'json' };

export type Resolution = '50m' | '110m';
type Point = [number, number];
type Vector = [number, number, number];

/** This module's file, so a cache of maps can tell when the code that chooses their land has changed. */
export const LAND_CODE_URL = import.meta.url;
/** The land's data, for the same reason. */
export const landData = (): string => JSON.stringify(land50) + JSON.stringify(land110);

/** Points per run of a ring: few enough that a run near the view costs little, enough that a far run is cheap to skip. */
const RUN_LENGTH = 32;
/** A run is cut short only when its cap clears the view's reach by this much (radians), and the points d3 tests by as much. */
const MARGIN = Math.PI / 180;

const RADIANS = Math.PI / 180;

function vectorOf([lon, lat]: Position | Point): Vector {
	const [λ, φ] = [(lon as number) * RADIANS, (lat as number) * RADIANS];
	const cosφ = Math.cos(φ);
	return [cosφ * Math.cos(λ), cosφ * Math.sin(λ), Math.sin(φ)];
}

const dot = (a: Vector, b: Vector) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const angleBetween = (a: Vector, b: Vector) => Math.acos(Math.max(-1, Math.min(1, dot(a, b))));

/** A cap on the sphere: its centre, a unit vector, and angular radius in radians. */
interface Cap {
	centre: Vector;
	radius: number;
}

/** The cap around the mean direction of some points, or a cap of the whole sphere when they cancel out. */
function capAround(vectors: Vector[]): Cap {
	let [x, y, z] = [0, 0, 0];
	for (const v of vectors) {
		x += v[0];
		y += v[1];
		z += v[2];
	}
	const length = Math.hypot(x, y, z);
	if (length < 1e-9 * vectors.length) return { centre: [1, 0, 0], radius: Math.PI };
	const centre: Vector = [x / length, y / length, z / length];
	let radius = 0;
	for (const v of vectors) radius = Math.max(radius, angleBetween(centre, v));
	return { centre, radius };
}

interface Run extends Cap {
	/** Indices of the run's first and last points in its ring; a run's last point is the next run's first. */
	start: number;
	end: number;
	/** The area between the run and the great arc from its last point back to its first (steradians). */
	sliver: number;
}

interface IndexedRing {
	coordinates: Position[];
	vectors: Vector[];
	runs: Run[];
}

interface IndexedPolygon extends Cap {
	polygon: Feature<Polygon>;
	rings: IndexedRing[];
	/** Its area in steradians. */
	area: number;
}

/**
 * The signed area (steradians) a closed path encloses, closed by the arc from its last point to its first:
 * d3's formula (triangles with the pole) without d3's choice of the smaller side, for small paths.
 */
function signedArea(points: Position[]): number {
	let sum = 0;
	let previous = points[points.length - 1] as Position;
	for (const point of points) {
		const [λ0, λ1] = [(previous[0] as number) * RADIANS, (point[0] as number) * RADIANS];
		const [φ0, φ1] = [((previous[1] as number) * RADIANS) / 2 + Math.PI / 4, ((point[1] as number) * RADIANS) / 2 + Math.PI / 4];
		const dλ = λ1 - λ0;
		const sign = dλ >= 0 ? 1 : -1;
		const k = Math.sin(φ0) * Math.sin(φ1);
		sum += Math.atan2(k * sign * Math.sin(sign * dλ), Math.cos(φ0) * Math.cos(φ1) + k * Math.cos(sign * dλ));
		previous = point;
	}
	// Round the pole, the sum differs from the area by a whole sphere.
	const area = 2 * sum;
	return area - 4 * Math.PI * Math.round(area / (4 * Math.PI));
}

function indexRing(coordinates: Position[]): IndexedRing {
	const vectors = coordinates.map(vectorOf);
	const runs: Run[] = [];
	for (let start = 0; start < coordinates.length - 1; start += RUN_LENGTH) {
		const end = Math.min(start + RUN_LENGTH, coordinates.length - 1);
		const cap = capAround(vectors.slice(start, end + 1));
		const sliver = Math.abs(signedArea(coordinates.slice(start, end + 1)));
		// A cap wider than a hemisphere need not hold the arcs between its points: such a run is never cut.
		runs.push({ start, end, sliver, ...(cap.radius < Math.PI / 2 ? cap : { centre: cap.centre, radius: Math.PI }) });
	}
	return { coordinates, vectors, runs };
}

// Parsing the land and indexing it is slow, so it happens once per build, not once per map.
const landCache = new Map<Resolution, Feature | FeatureCollection>();
/** The land as GeoJSON. */
export function landOf(resolution: Resolution): Feature | FeatureCollection {
	let cached = landCache.get(resolution);
	if (!cached) {
		const topology = (resolution === '50m' ? land50 : land110) as unknown as Topology<{ land: GeometryCollection }>;
		cached = feature(topology, topology.objects.land);
		landCache.set(resolution, cached);
	}
	return cached;
}

const indexCache = new Map<Resolution, IndexedPolygon[]>();
/** Every land polygon with a cap that holds it, and its rings cut into runs with theirs. */
function indexedLand(resolution: Resolution): IndexedPolygon[] {
	let cached = indexCache.get(resolution);
	if (!cached) {
		const land = landOf(resolution);
		const geometries = 'features' in land ? land.features.map((f) => f.geometry) : [land.geometry];
		const polygons = geometries.flatMap((geometry): Polygon['coordinates'][] =>
			geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [],
		);
		cached = polygons.map((coordinates) => {
			const rings = coordinates.map(indexRing);
			const polygon: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
			return { polygon, rings, area: geoArea(polygon), ...capAround(rings.flatMap((ring) => ring.vectors)) };
		});
		indexCache.set(resolution, cached);
	}
	return cached;
}

/** What a view needs to know to cut runs short: where it is, how far it reaches, and the points d3 tests. */
interface View {
	centre: Vector;
	/** The angular distance from the centre to the farthest point the view shows (a corner of its clip extent). */
	reach: number;
	/**
	 * Points no cut run may sweep over: the poles of d3's rotated frame and the point opposite the
	 * centre, where d3 asks whether a polygon holds the point its clipping starts from.
	 */
	avoid: Vector[];
}

function viewOf(projection: GeoProjection): View {
	const [[x0, y0], [x1, y1]] = projection.clipExtent() ?? [
		[0, 0],
		[0, 0],
	];
	const rotation = geoRotation(projection.rotate());
	const centre = vectorOf(rotation.invert([0, 0]));
	const corners: Point[] = [
		[x0, y0],
		[x1, y0],
		[x0, y1],
		[x1, y1],
	];
	// On a centred azimuthal projection the distance from the centre on the map grows with the distance on
	// the globe, so the farthest point of the (convex) extent is a corner.
	const reach = Math.max(
		...corners.map((corner) => {
			const inverted = projection.invert?.(corner);
			return inverted ? angleBetween(centre, vectorOf(inverted as Point)) : Math.PI;
		}),
	);
	const avoid = ([[0, 90], [0, -90], [180, 0]] as Point[]).map((point) => vectorOf(rotation.invert(point)));
	return { centre, reach, avoid };
}

/**
 * A ring with its far runs cut short to the great arc between their ends. A run is far when its cap
 * lies wholly beyond the view's reach (plus a margin), and holds none of the points d3 tests.
 *
 * Why the map does not change: the arc stays in the run's cap (a cap narrower than a hemisphere holds
 * the arcs between its points), so the ring is only deformed within caps the view cannot reach.
 * Projected, those caps lie outside the disc that holds the clip extent; d3 keeps every segment that
 * reaches the extent exactly as it was, and decides which corners of the extent are land by how the
 * ring winds round them, which a deformation outside the disc does not change. Before that, d3 clips
 * on the sphere, and asks whether the polygon holds the point opposite the centre, which it works out
 * from how the ring winds round its rotated frame's poles, where the ring crosses the meridian from
 * the south pole to that point, and, when the ring does not wind round the poles, the sign of its
 * area: no cut run sweeps over those three points, and a polygon is cut only where the caps of its
 * far runs' slivers (the areas between runs and their arcs) add up to less than half its area, so that
 * the sign holds too.
 */
function ringInView(ring: IndexedRing, far: boolean[]): Position[] {
	const { coordinates, runs } = ring;
	const out: Position[] = [coordinates[0] as Position];
	for (const [i, run] of runs.entries()) {
		if (far[i]) out.push(coordinates[run.end] as Position);
		else for (let k = run.start + 1; k <= run.end; k += 1) out.push(coordinates[k] as Position);
	}
	return out;
}

/**
 * The land a centred azimuthal projection can show within its clip extent: polygons whose caps lie
 * wholly beyond its reach are left out, and the far runs of the others are cut short (see `ringInView`).
 */
export function landInView(resolution: Resolution, projection: GeoProjection): FeatureCollection<Polygon> {
	const view = viewOf(projection);
	const beyond = view.reach + MARGIN;
	const isFar = (run: Run) =>
		angleBetween(view.centre, run.centre) - run.radius > beyond &&
		view.avoid.every((point) => angleBetween(point, run.centre) > run.radius + MARGIN);
	const features: Feature<Polygon>[] = [];
	for (const indexed of indexedLand(resolution)) {
		const distance = angleBetween(view.centre, indexed.centre);
		// A hair of slack for rounding; anything the test lets through is clipped by d3 as before.
		if (distance > view.reach + indexed.radius + 1e-6) continue;
		if (distance + indexed.radius <= beyond) {
			features.push(indexed.polygon);
			continue;
		}
		let cut = 0;
		const far = indexed.rings.map((ring) =>
			ring.runs.map((run) => {
				const isCut = isFar(run);
				if (isCut) cut += run.sliver;
				return isCut;
			}),
		);
		if (cut === 0 || cut >= indexed.area / 2) {
			features.push(indexed.polygon);
			continue;
		}
		const coordinates = indexed.rings.map((ring, r) => ringInView(ring, far[r] as boolean[]));
		features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } });
	}
	return { type: 'FeatureCollection', features };
}
