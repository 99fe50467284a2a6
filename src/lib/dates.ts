/**
 * Calendar dates, end to end.
 *
 * A timeline date is a calendar date at some precision: a year (`1965`), a month (`2025-11`) or a day
 * (`2026-01-13`). It is never an instant, so it must not pass through the machine's time zone: every
 * `Date` made here is a `UTCDate` (from `@date-fns/utc`), whose getters and date-fns arithmetic all work
 * in UTC, so a build in Honolulu and one in Tokyo print the same day.
 *
 * This module is the one place where dates are parsed, compared, resolved and formatted.
 */
import { UTCDate } from '@date-fns/utc';
import {
	addYears,
	differenceInCalendarDays,
	differenceInCalendarYears,
	endOfMonth,
	endOfYear,
	format,
	isMatch,
	nextDay,
	previousDay,
	subWeeks,
	subYears,
	type Day,
} from 'date-fns';

export type Precision = 'year' | 'month' | 'day';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the only shapes a calendar date takes in this codebase. */
export type CalendarDate = string;

const PATTERNS: Record<Precision, { regex: RegExp; format: string }> = {
	year: { regex: /^\d{4}$/, format: 'yyyy' },
	month: { regex: /^\d{4}-\d{2}$/, format: 'yyyy-MM' },
	day: { regex: /^\d{4}-\d{2}-\d{2}$/, format: 'yyyy-MM-dd' },
};

// Every page asks for the precision of the same few hundred dates, and isMatch is slow: answers are
// kept for the build (a calendar date's precision never changes).
const precisions = new Map<string, Precision | undefined>();

/** The precision of a calendar date, or undefined when the text is not a calendar date at all. */
export function precisionOf(text: string): Precision | undefined {
	if (precisions.has(text)) return precisions.get(text);
	let found: Precision | undefined;
	for (const precision of ['day', 'month', 'year'] as const) {
		const { regex, format: pattern } = PATTERNS[precision];
		// isMatch rejects impossible dates such as 2026-02-30 or month 13.
		if (regex.test(text) && isMatch(text, pattern)) {
			found = precision;
			break;
		}
	}
	if (text.length <= 10) precisions.set(text, found);
	return found;
}

export function isCalendarDate(text: string): text is CalendarDate {
	return precisionOf(text) !== undefined;
}

/**
 * Normalises what YAML hands us for a date into a calendar-date string. YAML reads an unquoted
 * `2026-01-12` as a timestamp at UTC midnight and `1965` as a number; both are turned back into text
 * here through their UTC fields, so the local time zone never sees them.
 */
export function normaliseDateInput(value: unknown): unknown {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return value;
		const isMidnightUtc =
			value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
		// A time of day means an instant, not a calendar date: leave it for the schema to reject.
		return isMidnightUtc ? format(new UTCDate(value), 'yyyy-MM-dd') : value.toISOString();
	}
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9999) {
		return String(value).padStart(4, '0');
	}
	return value;
}

/** The first day a calendar date covers, as a UTC date. */
export function startOf(date: CalendarDate): UTCDate {
	const [year, month = 1, day = 1] = date.split('-').map(Number);
	const start = new UTCDate(0, 0, 1);
	// setUTCFullYear, unlike the Date constructor, does not map years 0-99 to 1900-1999.
	start.setUTCFullYear(year, month - 1, day);
	return start;
}

/** The last day a calendar date covers: Dec. 31 for a year, the month's last day for a month. */
export function endOf(date: CalendarDate): UTCDate {
	const start = startOf(date);
	switch (precisionOf(date)) {
		case 'year':
			return endOfYear(start);
		case 'month':
			return endOfMonth(start);
		default:
			return start;
	}
}

// Every page of a build sorts, compares and labels the same few hundred calendar dates, and making
// UTC dates and formatting them is the slow part of that: the answers, which never change, are kept.
function remembered<T>(work: (key: string) => T): (key: string) => T {
	const answers = new Map<string, T>();
	return (key) => {
		if (answers.has(key)) return answers.get(key) as T;
		const answer = work(key);
		answers.set(key, answer);
		return answer;
	};
}

