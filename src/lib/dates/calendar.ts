/**
 * Calendar dates, end to end.
 *
 * A timeline date is a calendar date at some precision: a year (`1965`), a month (`2025-11`) or a day
 * (`2026-01-13`). It is never an instant, so it must not pass through the machine's time zone: every
 * `Date` made here is a `UTCDate` (from `@date-fns/utc`), whose getters and date-fns arithmetic all work
 * in UTC, so a build in Honolulu and one in Tokyo print the same day.
 *
 * This module is the one place where dates are parsed, compared, resolved and formatted. It runs to
 * about 390 lines because those four jobs share the calendar-date type, the UTC rule and the AP month
 * names, and a newcomer looking for "where is a date handled?" should find one file, as STYLE.md asks.
 */
import { UTCDate } from '@date-fns/utc';
// date-fns one function a module: its index loads some 250 modules, and Node reads date-fns' 200 KB
// package.json again for each, which cost `npm run check` and `npm run new` about a second at start.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInCalendarYears } from 'date-fns/differenceInCalendarYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { format } from 'date-fns/format';
import { nextDay } from 'date-fns/nextDay';
import { previousDay } from 'date-fns/previousDay';
import { subDays } from 'date-fns/subDays';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import type { Day } from 'date-fns';

type Precision = 'year' | 'season' | 'month' | 'day';

/**
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a season `YYYY-SP`, `YYYY-SU`, `YYYY-FA`, `YYYY-WI` (TimeML's
 * notation): the only shapes a calendar date takes in this codebase.
 */
export type CalendarDate = string;

/**
 * Seasons are the northern hemisphere's meteorological ones, three whole months each: spring is
 * March-May, summer June-August, fall September-November, and winter December to February of the
 * next year (`2000-WI` is the winter that starts in December 2000). A season sorts at its first day,
 * after the months before it and before the months it covers (Fall 2000 after July 2000, before
 * September 2000, which it contains), and is shown as `Fall 2000`.
 */
export const SEASONS = {
	SP: { name: 'Spring', firstMonth: 3 },
	SU: { name: 'Summer', firstMonth: 6 },
	FA: { name: 'Fall', firstMonth: 9 },
	WI: { name: 'Winter', firstMonth: 12 },
} as const;
export type SeasonCode = keyof typeof SEASONS;
const SEASON_DATE = /^(\d{4})-(SP|SU|FA|WI)$/;

/** The season a calendar date names (`2000-FA`), or undefined for any other shape. */
function seasonOf(date: string): { year: number; code: SeasonCode } | undefined {
	const match = SEASON_DATE.exec(date);
	return match ? { year: Number(match[1]), code: match[2] as SeasonCode } : undefined;
}

const PATTERNS: Record<Exclude<Precision, 'season'>, RegExp> = {
	year: /^(\d{4})$/,
	month: /^(\d{4})-(\d{2})$/,
	day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];

/**
 * Whether the digits name a real year, month and day in the proleptic Gregorian calendar (year 1 on;
 * month 13 or 2026-02-30 are not): what date-fns' isMatch answered, checked against it on every year,
 * without loading its parser (about a quarter of a second of every script's start).
 */
