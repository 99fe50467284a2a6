import { describe, expect, it } from 'vitest';
import { followReading, placeCard } from '../../src/lib/reading';

// The paragraph of each timeline entry, in timeline (date) order, as on a page.
const entries = [12, 7, 13, 18, 1, 1, 12];

describe('followReading', () => {
	it('marks the entries of every paragraph on screen and shows the topmost paragraph’s first entry', () => {
		expect(followReading(entries, [12, 13])).toEqual({ current: [0, 2, 6], show: 0 });
		expect(followReading(entries, [1, 2])).toEqual({ current: [4, 5], show: 4 });
	});

	it('with no entry on screen, shows the last one the reader has passed, and marks none', () => {
		expect(followReading(entries, [8, 9])).toEqual({ current: [], show: 1 });
		expect(followReading(entries, [14, 15, 16])).toEqual({ current: [], show: 2 });
	});

	it('shows nothing above the first dated paragraph, or when no paragraph is on screen', () => {
		expect(followReading([3, 4], [1, 2])).toEqual({ current: [], show: -1 });
		expect(followReading(entries, [])).toEqual({ current: [], show: -1 });
	});
});

describe('placeCard', () => {
	const link = { top: 100, bottom: 120, left: 300, width: 80 };

	it('goes below the link, not over it', () => {
		expect(placeCard(link, 320, 200, 1280, 900)).toEqual({ top: 124, left: 300 });
	});

	it('goes above the link when there is more room there than below', () => {
		expect(placeCard({ ...link, top: 800, bottom: 820 }, 320, 200, 1280, 900)).toEqual({ top: 596, left: 300 });
	});

	it('stays inside the viewport at the right edge', () => {
		expect(placeCard({ ...link, left: 1200 }, 320, 200, 1280, 900).left).toBe(1280 - 320 - 8);
	});
});
