/** Maps kept within and between builds (src/lib/map/cache.ts). */
import { describe, expect, it } from 'vitest';
import { buildLocatorMap, drawLocatorMap } from '../../../../src/lib/map';
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
});