/** The first instant a calendar date covers, in milliseconds since 1970 (UTC). */
export const startTimeOf: (date: CalendarDate) => number = remembered((date) => startOf(date).getTime());

/** The first instant of the last day a calendar date covers, in milliseconds since 1970 (UTC). */
export const endTimeOf: (date: CalendarDate) => number = remembered((date) => endOf(date).getTime());

/** Chronological order; where two dates start on the same day the coarser one comes first. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
	const byStart = startTimeOf(a) - startTimeOf(b);
	return byStart !== 0 ? byStart : a.length - b.length;
}

// AP style abbreviates these months only when a day follows; March through July are never shortened.
const AP_MONTH_ABBREVIATIONS: Record<string, string> = {
	January: 'Jan.',
	February: 'Feb.',
	August: 'Aug.',
	September: 'Sept.',
	October: 'Oct.',
	November: 'Nov.',
	December: 'Dec.',
};

export interface ApDateOptions {
	/** Leave out the year when it is this one, as AP does for dates in the current year ("Sept. 5"). */
	omitYearIn?: number;
}

const formatRemembered = remembered((key) => {
	const [date = '', year] = key.split(' ');
	return formatAp(date, year ? { omitYearIn: Number(year) } : {});
});

/** A calendar date in AP style: `Jan. 13, 2026`, `Sept. 5`, `March 2025`, `1965`. */
export function formatApDate(date: CalendarDate, options: ApDateOptions = {}): string {
	return formatRemembered(options.omitYearIn === undefined ? date : `${date} ${options.omitYearIn}`);
}

function formatAp(date: CalendarDate, options: ApDateOptions): string {
	const start = startOf(date);
	const year = format(start, 'y');
	switch (precisionOf(date)) {
		case 'day': {
			const month = format(start, 'MMMM');
			const monthAndDay = `${AP_MONTH_ABBREVIATIONS[month] ?? month} ${format(start, 'd')}`;
			return start.getUTCFullYear() === options.omitYearIn ? monthAndDay : `${monthAndDay}, ${year}`;
		}
		case 'month':
			return start.getUTCFullYear() === options.omitYearIn
				? format(start, 'MMMM')
				: `${format(start, 'MMMM')} ${year}`;
		default:
			return year;
	}
}

/**
 * A span in AP style: `1910-1945` (with an en dash), `Jan. 13-14, 2026`, `Oct. 30, 2025-Jan. 5, 2026`.
 */
export function formatApSpan(start: CalendarDate, end: CalendarDate): string {
	const from = startOf(start);
	const to = startOf(end);
	const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
	if (precisionOf(start) === 'day' && precisionOf(end) === 'day' && sameYear) {
		const sameMonth = from.getUTCMonth() === to.getUTCMonth();
		const head = formatApDate(start, { omitYearIn: from.getUTCFullYear() });
		const tail = sameMonth ? format(to, 'd') : formatApDate(end, { omitYearIn: to.getUTCFullYear() });
		return `${head}–${tail}, ${format(to, 'y')}`;
	}
	return `${formatApDate(start)}–${formatApDate(end)}`;
}

/** The value for an HTML `<time datetime>`: the calendar date itself is a valid one at every precision. */
export function toDatetimeAttribute(date: CalendarDate): string {
	return date;
}

/** `2026-01-12T00:00:00Z`-style instant for metadata that wants one (Open Graph, JSON-LD, RSS). */
export function toIsoInstant(date: CalendarDate): string {
	return `${format(startOf(date), 'yyyy-MM-dd')}T00:00:00Z`;
}

export type Tense = 'past' | 'future';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
// How AP writes months before a day, plus the full names.
const MONTH_BEFORE_DAY: Record<string, number> = {
	'jan.': 0,
	'feb.': 1,
	'aug.': 7,
	'sept.': 8,
	'oct.': 9,
	'nov.': 10,
	'dec.': 11,
	...Object.fromEntries(MONTHS.map((name, index) => [name, index])),
};

