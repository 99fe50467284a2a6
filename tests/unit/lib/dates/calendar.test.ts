import { describe, expect, it } from 'vitest';
import {
	compareCalendarDates,
	describeGap,
	formatApDate,
	formatApSpan,
	isCalendarDate,
	normaliseDateInput,
	precisionOf,
	readRelativeDate,
	resolveEntryDate,
	toDatetimeAttribute,
} from '../../../../src/lib/dates/calendar';
import { resolvedDate } from '../../../support/dates';

const PUBLISHED = '2026-01-12'; // Monday

describe('precisionOf / isCalendarDate', () => {
	it('reads year, month and day precision', () => {
		expect(precisionOf('1965')).toBe('year');
		expect(precisionOf('2025-11')).toBe('month');
		expect(precisionOf('2026-01-13')).toBe('day');
		expect(precisionOf('0700')).toBe('year');
	});
	it('rejects impossible and malformed dates', () => {
		for (const bad of ['2026-02-30', '2025-13', '2026-1-5', '65', 'Jan. 5', '2026-01-12T10:00', '']) {
			expect(isCalendarDate(bad), bad).toBe(false);
		}
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2025-02-29')).toBe(false);
	});
});

describe('seasons', () => {
	it('are calendar dates written as TimeML writes them: YYYY-SP, -SU, -FA, -WI', () => {
		expect(precisionOf('2000-FA')).toBe('season');
		expect(isCalendarDate('2019-SP')).toBe(true);
		for (const bad of ['2000-fa', '2000-AU', '2000-Fall', '00-FA']) expect(isCalendarDate(bad), bad).toBe(false);
	});
	it('sort at their first month: Fall 2000 after July 2000, before the September it starts with', () => {
		const sorted = ['2000-12', '2000-09', '2000-FA', '2000-07', '2000', '2000-WI', '2001-01', '2000-SU'].sort(compareCalendarDates);
		expect(sorted).toEqual(['2000', '2000-SU', '2000-07', '2000-FA', '2000-09', '2000-WI', '2000-12', '2001-01']);
	});
	it('are shown with their year, and a season spans three months (winter into the next year)', () => {
		expect(formatApDate('2000-FA')).toBe('Fall 2000');
		expect(formatApDate('2000-FA', { omitYearIn: 2000 })).toBe('Fall 2000');
		expect(formatApDate('2012-WI')).toBe('Winter 2012');
		expect(formatApSpan('2019-SP', '2020-SU')).toBe('Spring 2019–Summer 2020');
		// Winter 2012 runs to the end of February 2013: nothing in it is 10 years after 2003.
		expect(describeGap('2003', '2012-WI')).toBe(undefined);
		expect(describeGap('1990', '2012-WI')).toBe('22 years later');
	});
	it('give an HTML datetime their year, which HTML can write', () => {
		expect(toDatetimeAttribute('2000-FA')).toBe('2000');
		expect(toDatetimeAttribute('2000-09')).toBe('2000-09');
	});
});

describe('readRelativeDate: a week', () => {
	it('reads "a week ago" as a day, and has no reading for "last week" or "next week", which are seven days', () => {
		expect(readRelativeDate('a week ago', '2026-01-12')?.nearest).toBe('2026-01-05');
		expect(readRelativeDate('last week', '2026-01-12')).toBeUndefined();
		expect(readRelativeDate('next week', '2026-01-12')).toBeUndefined();
	});
});

describe('readRelativeDate: a month with last, next or this', () => {
	it('is read as its words say, or not at all where English says both', () => {
		expect(readRelativeDate('last June', '2013-03-22')?.nearest).toBe('2012-06');
		expect(readRelativeDate('last March', '2013-03-22')?.nearest).toBe('2012-03');
		expect(readRelativeDate('next January', '2013-03-22')?.nearest).toBe('2014-01');
		expect(readRelativeDate('this September', '1998-02-05')?.nearest).toBe('1998-09');
		// Seen from March, "last February" is this year's or last year's.
		expect(readRelativeDate('last February', '1998-03-01')).toBeUndefined();
	});
});

describe('normaliseDateInput', () => {
	it('turns YAML timestamps back into the calendar date they were written as', () => {
		expect(normaliseDateInput(new Date(Date.UTC(2026, 0, 12)))).toBe('2026-01-12');
	});
	it('turns YAML numbers into four-digit years', () => {
		expect(normaliseDateInput(1965)).toBe('1965');
		expect(normaliseDateInput(700)).toBe('0700');
	});
	it('leaves an instant with a time of day for the schema to reject', () => {
		expect(isCalendarDate(String(normaliseDateInput(new Date('2026-01-12T09:30:00Z'))))).toBe(false);
	});
	it('passes strings through', () => {
		expect(normaliseDateInput('2025-11')).toBe('2025-11');
	});
});