function exists(year: number, month = 1, day = 1): boolean {
	return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Every page asks for the precision of the same few hundred dates: answers are kept for the build
// (a calendar date's precision never changes).
const precisions = new Map<string, Precision | undefined>();

/** The precision of a calendar date, or undefined when the text is not a calendar date at all. */
export function precisionOf(text: string): Precision | undefined {
	if (precisions.has(text)) return precisions.get(text);
	let found: Precision | undefined = seasonOf(text) ? 'season' : undefined;
	for (const precision of found ? [] : (['day', 'month', 'year'] as const)) {
		const match = PATTERNS[precision].exec(text);
		if (match && exists(...(match.slice(1).map(Number) as [number, number?, number?]))) {
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
	const season = seasonOf(date);
	const [year, month = 1, day = 1] = season ? [season.year, SEASONS[season.code].firstMonth] : date.split('-').map(Number);
	const start = new UTCDate(0, 0, 1);
	// setUTCFullYear, unlike the Date constructor, does not map years 0-99 to 1900-1999.
	start.setUTCFullYear(year, month - 1, day);
	return start;
}

/** The last day a calendar date covers: Dec. 31 for a year, the month's last day for a month. */
function endOf(date: CalendarDate): UTCDate {
	const start = startOf(date);
	switch (precisionOf(date)) {
		case 'year':
			return endOfYear(start);
		case 'month':
			return endOfMonth(start);
		case 'season':
			return endOfMonth(addMonths(start, 2));
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

const COARSE_FIRST: Record<Precision, number> = { year: 0, season: 1, month: 2, day: 3 };

/** Chronological order; where two dates start on the same day the coarser one comes first. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
	const byStart = startTimeOf(a) - startTimeOf(b);
	const rank = (date: CalendarDate) => COARSE_FIRST[precisionOf(date) ?? 'day'];
	return byStart !== 0 ? byStart : rank(a) - rank(b);
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

interface ApDateOptions {
	/** Leave out the year when it is this one, as AP does for dates in the current year ("Sept. 5"). */
	omitYearIn?: number;
}

const formatRemembered = remembered((key) => {
	const [date = '', year] = key.split(' ');
	return formatAp(date, year ? { omitYearIn: Number(year) } : {});
});

/** A calendar date in AP style: `Jan. 13, 2026`, `Sept. 5`, `March 2025`, `Fall 2000`, `1965`. */
export function formatApDate(date: CalendarDate, options: ApDateOptions = {}): string {
	return formatRemembered(options.omitYearIn === undefined ? date : `${date} ${options.omitYearIn}`);
}

function formatAp(date: CalendarDate, options: ApDateOptions): string {
	const season = seasonOf(date);
	// Always with its year: "Winter" alone would not say which winter.
	if (season) return `${SEASONS[season.code].name} ${season.year}`;
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

/**
 * The value for an HTML `<time datetime>`: the calendar date itself at year, month and day precision;
 * a season, which HTML cannot write, as its year.
 */
export function toDatetimeAttribute(date: CalendarDate): string {
	return seasonOf(date) ? date.slice(0, 4) : date;
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
 * What a relative date phrase can mean, read from the publication day. A phrase whose words give
 * its direction ("a week ago", "last year", "yesterday") has one reading. An open phrase (a weekday,
 * a month, a month and day: "on Tuesday", "in November", "Aug. 15") names the last such day before
 * publication or the next one after it, and `nearest` is the closer of the two: the one a reader
 * takes, unless the sentence says otherwise. Where both are as near (a month six months away),
 * `nearest` is undefined and only `tense` can settle it.
 */
interface RelativeReading {
	/** True for a weekday, a month, or a month and day: phrases that may point either way. */
	open: boolean;
	past: CalendarDate;
	future: CalendarDate;
	nearest: CalendarDate | undefined;
}

/** Every reading of a relative date phrase (see `RelativeReading`), or undefined if it is not one. */
export function readRelativeDate(phrase: string, published: CalendarDate): RelativeReading | undefined {
	const key = `${published} ${phrase}`;
	if (!readings.has(key)) readings.set(key, readAgainst(phrase, published));
	return readings.get(key);
}

// The schema checks an entry's date and then resolves it, and the story's links resolve it again:
// each phrase is worked out once per publication day.
const readings = new Map<string, RelativeReading | undefined>();

const asDay = (date: Date) => format(date, 'yyyy-MM-dd');
const fixed = (date: CalendarDate): RelativeReading => ({ open: false, past: date, future: date, nearest: date });

function readAgainst(phrase: string, published: CalendarDate): RelativeReading | undefined {
	const today = startOf(published);
	const words = phrase.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(on|in|since|by) /, '');

	if (words === 'today') return fixed(asDay(today));
	if (words === 'yesterday') return fixed(asDay(subDays(today, 1)));
	if (words === 'tomorrow') return fixed(asDay(addDays(today, 1)));
	// "A week ago" is a day; "last week" and "next week" are seven days each, and which of them the
	// story means is not in the words: they have no reading, and an entry gives its day.
	if (words === 'a week ago') return fixed(asDay(subWeeks(today, 1)));
	if (words === 'this year') return fixed(format(today, 'yyyy'));
	if (words === 'last year') return fixed(format(subYears(today, 1), 'yyyy'));
	if (words === 'next year') return fixed(format(addYears(today, 1), 'yyyy'));

	const weekday = WEEKDAYS.indexOf(words);
	if (weekday >= 0) {
		// AP names the weekday for dates within a week of publication; the day itself means that day.
		if (today.getUTCDay() === weekday) return fixed(asDay(today));
		return nearestOf(asDay(previousDay(today, weekday as Day)), asDay(nextDay(today, weekday as Day)), published);
	}

	// "last June", "next March", "this September": the words give the direction. "Last June" seen
	// from March is June of last year; seen from August, this year's June or last year's (English
	// says both), so it has no reading and needs its date. Likewise "next March" seen from January.
	const directed = /^(last|next|this) ([a-z]+)$/.exec(words);
	if (directed && MONTHS.includes(directed[2])) {
		const index = MONTHS.indexOf(directed[2]);
		const current = today.getUTCMonth();
		const year = today.getUTCFullYear();
		const month = (y: number) => `${y}-${String(index + 1).padStart(2, '0')}`;
		if (directed[1] === 'this') return fixed(month(year));
		if (directed[1] === 'last') return index >= current ? fixed(month(year - 1)) : undefined;
		return index <= current ? fixed(month(year + 1)) : undefined;
	}

	const month = MONTHS.indexOf(words);
	if (month >= 0) {
		const inYear = (year: number) => `${year}-${String(month + 1).padStart(2, '0')}`;
		const year = today.getUTCFullYear();
		const current = today.getUTCMonth();
		if (month === current) return fixed(inYear(year));
		return nearestOf(inYear(month < current ? year : year - 1), inYear(month > current ? year : year + 1), published);
	}

	const monthDay = /^([a-z]+\.?) (\d{1,2})$/.exec(words);
	if (monthDay && monthDay[1] in MONTH_BEFORE_DAY) {
		const monthIndex = MONTH_BEFORE_DAY[monthDay[1]];
		const inYear = (year: number) =>
			`${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(Number(monthDay[2])).padStart(2, '0')}`;
		// Feb. 29 comes only in leap years: look as far as the next one each way.
		const within = (direction: -1 | 1) =>
			[0, 1, 2, 3, 4, 5, 6, 7, 8]
				.map((offset) => inYear(today.getUTCFullYear() + direction * offset))
				.find((date) => isCalendarDate(date) && Math.sign(differenceInCalendarDays(startOf(date), today)) !== -direction);
		const past = within(-1);
		const future = within(1);
		if (past === undefined || future === undefined) return undefined;
		return past === future ? fixed(past) : nearestOf(past, future, published);
	}
	return undefined;
}

function nearestOf(past: CalendarDate, future: CalendarDate, published: CalendarDate): RelativeReading {
	const today = startOf(published);
	const back = differenceInCalendarDays(today, startOf(past));
	const ahead = differenceInCalendarDays(startOf(future), today);
	// Months are compared by their distance in months, so that July seen from January is a tie.
	const [pastDistance, futureDistance] =
		precisionOf(past) === 'month'
			? [differenceInCalendarMonths(today, startOf(past)), differenceInCalendarMonths(startOf(future), today)]
			: [back, ahead];
	const nearest = pastDistance < futureDistance ? past : futureDistance < pastDistance ? future : undefined;
	return { open: true, past, future, nearest };
}

/**
 * The date a timeline entry stands for: its own `date`, or what its relative phrase resolves to; or
 * why neither will do, in words that point at the fix (usually `tense`, not the date).
 *
 * A relative phrase ("on Tuesday", "a week ago", "in November", "last year", "Aug. 15") resolves
 * against the publication day, at the precision the words support. An open phrase is the occurrence
 * nearest the publication day, unless `tense` says which way it points: "on Friday" in a story
 * published on a Monday is the Friday before, "on Wednesday" the one after, and `tense: future`
 * makes "on Friday" the coming one.
 */
export function resolveEntryDate(
	entry: { phrase: string; date?: CalendarDate; tense?: Tense },
	published: CalendarDate,
): { date: CalendarDate; resolved: CalendarDate | undefined } | { error: string } {
	const reading = readRelativeDate(entry.phrase, published);
	const resolved = reading && (entry.tense === undefined ? reading.nearest : reading[entry.tense]);
	const label = (date: CalendarDate) => formatApDate(date);
	if (entry.date === undefined && resolved === undefined) {
		if (reading?.open) {
			return {
				error: `is required: "${entry.phrase}" is as near before publication (${published}) as after it: ${label(reading.past)} or ${label(reading.future)}; add tense: past or tense: future to say which`,
			};
		}
		return {
			error: `is required: the phrase "${entry.phrase}" is not a relative date that can be resolved against the publication date`,
		};
	}
	if (entry.date !== undefined && reading !== undefined && entry.date !== resolved) {
		const means = resolved === undefined ? 'could mean either' : `means ${resolved}`;
		if (reading.open && entry.tense === undefined && (entry.date === reading.past || entry.date === reading.future)) {
			const tense = entry.date === reading.past ? 'past' : 'future';
			return {
				error: `is ${entry.date}, but "${entry.phrase}" read from ${published} ${means}, the nearest one; if the story means ${label(entry.date)}, add tense: ${tense} (the date may then be left out)`,
			};
		}
		if (reading.open && entry.tense !== undefined && entry.date === reading[entry.tense === 'past' ? 'future' : 'past']) {
			const other = entry.tense === 'past' ? 'future' : 'past';
			return {
				error: `is ${entry.date}, but "${entry.phrase}" with tense: ${entry.tense} ${means}; if the story means ${label(entry.date)}, change tense to ${other}`,
			};
		}
		const readings = reading.open ? ` (the one before publication is ${reading.past}, the one after ${reading.future})` : '';
		return {
			error: `is ${entry.date}, but the phrase "${entry.phrase}" read from ${published} ${means}${readings}; fix the date, or leave it out`,
		};
	}
	return { date: (entry.date ?? resolved) as CalendarDate, resolved };
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
