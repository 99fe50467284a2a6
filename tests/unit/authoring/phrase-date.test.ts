import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../../src/authoring/phrase-date';
import { resolvedDate } from '../../support/dates';

const published = '2026-01-12'; // a Monday

describe('resolvePhrase', () => {
	it.each([
		[{ phrase: '1965', kind: 'year' }, { date: '1965' }],
		[{ phrase: '1910-1945', kind: 'span' }, { date: '1910', end: '1945' }],
		[{ phrase: 'from 1910 to 1945', kind: 'span' }, { date: '1910', end: '1945' }],
		[{ phrase: 'the 1990s', kind: 'decade' }, { date: '1990', end: '1999' }],
		[{ phrase: "the '60s", kind: 'decade' }, { date: '1960', end: '1969' }],
		[{ phrase: 'early 2000s', kind: 'decade' }, { date: '2000', display: 'Early 2000s' }],
		[{ phrase: '19th century', kind: 'century' }, { date: '1801', end: '1900' }],
		[{ phrase: 'late 7th or early 8th century', kind: 'century' }, { date: '0700', display: 'Late 7th or early 8th century' }],
		[{ phrase: 'March 3, 2024', kind: 'full-date' }, { date: '2024-03-03' }],
		[{ phrase: 'June 2019', kind: 'full-date' }, { date: '2019-06' }],
		[{ phrase: 'a week ago', kind: 'relative' }, { date: '2026-01-05' }],
		[{ phrase: 'last year', kind: 'relative' }, { date: '2025' }],
		[{ phrase: 'yesterday', kind: 'relative' }, { date: '2026-01-11' }],
		[{ phrase: 'two weeks ago', kind: 'relative' }, { date: '2025-12-29' }],
		[{ phrase: 'last month', kind: 'relative' }, { date: '2025-12' }],
		[{ phrase: 'Aug. 15', kind: 'month-day' }, { date: '2025-08-15' }],
	] as const)('%o', (found, expected) => {
		expect(resolvePhrase(found, published)).toMatchObject(expected);
	});

	it('leaves open a month or month and day whose sentence points a year away from a date weeks off', () => {
		// "was set for Jan. 14" in a story of Jan. 12: the past reading is 2025, a year before.
		const open = resolvePhrase({ phrase: 'Jan. 14', kind: 'month-day' }, published, 'past');
		expect(open.date).toBeUndefined();
		expect(open.open).toMatch(/the nearest is 2026-01-14, but the sentence's verb reads past \(2025-01-14\)/);
		// Within twice the distance the tense is followed: July seen from January is six months either way.
		expect(resolvePhrase({ phrase: 'in October', kind: 'month' }, '2026-03-20', 'past')).toEqual({ date: '2025-10' });
		expect(resolvePhrase({ phrase: 'in July', kind: 'month' }, '2026-03-20', 'past')).toEqual({ date: '2025-07', tense: 'past' });
		// A weekday's readings are a week apart: the tense settles it.
		expect(resolvePhrase({ phrase: 'on Tuesday', kind: 'weekday' }, published, 'past')).toEqual({ date: '2026-01-06', tense: 'past' });
	});

	it('leaves open a month as near either way when the sentence says nothing', () => {
		const open = resolvePhrase({ phrase: 'in July', kind: 'month' }, published);
		expect(open.date).toBeUndefined();
		expect(open.open).toMatch(/2025-07 \(tense: past\) or 2026-07 \(tense: future\)/);
	});

	it('reads a fixed holiday as its month and day, and a week as no day', () => {
		expect(resolvePhrase({ phrase: 'New Year’s Eve', kind: 'month-day' }, '2027-01-09')).toEqual({ date: '2026-12-31' });
		expect(resolvePhrase({ phrase: 'on Christmas Day', kind: 'month-day' }, '2026-12-20')).toEqual({ date: '2026-12-25' });
		expect(resolvePhrase({ phrase: 'next week', kind: 'relative' }, published).open).toMatch(/is a week, not a day/);
		expect(resolvePhrase({ phrase: 'last week', kind: 'relative' }, published).open).toMatch(/is a week, not a day/);
	});

	it('takes the year in which a weekday falls on the month and day written with it', () => {
		// Oct. 26 was a Sunday in 2025 and is a Monday in 2026.
		expect(resolvePhrase({ phrase: 'Monday, Oct. 26', kind: 'month-day' }, published, 'past')).toEqual({ date: '2026-10-26' });
	});

	it('keeps the direction of "late last July" and "this September", and leaves open "last February" seen from March', () => {
		expect(resolvePhrase({ phrase: 'late last July', kind: 'relative' }, '2013-03-22')).toEqual({ date: '2012-07' });
		expect(resolvePhrase({ phrase: 'this September', kind: 'relative' }, '1998-02-05')).toEqual({ date: '1998-09' });
		expect(resolvePhrase({ phrase: 'last February', kind: 'relative' }, '1998-03-01').open).toMatch(/this year's or last year's February/);
	});

	it('orders a loose decade by its first year, inside the decade', () => {
		expect(resolvePhrase({ phrase: 'the late 1970s', kind: 'decade' }, published)).toEqual({ date: '1977', display: 'The late 1970s' });
	});

	it('leaves open a month and day about as near either way when the sentence says nothing', () => {
		expect(resolvePhrase({ phrase: 'Aug. 6', kind: 'month-day' }, '1998-02-06').open).toMatch(/about as near before publication as after it/);
	});

	it('reads "Sep 5" (no AP dot) through the site\'s own rules as Sept. 5', () => {
		expect(resolvePhrase({ phrase: 'Sep 5', kind: 'month-day' }, published).date).toBe(resolvedDate('September 5', published));
	});

	it('writes tense only where the sentence gives another date than the default reading', () => {
		// Friday from a Monday: the one before (3 days) unless the sentence says it is coming.
		expect(resolvePhrase({ phrase: 'on Friday', kind: 'weekday' }, published, 'past')).toEqual({ date: '2026-01-09', tense: undefined });
		expect(resolvePhrase({ phrase: 'on Friday', kind: 'weekday' }, published, 'future')).toEqual({ date: '2026-01-16', tense: 'future' });
		expect(resolvePhrase({ phrase: 'on Friday', kind: 'weekday' }, published)).toEqual({ date: resolvedDate('on Friday', published), tense: undefined });
	});

	it('agrees with the site\'s rule for every weekday, month and relative phrase it writes', () => {
		for (const phrase of ['on Tuesday', 'Sunday', 'in November', 'in March', 'Dec. 25', 'this year', 'next year', 'tomorrow']) {
			for (const tense of ['past', 'future', undefined] as const) {
				const { date, tense: written, open } = resolvePhrase({ phrase, kind: 'weekday' }, published, tense);
				// Where the draft writes a date, it is the site's; where it leaves one open, it says why.
				if (date === undefined) expect(open, `${phrase} ${tense}`).toMatch(/tense: past\) or .* \(tense: future\)/);
				else expect(date, `${phrase} ${tense}`).toBe(resolvedDate(phrase, published, written));
			}
		}
	});
});