describe('compareCalendarDates', () => {
	it('orders chronologically, coarser first on the same start', () => {
		const sorted = ['2026-01-13', '1965', '2026-01', '2026', '0700', '2025-11', '2026-01-01'].sort(compareCalendarDates);
		expect(sorted).toEqual(['0700', '1965', '2025-11', '2026', '2026-01', '2026-01-01', '2026-01-13']);
	});
});

describe('formatApDate', () => {
	it('abbreviates Jan., Feb., Aug., Sept., Oct., Nov., Dec. only with a day', () => {
		expect(formatApDate('2026-01-13')).toBe('Jan. 13, 2026');
		expect(formatApDate('2025-09-05')).toBe('Sept. 5, 2025');
		expect(formatApDate('2025-08-15')).toBe('Aug. 15, 2025');
		expect(formatApDate('2025-12-01')).toBe('Dec. 1, 2025');
		expect(formatApDate('2025-11')).toBe('November 2025');
		expect(formatApDate('2025-10')).toBe('October 2025');
	});
	it('spells out March through July always', () => {
		expect(formatApDate('2025-03-04')).toBe('March 4, 2025');
		expect(formatApDate('2025-07-20')).toBe('July 20, 2025');
		expect(formatApDate('2025-03')).toBe('March 2025');
	});
	it('writes years alone, and drops the current year on request', () => {
		expect(formatApDate('1965')).toBe('1965');
		expect(formatApDate('0700')).toBe('700');
		expect(formatApDate('2025-09-05', { omitYearIn: 2025 })).toBe('Sept. 5');
	});
	it('spans with an en dash', () => {
		expect(formatApSpan('1910', '1945')).toBe('1910–1945');
		expect(formatApSpan('2026-01-13', '2026-01-14')).toBe('Jan. 13–14, 2026');
		expect(formatApSpan('2026-01-30', '2026-02-02')).toBe('Jan. 30–Feb. 2, 2026');
	});
});

describe('resolveEntryDate: a relative phrase against Monday, Jan. 12, 2026', () => {
	it.each([
		['on Tuesday', 'future', '2026-01-13'],
		['on Wednesday', 'future', '2026-01-14'],
		['on Friday', 'past', '2026-01-09'],
		['on Monday', 'past', '2026-01-12'],
		['Monday', 'future', '2026-01-12'],
		['A week ago', 'past', '2026-01-05'],
		['in November', 'past', '2025-11'],
		['in October', 'past', '2025-10'],
		['in January', 'past', '2026-01'],
		['in March', 'future', '2026-03'],
		['last year', 'past', '2025'],
		['Aug. 15', 'past', '2025-08-15'],
		['Aug. 15', 'future', '2026-08-15'],
		['Jan. 12', 'past', '2026-01-12'],
		['Sept. 5', 'past', '2025-09-05'],
		['yesterday', 'past', '2026-01-11'],
	] as const)('%s (%s) is %s', (phrase, tense, expected) => {
		expect(resolvedDate(phrase, PUBLISHED, tense)).toBe(expected);
	});
	it('returns nothing for words that are not a relative date', () => {
		for (const phrase of ['1942 accident', 'in the afternoon', 'Feb. 30', 'since Takaichi took office']) {
			expect(resolvedDate(phrase, PUBLISHED), phrase).toBeUndefined();
		}
	});
});

