/** Rings projected, simplified and encoded; land or sea (src/lib/map/geometry.ts). */
import { describe, expect, it } from 'vitest';
import { encodeRings, landTest, simplifyRing } from '../../../../src/lib/map/geometry';

describe('simplifying and encoding rings', () => {
	it('simplifyRing keeps the shape, snaps to whole units and drops specks', () => {
		const circle = Array.from({ length: 200 }, (_, i): [number, number] => [
			100 + 50 * Math.cos((i / 200) * 2 * Math.PI),
			100 + 50 * Math.sin((i / 200) * 2 * Math.PI),
		]);
		const simplified = simplifyRing(circle, 1, 4) as [number, number][];
		expect(simplified.length).toBeLessThan(40);
		expect(simplified.length).toBeGreaterThan(8);
		for (const [x, y] of simplified) {
			expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
			expect(Math.abs(Math.hypot(x - 100, y - 100) - 50)).toBeLessThan(1.5);
		}
		expect(simplifyRing([[0, 0], [1, 0], [1, 1], [0, 1]], 0.5, 4)).toBeUndefined();
	});
	it('encodeRings writes a start point, then short relative steps', () => {
		expect(encodeRings([[[0, 0], [10, 0], [10, -5]], [[3, 4], [2, 4], [2, 6]]])).toBe('M0 0l10 0 0-5zM3 4l-1 0 0 2z');
		expect(encodeRings([[[0, 0], [1, 1], [2, 0]]], [100, 50])).toBe('M100 50l1 1 1-1z');
	});});

describe('land or sea', () => {
	it('landTest answers as going over every edge does', () => {
		const rings: [number, number][][] = [
			[[0, 0], [100, 0], [100, 80], [0, 80]],
			[[20, 20], [40, 20], [30, 60]],
			[[90, 70], [140, 75], [120, 120]],
		];
		const everyEdge = ([x, y]: [number, number]) => {
			let inside = false;
			for (const ring of rings) {
				for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
					const [xi, yi] = ring[i] as [number, number];
					const [xj, yj] = ring[j] as [number, number];
					if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
				}
			}
			return inside;
		};
		const test = landTest(rings);
		for (let x = -5; x <= 150; x += 2.5) for (let y = -5; y <= 125; y += 2.5) expect(test([x, y]), `${x}, ${y}`).toBe(everyEdge([x, y]));
	});
});
