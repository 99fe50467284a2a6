import { describe, expect, it } from 'vitest';
import { columnScroll, followReading } from '../../../src/lib/reading';

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

describe('columnScroll', () => {
	const box = (offsetTop: number, offsetHeight = 100) => ({ offsetTop, offsetHeight });
	const view = { scrollTop: 500, clientHeight: 900 };

	it('stays when the marked entries are all in view', () => {
		expect(columnScroll([box(600), box(1200)], box(600), view)).toBeUndefined();
	});

	it('brings the marked entries to the top together when they fit, from the first screen on', () => {
		expect(columnScroll([box(2000), box(2300)], box(2300), { scrollTop: 0, clientHeight: 900 })).toBe(2000 - 48);
		// Out of view above: the same.
		expect(columnScroll([box(100), box(300)], box(300), view)).toBe(100 - 48);
	});

	it('puts the topmost paragraph’s entry at the top when the marked ones cannot all fit', () => {
		expect(columnScroll([box(700), box(1200), box(1700)], box(1200), view)).toBe(1200 - 48);
	});

	it('with none marked, shows the date last passed; with no such date, stays', () => {
		expect(columnScroll([], box(3000), view)).toBe(3000 - 48);
		expect(columnScroll([], undefined, view)).toBeUndefined();
	});
});
