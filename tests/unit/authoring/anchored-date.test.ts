import { describe, expect, it } from 'vitest';
import { anchoredDate, seasonDate } from '../../../src/authoring/anchored-date';

describe('anchoredDate: counted from the date the text last set', () => {
	it('counts at the precision of its unit', () => {
		expect(anchoredDate('Ten years later', '1954')).toEqual({ date: '1964' });
		expect(anchoredDate('a year earlier', '2020-03-03')).toEqual({ date: '2019' });
		expect(anchoredDate('The day before', '2020-03-03')).toEqual({ date: '2020-03-02' });
		expect(anchoredDate('two weeks later', '2020-12-25')).toEqual({ date: '2021-01-08' });
		expect(anchoredDate('Two months later', '2020-11')).toEqual({ date: '2021-01' });
		expect(anchoredDate('the following year', '1998-07-14')).toEqual({ date: '1999' });
		expect(anchoredDate('That month', '2020-03-03')).toEqual({ date: '2020-03' });
		expect(anchoredDate('later that year', '2020-03')).toEqual({ date: '2020' });
	});

	it('is left open, saying why, where nothing set a date before it', () => {
		const reading = anchoredDate('Ten years later', undefined);
		expect(reading.date).toBeUndefined();
		expect(reading.open).toMatch(/none is given/);
	});

	it('is left open where the anchor is coarser than the count, or the words name a span or a loose count', () => {
		expect(anchoredDate('the day before', '1954').open).toMatch(/1954 is not precise enough to count days/);
		expect(anchoredDate('that month', '1954').open).toMatch(/not precise enough/);
		expect(anchoredDate('the following week', '2020-03-03').open).toMatch(/a week is a span/);
		expect(anchoredDate('several years later', '1954').open).toMatch(/names no single date/);
	});
});

describe('seasonDate: seasons, read from the publication day', () => {
	it('writes a season with a year as TimeML does', () => {
		expect(seasonDate('the spring of 2019', '2026-01-12')).toEqual({ date: '2019-SP' });
		expect(seasonDate('summer 2012', '2026-01-12')).toEqual({ date: '2012-SU' });
		expect(seasonDate('autumn 2000', '2026-01-12')).toEqual({ date: '2000-FA' });
	});

	it('reads this, last and next from publication; winter starts in December', () => {
		expect(seasonDate('this fall', '2000-07-10')).toEqual({ date: '2000-FA' });
		expect(seasonDate('this winter', '2026-01-12')).toEqual({ date: '2025-WI' });
		expect(seasonDate('last winter', '2026-01-12')).toEqual({ date: '2024-WI' });
		expect(seasonDate('last summer', '2026-01-12')).toEqual({ date: '2025-SU' });
		expect(seasonDate('next spring', '2026-01-12')).toEqual({ date: '2026-SP' });
		expect(seasonDate('next fall', '2026-10-01')).toEqual({ date: '2027-FA' });
	});

	it('leaves a season that does not say which year open', () => {
		expect(seasonDate('in the fall', '2026-01-12').open).toMatch(/which year's fall: write YYYY-FA/);
	});
});

describe('anchoredDate and seasonDate: what English leaves open', () => {
	it('leaves a count after a count open: it may count from either date', () => {
		expect(anchoredDate('two years later', '1964', { chained: true }).open).toMatch(/itself counted from an earlier date/);
		expect(anchoredDate('that year', '1964', { chained: true })).toEqual({ date: '1964' });
	});

	it('leaves "earlier in the year" open: the year of publication, or the one the story gave', () => {
		expect(anchoredDate('earlier in the year', '1988').open).toMatch(/the year of publication or the one the story last gave \(1988\)/);
	});

	it('leaves "last spring" open where this year\'s spring is over (this year\'s or last year\'s?)', () => {
		expect(seasonDate('last spring', '1989-11-02').open).toMatch(/this year's spring \(1989-SP\) or the one before/);
		expect(seasonDate('last spring', '1990-01-15')).toEqual({ date: '1989-SP' });
	});
});
