/**
 * The date one phrase of a story means, read from its publication day: "1965", "the 1990s", "late 7th
 * or early 8th century", "March 3, 2024", "on Friday" (with the tense its sentence gives). Given the
 * kind of phrase `findDatePhrases` found, so it is tested phrase by phrase, apart from finding
 * phrases in a story (./draft-dates.ts, which writes one draft entry per phrase).
 *
 * Weekdays, months and relative phrases are read by the site's own rules (`readRelativeDate` in
 * src/lib/dates/calendar.ts), which the build applies again, so the draft and the build read them alike.
 */
// The English parser alone: chrono-node's index loads every language's (some 900 modules).
import * as chronoEn from 'chrono-node/en';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { type CalendarDate, isCalendarDate, readRelativeDate, startOf, type Tense } from '../lib/dates/calendar';
import { type DatePhrase, holidayDay } from '../lib/dates/phrases';
import { seasonDate } from './anchored-date';

/**
 * What a phrase resolves to: the fields of a timeline entry, or `open`, the note an open date field
 * carries (what the tool weighed, and what to write), where no stated rule makes the date certain.
 */
export interface ResolvedDate {
	date?: CalendarDate;
	tense?: Tense;
	end?: CalendarDate;
	display?: string;
	open?: string;
}

/** A year as a calendar date writes it: four digits (`0700`). */
export const pad = (year: number) => String(year).padStart(4, '0');
const two = (n: number) => String(n).padStart(2, '0');

/** "late 7th or early 8th century" → its first and last years, from the qualifiers the words give. */
function centuryRange(phrase: string): [number, number] | undefined {
	const parts = [...phrase.matchAll(/(?:(early|mid|middle|late)[-\s]+)?(\d{1,2})(?:st|nd|rd|th)/gi)];
	if (parts.length === 0) return undefined;
	const ranges = parts.map(([, qualifier, number]): [number, number] => {
		const first = (Number(number) - 1) * 100 + 1;
		const third = Math.round(100 / 3);
		switch (qualifier?.toLowerCase()) {
			case 'early':
				return [first, first + third - 1];
			case 'mid':
			case 'middle':
				return [first + third, first + 2 * third - 1];
			case 'late':
				return [first + 2 * third, first + 99];
			default:
				return [first, first + 99];
		}
	});
	return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
}

