/** Maps kept within and between builds (src/lib/map/cache.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLocatorMap, drawLocatorMap } from '../../../../src/lib/map';
import { MAP_CODE_URLS } from '../../../../src/lib/map/cache';
import { AP_EXPLAINER, loadExplainer } from '../../../support/explainers';

const { data } = loadExplainer(AP_EXPLAINER);

describe('buildLocatorMap', () => {
	it('is computed once for the same places', () => {
		const map = buildLocatorMap(data.places);
		expect(buildLocatorMap(structuredClone(data.places))).toBe(map);
	});

	it('keeps maps between builds as they were drawn', () => {
		const beringStrait = [
			{ id: 'nome', name: 'nome', kind: 'city' as const, coordinates: [64.5, -165.4] as [number, number] },
			{ id: 'anadyr', name: 'anadyr', kind: 'city' as const, coordinates: [64.73, 177.5] as [number, number] },
		];
		expect(buildLocatorMap(beringStrait)).toEqual(drawLocatorMap(beringStrait));
	});

	it('is keyed by the code of every module that draws maps: a change to any of them draws maps afresh', async () => {
		// Every module of src/lib/map/ but the index, and every module of src/lib/ they import (but the cache's own store).
		const folder = 'src/lib/map';
		const modules = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'index.ts').map((file) => `${folder}/${file}`);
		const imported = modules.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '\.\.\/([\w/-]+)'/g)].map((match) => `src/lib/${match[1]}.ts`));
		const files = [...new Set([...modules, ...imported])].filter((file) => file !== 'src/lib/build/cache.ts');
		expect(files.length).toBeGreaterThan(8);
		const keyed = new Set(MAP_CODE_URLS.map((url) => new URL(url).pathname));
		for (const file of files) expect(keyed.has(pathToFileURL(file).pathname), `${file} is not in MAP_CODE_URLS (src/lib/map/cache.ts)`).toBe(true);
	});
});
