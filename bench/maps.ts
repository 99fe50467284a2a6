/**
 * The locator maps a cold build of N synthetic explainers draws (each explainer's map, and one for each
 * place page), drawn here alone and timed in CPU time, so a change to src/lib/map/ can be measured
 * without building the site. Every map is drawn afresh (`drawLocatorMap`: no cache of either kind).
 *
 *   node bench/maps.ts [N=1000] [--profile] [--module path/to/map.ts]
 *
 * `--module` times another version of src/lib/map/index.ts (say, main's, copied beside its imports).
 *
 * Maps with the same places under other ids (the generator renames cities per group of explainers)
 * are drawn once each, as the build draws them. But the synthetic places all lie in East Asia, and
 * maps whose overviews share a centre share its land (src/lib/map/projection.ts), so the same number of maps of
 * places spread round the world is drawn as well: the cost per map when nothing repeats.
 */
// src/ imports its siblings without extensions (Vite resolves them); this lets plain Node find the `.ts`.
import '../scripts/ts-resolve.ts';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { entityFiles, OUT, SOURCE, variant } from './generate.ts';

const moduleArg = process.argv.indexOf('--module');
const { drawLocatorMap } = (await import(
	moduleArg === -1 ? '../src/lib/map/index.ts' : pathToFileURL(process.argv[moduleArg + 1] as string).href
)) as typeof import('../src/lib/map/index.ts');
type MapPlace = Parameters<typeof drawLocatorMap>[0][number];

const n = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1000);
const source = readFileSync(SOURCE, 'utf8');

// Each place's facts, from the files the generator writes beside the explainers (places/<id>.yaml).
const placeFacts = new Map(
	entityFiles(n)
		.filter(({ path }) => path.startsWith('places/'))
		.map(({ path, contents }) => [path.slice('places/'.length, -'.yaml'.length), load(contents) as Omit<MapPlace, 'id'>]),
);
const explainerMaps = new Map<string, MapPlace[]>();
const placeMaps = new Map<string, MapPlace[]>();
for (let i = 0; i < n; i++) {
	const { markdown } = variant(source, i, n);
	const frontmatter = load(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '') as { places?: { id: string }[] };
	const places = (frontmatter.places ?? []).map(({ id }) => {
		const { name, kind, coordinates } = placeFacts.get(id) as Omit<MapPlace, 'id'>;
		return { id, name, kind, coordinates };
	});
	if (places.length > 0) explainerMaps.set(JSON.stringify(places), places);
	for (const place of places) placeMaps.set(place.id, [place]);
}

// One place per map, every kind in turn, at every 7.3 degrees of longitude and 11 of latitude.
const kinds = ['city', 'country', 'site', 'region', 'island'] as const;
const spread: MapPlace[][] = [];
for (let i = 0; spread.length < explainerMaps.size + placeMaps.size; i += 1) {
	const [lat, lon] = [-55 + ((i * 11) % 136), -180 + ((i * 7.3) % 360)];
	spread.push([{ id: `p${i}`, name: `Place ${i}`, kind: kinds[i % kinds.length] as MapPlace['kind'], coordinates: [lat, lon] }]);
}

// Parsing the land and working out its caps happens once per build: measured apart from the maps.
let started = process.cpuUsage();
drawLocatorMap([...placeMaps.values()][0] as MapPlace[]);
const first = process.cpuUsage(started);

const session = new Session();
if (process.argv.includes('--profile')) {
	session.connect();
	session.post('Profiler.enable');
	session.post('Profiler.start');
}
const timed = (maps: MapPlace[][]) => {
	const start = process.cpuUsage();
	let bytes = 0;
	for (const places of maps) {
		const map = drawLocatorMap(places);
		bytes += map.land.length + map.overview.land.length;
	}
	const used = process.cpuUsage(start);
	return { ms: (used.user + used.system) / 1000, bytes };
};
const explainers = timed([...explainerMaps.values()]);
const places = timed([...placeMaps.values()]);
const world = timed(spread);
if (process.argv.includes('--profile')) {
	session.post('Profiler.stop', (error, result) => {
		if (error) throw error;
		mkdirSync(`${OUT}/profile`, { recursive: true });
		const file = `${OUT}/profile/maps-${Date.now()}.cpuprofile`;
		writeFileSync(file, JSON.stringify(result.profile));
		console.log(`profile: ${file}`);
	});
}

const row = (label: string, count: number, { ms, bytes }: { ms: number; bytes: number }) =>
	`${label.padEnd(16)} ${String(count).padStart(5)} maps  ${ms.toFixed(0).padStart(7)} ms CPU  ${(ms / count).toFixed(2).padStart(7)} ms each  ${Math.round(bytes / count)} path bytes each`;
console.log(`N = ${n}; first map (land parsed, caps worked out): ${((first.user + first.system) / 1000).toFixed(0)} ms CPU`);
console.log(row('explainer maps', explainerMaps.size, explainers));
console.log(row('place maps', placeMaps.size, places));
console.log(row('all', explainerMaps.size + placeMaps.size, { ms: explainers.ms + places.ms, bytes: explainers.bytes + places.bytes }));
console.log(row('round the world', spread.length, world));