/** "the 1990s", "early 2000s", "'60s" → first and last years of the decade (a two-digit decade is the last one before `year`). */
function decadeRange(phrase: string, year: number): [number, number] | undefined {
	const full = /(\d{3})0s/.exec(phrase);
	let start: number | undefined = full ? Number(full[1]) * 10 : undefined;
	const short = /['’](\d)0s/.exec(phrase);
	if (start === undefined && short) {
		start = Math.floor(year / 100) * 100 + Number(short[1]) * 10;
		if (start > year) start -= 100;
	}
	if (start === undefined) return undefined;
	const qualifier = /\b(early|mid|late)\b/i.exec(phrase)?.[1].toLowerCase();
	if (qualifier === 'early') return [start, start + 3];
	if (qualifier === 'mid') return [start + 4, start + 6];
	if (qualifier === 'late') return [start + 7, start + 9];
	return [start, start + 9];
}

export const capitalised = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

/** A chrono reading of a phrase at the precision its words are certain of, from the publication day. */
function chronoDate(phrase: string, published: CalendarDate): CalendarDate | undefined {
	const [year, month, day] = published.split('-').map(Number);
	// Noon UTC: chrono works in the machine's time zone, and noon is the same day in all but the
	// farthest zones; the components are read back without a Date, so no zone moves them.
	const result = chronoEn.parse(phrase, new Date(Date.UTC(year, month - 1, day, 12)))[0];
	if (!result) return undefined;
	const get = (unit: 'year' | 'month' | 'day') => result.start.get(unit) as number;
	const certain = (unit: 'year' | 'month' | 'day' | 'weekday') => result.start.isCertain(unit);
	let date: string | undefined;
	if (certain('day') || certain('weekday')) date = `${pad(get('year'))}-${two(get('month'))}-${two(get('day'))}`;
	else if (certain('month')) date = `${pad(get('year'))}-${two(get('month'))}`;
	else if (certain('year')) date = pad(get('year'));
	return date && isCalendarDate(date) ? date : undefined;
}

/** Month names as the site's rules read them: chrono accepts "Jan 5" and "Sep. 5", dates.ts wants "Jan. 5" or "January 5". */
function asSiteWords(phrase: string): string {
	const holiday = holidayDay(phrase);
	if (holiday) return holiday;
	const parsed = chronoEn.parse(phrase)[0];
	if (!parsed || parsed.start.isCertain('year')) return phrase;
	const month = parsed.start.isCertain('month') ? parsed.start.get('month') : undefined;
	if (month === undefined || month === null) return phrase;
	const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
	if (parsed.start.isCertain('day')) return `${name} ${parsed.start.get('day')}`;
	// "late last July" keeps the word that gives its direction: "last July".
	const direction = /\b(last|next|this)\s+(?:\p{L}+\s+)?$/iu.exec(phrase.slice(0, phrase.search(new RegExp(name.slice(0, 3), 'i'))))?.[1];
	return direction ? `${direction.toLowerCase()} ${name}` : name;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** How far a date is from publication: in months for a month (July seen from January is six), else in days. */
function distance(date: CalendarDate, published: CalendarDate): number {
	const [from, to] = [startOf(date), startOf(published)];
	return Math.abs(date.length === 7 ? differenceInCalendarMonths(from, to) : differenceInCalendarDays(from, to));
}

/**
 * The date a phrase means read from `published`, with the tense the sentence needs (only if it matters).
 * The tense may be given as a function, asked only where the words leave the direction open: reading
 * a sentence's tense is the costliest step of drafting, and most phrases never need it.
 */
export function resolvePhrase(
	found: Pick<DatePhrase, 'phrase' | 'kind'>,
	published: CalendarDate,
	tenseOfSentence?: Tense | (() => Tense | undefined),
	/** Whether the verb the phrase belongs to is a plain present ("The election is on Nov. 3"); asked only where it matters. */
	presentTense: () => boolean = () => false,
): ResolvedDate {
	const year = Number(published.slice(0, 4));
	switch (found.kind) {
		case 'year':
			return { date: /\d{4}/.exec(found.phrase)?.[0] };
		case 'span': {
			const [start, end] = found.phrase.match(/\d{4}|\d{2}$/g) ?? [];
			// "1957-58": the end in the start's century, or the next one's ("1998-02" is 1998-2002).
			if (start && end?.length === 2) {
				const century = Number(start.slice(0, 2)) * 100;
				const last = century + Number(end) < Number(start) ? century + 100 + Number(end) : century + Number(end);
				return { date: start, end: pad(last) };
			}
			return { date: start, end };
		}
		case 'decade':
		case 'century': {
			const range = found.kind === 'decade' ? decadeRange(found.phrase, year) : centuryRange(found.phrase);
			if (!range) return {};
			const [first, last] = range;
			// A loose phrase ("late 7th or early 8th century") is shown as written and ordered by its
			// middle; a plain one ("the 1990s", "the 19th century") is the span it names.
			const loose = /\b(early|mid|middle|late|or)\b/i.test(found.phrase);
			if (!loose) return { date: pad(first), end: pad(last) };
			// A loose decade is ordered by its first year ("the late 1970s" by 1977: still the 1970s); a
			// loose century by its middle, rounded to a decade.
			return { date: found.kind === 'decade' ? pad(first) : pad(Math.round((first + last) / 2 / 10) * 10), display: capitalised(found.phrase) };
		}
		case 'full-date':
			return { date: chronoDate(found.phrase, published) };
		case 'season':
			return seasonDate(found.phrase, published);
		case 'era':
			return { open: `"${found.phrase}" names an era: write its first year as date and its last as end, or list the phrase under offTimeline` };
		case 'fiscal':
			return { open: `"${found.phrase}": a fiscal year is not the calendar year (the U.S. government's starts in October, Japan's in April); write the dates it covers (date and end), or the year the story means` };
		case 'anchored':
			// Counted from the date the story last gave: the caller knows it (./draft-dates.ts).
			return { open: `"${found.phrase}" counts from a date the story gives before it: the date it means` };
		default: {
			// Weekdays, months, month-days and relative phrases: the site's own rules, which the build
			// applies again, so what the draft writes is what the page will show.
			const words = asSiteWords(found.phrase);
			if (/\b(?:last|next|this|past|coming|that) week\b/i.test(words)) {
				return { open: `"${found.phrase}" is a week, not a day: write the day the story means if it says (YYYY-MM-DD), or list the phrase under offTimeline` };
			}
			if (/\bweekend\b/i.test(words)) {
				return { open: `"${found.phrase}" is two days, and the words do not say which weekend: write the day the story means if it says (YYYY-MM-DD), or list the phrase under offTimeline` };
			}
			const reading = readRelativeDate(words, published);
			if (!reading && /^(?:last|next) (?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(words)) {
				return { open: `"${found.phrase}" may mean this year's or ${/^last/.test(words) ? 'last' : 'next'} year's ${words.replace(/^\w+ /, '')}, seen from ${published}: write the month it means (YYYY-MM)` };
			}
			if (!reading) return { date: chronoDate(found.phrase, published) };
			if (!reading.open) return { date: reading.nearest };
			const both = `${reading.past} (tense: past) or ${reading.future} (tense: future)`;
			// A weekday written with its month and day ("Monday, Oct. 26") says which year: the one
			// where that day is that weekday.
			const weekday = WEEKDAY_NAMES.findIndex((name) => new RegExp(`\\b${name}\\b`, 'i').test(found.phrase));
			if (weekday >= 0 && found.kind !== 'weekday') {
				const fits = [reading.past, reading.future].filter((date) => date.length === 10 && startOf(date).getUTCDay() === weekday);
				if (fits.length === 1) return { date: fits[0] };
			}
			const sentenceTense = typeof tenseOfSentence === 'function' ? tenseOfSentence() : tenseOfSentence;
			// The occurrence nearest publication, unless the sentence's tense points the other way.
			if (reading.nearest === undefined && !sentenceTense) {
				return { open: `"${found.phrase}" is as near before publication as after it, and the sentence does not say which: ${both}` };
			}
			const weekdayOnly = WEEKDAY_NAMES.includes(found.phrase.replace(/^on\s+/i, '').trim().toLowerCase());
			// A month or month and day about as near either way (Aug. 6 seen from Feb. 6) needs the
			// sentence to say which: nearer by less than a quarter is no reason.
			const other = reading.nearest === reading.past ? reading.future : reading.past;
			if (!sentenceTense && !weekdayOnly && reading.nearest !== undefined && distance(other, published) < 1.25 * distance(reading.nearest, published)) {
				return { open: `"${found.phrase}" is about as near before publication as after it, and the sentence does not say which: ${both}` };
			}
			// "The election is on Nov. 3" in March: the present tense is how news speaks of what is
			// scheduled, so the nearest, last November, may well be the wrong one.
			if (!sentenceTense && !weekdayOnly && reading.nearest === reading.past && reading.past !== reading.future && presentTense()) {
				return { open: `"${found.phrase}": the nearest is ${reading.past}, but the sentence is in the present tense, which news uses for what is to come: ${both}` };
			}
			if (!sentenceTense || reading[sentenceTense] === reading.nearest) return { date: reading.nearest };
			// A weekday's readings are both within a week, and AP names weekdays only for that week: the
			// tense settles it. A month's or a month and day's lie a year apart, and a verb's tense is a
			// weaker sign than a date weeks away ("was set for Jan. 14", "is due to be published in May"):
			// it is followed only to a reading at most twice as far from publication as the nearest.
			const far = reading[sentenceTense];
			if (!weekdayOnly && reading.nearest !== undefined && distance(far, published) > 2 * distance(reading.nearest, published)) {
				return { open: `"${found.phrase}": the nearest is ${reading.nearest}, but the sentence's verb reads ${sentenceTense} (${far}), much farther from publication; write the one meant: ${both}` };
			}
			return { date: far, tense: sentenceTense };
		}
	}
}
