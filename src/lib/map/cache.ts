/**
 * The one part of the map that is not pure: maps kept between and within builds. Projecting
 * coastlines is the slow part of a build, so the same places give the same map object once per build
 * (in memory), and a map drawn by an earlier build is read back from the disk cache (build-cache.ts)
 * while the code and land that drew it are unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheFolder, readCached, writeCached } from '../build/cache';
import { LAND_CODE_URL, landData } from './land';
import { DRAW_CODE_URL, drawLocatorMap, type LocatorMap, type LocatorMapOptions } from './draw';
import { GEOMETRY_CODE_URL } from './geometry';
import { LABELS_CODE_URL } from './labels';
import { type MapPlace, PROJECTION_CODE_URL } from './projection';

const mapsDrawn = new Map<string, LocatorMap>();
const MAP_CACHE = cacheFolder('maps');

// The code that draws maps, and the land it draws: a map kept from an earlier build is used only while
// all are what drew it. The modules' own files (the bundled chunks, in a build) stand for the code.
let codeKey: string | undefined;
function mapCodeKey(): string {
	if (codeKey === undefined) {
		const hash = createHash('sha256');
		try {
			const urls = [import.meta.url, GEOMETRY_CODE_URL, LABELS_CODE_URL, PROJECTION_CODE_URL, DRAW_CODE_URL, LAND_CODE_URL];
			for (const url of new Set(urls)) hash.update(readFileSync(fileURLToPath(url)));
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
 * build and kept for the next one (a warm rebuild reads the maps back).
 */
export function buildLocatorMap(places: MapPlace[], options: LocatorMapOptions = {}): LocatorMap {
	if (places.length === 0) throw new Error('A locator map needs at least one place');
	const key = JSON.stringify([places.map((p) => [p.id, p.name, p.kind, p.coordinates]), options]);
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
