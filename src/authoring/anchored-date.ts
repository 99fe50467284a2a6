/**
 * Dates counted from another date of the text ("Ten years later", "the day before", "that month"),
 * and seasons ("this fall", "last winter", "the spring of 2019").
 *
 * The one rule: a value is written finished only where a stated rule makes it certain; otherwise the
 * draft leaves it open with a note on what it weighed.
 * - An anchored phrase counts from the date the text last set, in reading order (the caller says
 *   which; see ./draft-dates.ts). The result has the precision of the phrase's unit, and is left open
 *   where the anchor is coarser than the unit ("two days later" after "In 1954"), where nothing set a
 *   date before it, and where the words name a week or a loose count ("the following week", "several
 *   years later").
 * - A season with a year is that season; "this", "last" and "next" count from publication; a bare
 *   "in the fall" is left open (this year's or last?).
 */
import { type CalendarDate, precisionOf, type SeasonCode, startOf } from '../lib/dates/calendar';

/** What a phrase resolves to: a finished date, or an open one with the note the editor reads. */
export type Reading = { date: CalendarDate; open?: undefined } | { date?: undefined; open: string };

const NUMBERS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';
const RANK: Record<string, number> = { year: 0, season: 1, month: 2, day: 3 };
const two = (n: number) => String(n).padStart(2, '0');

function shift(anchor: CalendarDate, count: number, unit: Unit): CalendarDate {
	const at = startOf(anchor);
	if (unit === 'day') at.setUTCDate(at.getUTCDate() + count);
	else if (unit === 'week') at.setUTCDate(at.getUTCDate() + 7 * count);
	else if (unit === 'month') at.setUTCMonth(at.getUTCMonth() + count);
	else at.setUTCFullYear(at.getUTCFullYear() + count * (unit === 'decade' ? 10 : 1));
	const year = String(at.getUTCFullYear()).padStart(4, '0');
	// The precision the unit gives: a day or a week a day, a month a month, a year or decade a year.
	if (unit === 'day' || unit === 'week') return `${year}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}`;
	if (unit === 'month') return `${year}-${two(at.getUTCMonth() + 1)}`;
	return year;
}

const needs: Record<Unit, 'year' | 'month' | 'day'> = { day: 'day', week: 'day', month: 'month', year: 'year', decade: 'year' };

/** "Ten years later", "the day before", "that month" counted from `anchor`, the date the text last set. */
export function anchoredDate(phrase: string, anchor: CalendarDate | undefined, { chained = false } = {}): Reading {
	const words = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
	if (!anchor) return { open: `"${phrase}" counts from a date the story gives before it, and none is given: the date it means` };
	const from = `"${phrase}" counted from ${anchor}, the date the story last gave`;
	let count: number | undefined;
	let unit: Unit | undefined;
	let sign = 1;
	let m: RegExpExecArray | null;
	if ((m = /^(?:the )?(\d{1,3}|[a-z]+(?: few)?) (day|week|month|year|decade)s? (later|earlier|before|after)$/.exec(words))) {
		count = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBERS[m[1]];
		unit = m[2] as Unit;
		sign = m[3] === 'later' || m[3] === 'after' ? 1 : -1;
		if (m[1] === 'the') count = 1;
	} else if ((m = /^the (next|following|previous|preceding|same) (day|month|year)$/.exec(words))) {
		unit = m[2] as Unit;
		count = m[1] === 'same' ? 0 : 1;
		sign = m[1] === 'previous' || m[1] === 'preceding' ? -1 : 1;
	} else if ((m = /^(?:(?:later|earlier) (?:that|in the) |that )(day|month|year)$/.exec(words))) {
		unit = m[1] as Unit;
		count = 0;
	}
	if (/^(?:later|earlier) in the (?:day|week|month|year)$/.test(words)) {
		return { open: `${from}: "${phrase}" may mean the ${words.split(' ').at(-1)} of publication or the one the story last gave (${anchor}); write the one meant` };
	}
	if (count === undefined || unit === undefined) {
		return { open: `${from}: "${phrase}" names no single ${/week/.test(words) ? 'day (a week is a span)' : 'date'}; write the date it means` };
	}
	// After "Ten years later", "two years later" may count from it or from the date before it: a
	// business story's "a year earlier" twice over means the same year both times.
	if (chained && count !== 0) {
		return { open: `${from}, itself counted from an earlier date: it may count from that date instead; write the date it means` };
	}
	const precision = precisionOf(anchor);
	// A season fixes its year: "Two years later" after "the summer of 2024" is 2026.
	if (precision === 'season' && needs[unit] === 'year') return { date: shift(anchor.slice(0, 4), sign * count, unit) };
	if (precision === undefined || precision === 'season' || RANK[precision] < RANK[needs[unit]]) {
		return { open: `${from}: ${anchor} is not precise enough to count ${unit}s from; the date it means` };
	}
	return { date: shift(anchor, sign * count, unit) };
}

const SEASON_CODES: Record<string, SeasonCode> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** A season phrase read from the publication day: `2019-SP`, or open where the words do not say which. */
export function seasonDate(phrase: string, published: CalendarDate): Reading {
	const words = phrase.toLowerCase();
	const name = /(spring|summer|fall|autumn|winter)/.exec(words)?.[1];
	if (!name) return { open: `"${phrase}": the season it means (YYYY-SP, -SU, -FA or -WI)` };
	const code = SEASON_CODES[name];
	const year = /\b(\d{4})\b/.exec(words)?.[1];
	if (year) return { date: `${year}-${code}` };
	const day = startOf(published).getTime();
	const seasonIn = (y: number) => ({ date: `${y}-${code}`, start: startOf(`${y}-${code}`).getTime() });
	const years = [-2, -1, 0, 1].map((offset) => Number(published.slice(0, 4)) + offset).map(seasonIn);
	const endOf = (season: ReturnType<typeof seasonIn>) => {
		const end = new Date(season.start);
		end.setUTCMonth(end.getUTCMonth() + 3);
		return end.getTime();
	};
	if (/^(?:this|that)\b/.test(words)) {
		// The season of publication if it is this one, else the one of the publication's year.
		const current = years.find((season) => season.start <= day && day < endOf(season));
		if (current) return { date: current.date };
		if (words.startsWith('that')) return { open: `"${phrase}" refers to a season the story gave before it: which year's ${name} (YYYY-${code})` };
		return { date: `${published.slice(0, 4)}-${code}` };
	}
	// "Last spring" seen from November may be this year's or last year's (English says both); seen
	// from January it is last year's. Only the second is written.
	if (/^last\b/.test(words)) {
		const thisYears = seasonIn(Number(published.slice(0, 4)) - (code === 'WI' && day < seasonIn(Number(published.slice(0, 4))).start ? 1 : 0));
		if (endOf(thisYears) <= day) return { open: `"${phrase}" may mean this year's ${name} (${thisYears.date}) or the one before, seen from ${published}: write the one meant` };
		return { date: [...years].reverse().find((season) => endOf(season) <= day)!.date };
	}
	if (/^next\b/.test(words)) return { date: years.find((season) => season.start > day)!.date };
	return { open: `"${phrase}" does not say which year's ${name}: write YYYY-${code}` };
}
