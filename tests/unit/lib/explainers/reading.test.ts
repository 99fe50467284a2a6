import { describe, expect, it } from 'vitest';
import { columnScroll, firstScreenEntry, followReading } from '../../../../src/lib/explainers/reading';

// The paragraph of each timeline entry, in timeline (date) order, as on a page.
const entries = [12, 7, 13, 18, 1, 1, 12];

describe('followReading', () => {
	it('marks the entries of every paragraph on screen and leads with the topmost paragraph’s entries', () => {
		expect(followReading(entries, [12, 13])).toEqual([[0, 2, 6], [0, 6]]);
		expect(followReading(entries, [1, 2])).toEqual([[4, 5], [4, 5]]);
	});

	it('with no entry on screen, leads with those of the last dated paragraph the reader has passed, and marks none', () => {
		expect(followReading(entries, [8, 9])).toEqual([[], [1]]);
		expect(followReading(entries, [14, 15, 16])).toEqual([[], [2]]);
	});

	it('leads with nothing above the first dated paragraph; below the story, with the last dated one', () => {
		expect(followReading([3, 4], [1, 2])).toEqual([[], []]);
		expect(followReading(entries, [])).toEqual([[], [3]]);
	});
});

describe('columnScroll', () => {
	const box = (offsetTop: number, offsetHeight = 100) => ({ offsetTop, offsetHeight });
	const view = [500, 900] as const;

	it('stays when the marked entries are all in view', () => {
		expect(columnScroll([box(600), box(1200)], [box(600)], ...view)).toBeUndefined();
	});

	it('brings the marked entries to the top together when they fit, from the first screen on', () => {
		expect(columnScroll([box(2000), box(2300)], [box(2300)], 0, 900)).toBe(2000 - 48);
		// Out of view above: the same.
		expect(columnScroll([box(100), box(300)], [box(300)], ...view)).toBe(100 - 48);
	});

	it('takes less room above them when that is what it takes for all to fit', () => {
		expect(columnScroll([box(700), box(1460)], [box(700)], ...view)).toBe(700 - 20);
	});

	it('when the marked ones cannot all fit, shows the leading paragraph’s entries with as many marked ones above them as fit, or puts the first of them at the top', () => {
		// ¶17 to ¶19 on screen: ¶18's three entries fit without ¶19's above them.
		expect(columnScroll([box(400), box(700), box(1200), box(1460)], [box(700), box(1200), box(1460)], ...view)).toBe(700 - 20);
		// The leading entries at the foot, 48 pixels up, to show the one marked above them as well.
		expect(columnScroll([box(700), box(1200), box(1700)], [box(1200), box(1700)], ...view)).toBe(1800 + 48 - 900);
		// The first screen on a short one: ¶1's date (the latest) at the foot, and ¶2's just before it above it.
		expect(columnScroll([box(100), box(200), box(700), box(1000)], [box(1000)], 0, 700)).toBe(1100 + 48 - 700);
		// Marked ones only below the leading: these at the top, as before.
		expect(columnScroll([box(1200), box(2200)], [box(1200)], ...view)).toBe(1200 - 48);
		// The leading entries too long for the column: the first at the top.
		expect(columnScroll([box(700), box(1200), box(2700)], [box(1200), box(2700)], ...view)).toBe(1200 - 48);
	});

	it('with none marked, shows the date last passed; with no such date, stays', () => {
		expect(columnScroll([], [box(3000)], ...view)).toBe(3000 - 48);
		expect(columnScroll([], [], ...view)).toBeUndefined();
	});
});

describe('firstScreenEntry', () => {
	it('starts the column at the topmost entry of the lede or the paragraph after it', () => {
		expect(firstScreenEntry(entries)).toBe(4);
		expect(firstScreenEntry([9, 2, 5, 1])).toBe(1);
	});

	it('leaves the column at its top where the opening paragraphs have no date', () => {
		expect(firstScreenEntry([3, 4, 7])).toBeUndefined();
		expect(firstScreenEntry([])).toBeUndefined();
	});
});
