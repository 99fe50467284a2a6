/** Label lines, styles and placement (src/lib/map/labels.ts). */
import { describe, expect, it } from 'vitest';
import { labelLines } from '../../../../src/lib/map/labels';

describe('labels', () => {
	it('labelLines puts long names on two lines, split near the middle', () => {
		expect(labelLines('Tokyo')).toEqual(['Tokyo']);
		expect(labelLines('Chosei undersea coal mine site')).toEqual(['Chosei undersea', 'coal mine site']);
		expect(labelLines('South Korea', 8)).toEqual(['South', 'Korea']);
	});});