describe('resolveEntryDate: a relative phrase with no tense is the occurrence nearest the publication day', () => {
	it.each([
		// Every relative date of the AP story, published Monday, Jan. 12, 2026.
		['on Tuesday', '2026-01-12', '2026-01-13'],
		['on Wednesday', '2026-01-12', '2026-01-14'],
		['on Friday', '2026-01-12', '2026-01-09'],
		['on Monday', '2026-01-12', '2026-01-12'],
		['Monday', '2026-01-12', '2026-01-12'],
		['in October', '2026-01-12', '2025-10'],
		['in November', '2026-01-12', '2025-11'],
		['in January', '2026-01-12', '2026-01'],
		['Aug. 15', '2026-01-12', '2025-08-15'],
		['A week ago', '2026-01-12', '2026-01-05'],
		['last year', '2026-01-12', '2025'],
		// A story published Monday, May 27, 2024: "by June 4" is a week later, not a year earlier.
		['by June 4', '2024-05-27', '2024-06-04'],
		['this year', '2024-05-27', '2024'],
		// Across the turn of the year, both ways.
		['Dec. 30', '2026-01-02', '2025-12-30'],
		['Jan. 2', '2025-12-30', '2026-01-02'],
		['in December', '2026-01-02', '2025-12'],
		['in January', '2025-12-30', '2026-01'],
		// Feb. 29 only falls in leap years.
		['Feb. 29', '2025-03-01', '2024-02-29'],
	] as const)('%s, published %s, is %s', (phrase, published, expected) => {
		expect(resolvedDate(phrase, published)).toBe(expected);
	});

	it('leaves a month as near in the past as in the future to tense', () => {
		expect(resolvedDate('in July', '2026-01-12')).toBeUndefined();
		expect(resolvedDate('in July', '2026-01-12', 'past')).toBe('2025-07');
		expect(resolvedDate('in July', '2026-01-12', 'future')).toBe('2026-07');
	});

	it('reads both ways for open phrases, one way for phrases whose words say which', () => {
		expect(readRelativeDate('on Friday', '2026-01-12')).toEqual({ open: true, past: '2026-01-09', future: '2026-01-16', nearest: '2026-01-09' });
		expect(readRelativeDate('last year', '2026-01-12')).toEqual({ open: false, past: '2025', future: '2025', nearest: '2025' });
	});
});

describe('resolveEntryDate', () => {
	it('resolves a relative phrase, and keeps a date that agrees with it', () => {
		expect(resolveEntryDate({ phrase: 'on Tuesday' }, '2026-01-12')).toEqual({ date: '2026-01-13', resolved: '2026-01-13' });
		expect(resolveEntryDate({ phrase: 'on Friday', date: '2026-01-09' }, '2026-01-12')).toEqual({ date: '2026-01-09', resolved: '2026-01-09' });
		expect(resolveEntryDate({ phrase: '1942 accident', date: '1942' }, '2026-01-12')).toEqual({ date: '1942', resolved: undefined });
	});

	it('points at tense, not the date, when the date is the other occurrence', () => {
		const outcome = resolveEntryDate({ phrase: 'on Friday', date: '2026-01-16' }, '2026-01-12');
		expect(outcome).toEqual({ error: expect.stringContaining('add tense: future') });
		expect((outcome as { error: string }).error).toContain('means 2026-01-09, the nearest one');
		expect(resolveEntryDate({ phrase: 'Aug. 15', date: '2026-08-15', tense: 'past' }, '2026-01-12')).toEqual({
			error: expect.stringContaining('change tense to future'),
		});
	});

	it('asks for the date when the phrase is no relative date, and for tense when the phrase is a tie', () => {
		expect(resolveEntryDate({ phrase: '1942 accident' }, '2026-01-12')).toEqual({ error: expect.stringContaining('is not a relative date') });
		expect(resolveEntryDate({ phrase: 'in July' }, '2026-01-12')).toEqual({
			error: expect.stringContaining('add tense: past or tense: future'),
		});
	});

	it('says what the phrase means when the date is neither occurrence', () => {
		expect(resolveEntryDate({ phrase: 'on Friday', date: '2026-01-02' }, '2026-01-12')).toEqual({
			error: expect.stringContaining('the one before publication is 2026-01-09, the one after 2026-01-16); fix the date'),
		});
	});
});

describe('describeGap', () => {
	it('names long gaps, from the end of the earlier date', () => {
		expect(describeGap('1942', '1965')).toBe('23 years later');
		expect(describeGap('1945', '1965')).toBe('20 years later');
	});
	it('stays quiet about short ones', () => {
		expect(describeGap('2025-10', '2025-11')).toBeUndefined();
		expect(describeGap('1965', '1970')).toBeUndefined();
	});
	it('rounds gaps between loose dates to centuries', () => {
		expect(describeGap('0725', '1910', { approximate: true })).toBe('About 1,200 years later');
		expect(describeGap('0700', '0725', { approximate: true })).toBeUndefined();
	});
});

describe('time zones', () => {
	it('formats the same calendar date whatever the process time zone', () => {
		// Vitest runs this file in one zone; the reproducibility build test covers far-west and far-east.
		expect(formatApDate('2026-01-12')).toBe('Jan. 12, 2026');
		expect(normaliseDateInput(new Date('2026-01-12'))).toBe('2026-01-12');
	});
});