/**
 * Resolves a story's relative date phrase ("on Tuesday", "a week ago", "in November", "last year",
 * "Aug. 15") against the publication day, at the precision the words support. `tense` says which way
 * an open phrase points: "on Tuesday" in a story about what will happen is the coming Tuesday.
 * Returns undefined for a phrase that is not a relative date.
 */
export function resolveRelativeDate(
	phrase: string,
	published: CalendarDate,
	tense: Tense = 'past',
): CalendarDate | undefined {
	const key = `${tense} ${published} ${phrase}`;
	if (resolved.has(key)) return resolved.get(key);
	const date = resolveAgainst(phrase, published, tense);
	resolved.set(key, date);
	return date;
}

// The schema checks an entry's date and then resolves it, and the story's links resolve it again:
// each phrase is worked out once per publication day.
const resolved = new Map<string, CalendarDate | undefined>();

function resolveAgainst(phrase: string, published: CalendarDate, tense: Tense): CalendarDate | undefined {
	const today = startOf(published);
	const words = phrase.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(on|in|since|by) /, '');
	const asDay = (date: UTCDate) => format(date, 'yyyy-MM-dd');

	if (words === 'today') return asDay(today);
	if (words === 'yesterday') return asDay(new UTCDate(today.getTime() - 86_400_000));
	if (words === 'tomorrow') return asDay(new UTCDate(today.getTime() + 86_400_000));
	if (words === 'a week ago' || words === 'last week') return asDay(subWeeks(today, 1));
	if (words === 'next week') return asDay(subWeeks(today, -1));
	if (words === 'this year') return format(today, 'yyyy');
	if (words === 'last year') return format(subYears(today, 1), 'yyyy');
	if (words === 'next year') return format(addYears(today, 1), 'yyyy');

	const weekday = WEEKDAYS.indexOf(words);
	if (weekday >= 0) {
		// AP names the weekday for dates within a week of publication; the day itself means that day.
		if (today.getUTCDay() === weekday) return asDay(today);
		const day = weekday as Day;
		return asDay(tense === 'future' ? nextDay(today, day) : previousDay(today, day));
	}

	const month = MONTHS.indexOf(words);
	if (month >= 0) {
		let year = today.getUTCFullYear();
		if (tense === 'past' && month > today.getUTCMonth()) year -= 1;
		if (tense === 'future' && month < today.getUTCMonth()) year += 1;
		return format(startOf(`${year}-${String(month + 1).padStart(2, '0')}`), 'yyyy-MM');
	}

	const monthDay = /^([a-z]+\.?) (\d{1,2})$/.exec(words);
	if (monthDay && monthDay[1] in MONTH_BEFORE_DAY) {
		const monthIndex = MONTH_BEFORE_DAY[monthDay[1]];
		const dayOfMonth = Number(monthDay[2]);
		for (let offset = 0; offset <= 1; offset++) {
			const year = today.getUTCFullYear() + (tense === 'past' ? -offset : offset);
			const candidate = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
			if (!isCalendarDate(candidate)) return undefined;
			const days = differenceInCalendarDays(startOf(candidate), today);
			if (tense === 'past' ? days <= 0 : days >= 0) return candidate;
		}
	}
	return undefined;
}

/**
 * How long passed between two timeline dates, as the timeline says it ("23 years later"), or
 * undefined when the gap is too short to be worth pointing out. `approximate` rounds to centuries,
 * for dates the story only gives loosely ("late 7th or early 8th century").
 */
export function describeGap(
	from: CalendarDate,
	to: CalendarDate,
	{ minimumYears = 10, approximate = false } = {},
): string | undefined {
	// Counted in calendar years, as a reader counts them: 1942 to 1965 is 23 years.
	const years = differenceInCalendarYears(startOf(to), startOf(from));
	if (endOf(from).getTime() >= startOf(to).getTime() || years < minimumYears) return undefined;
	if (!approximate) return `${years} years later`;
	// Between loose dates only a gap of centuries means anything.
	if (years < 100) return undefined;
	return `About ${(Math.round(years / 100) * 100).toLocaleString('en-US')} years later`;
}
