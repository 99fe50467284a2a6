/**
 * Finding the date phrases in a story's text: weekdays, months, month and day, relative phrases ("a
 * week ago", "last year"), full dates, years, spans ("1910-1945"), decades, centuries, seasons ("this
 * fall", "the spring of 2019"), eras ("World War II-era"), fiscal years, and phrases that count from another date of
 * the text ("Ten years later", "the day before", "that month": kind `anchored`).
 *
 * This only finds words; what they mean is resolved by our own rules in `dates.ts`. chrono-node
 * finds the phrases people write about days (weekdays, months, "a week ago"); it does not treat a
 * bare year, a span of years, a decade or a century as a date, so those are found by the patterns
 * below. Times of day ("in the afternoon") name no date and are passed over.
 */
// The English parser alone: chrono-node's index loads every language's (some 900 modules).
import * as chronoEn from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';

type DatePhraseKind =
	| 'weekday'
	| 'month'
	| 'month-day'
	| 'relative'
	| 'year'
	| 'span'
	| 'decade'
	| 'century'
	| 'full-date'
	| 'season'
	| 'era'
	| 'fiscal'
	| 'anchored';

export interface DatePhrase {
	/** The story's own words, as they stand in the paragraph. */
	phrase: string;
	/** 1-based. */
	paragraph: number;
	/** Where the phrase starts in the paragraph's text (0-based), and where it ends. */
	start: number;
	end: number;
	kind: DatePhraseKind;
}

const RELATIVE = /\b(?:ago|last|next|this|yesterday|today|tomorrow|tonight|earlier|later|previous|coming)\b/i;

// Years a news story dates things by: 1000-2099, standing alone (not "1,300" nor "$1965", nor part of
// "2026-01-12" or a longer number).
const YEAR = String.raw`(?:1\d{3}|20\d{2})`;
const SPANS = [
	new RegExp(String.raw`\b${YEAR}\s*[-–—]\s*${YEAR}\b`, 'g'),
	// "1957-58", "the 2009-10 season": the end year's last two digits.
	new RegExp(String.raw`\b${YEAR}[-–]\d{2}\b(?![-–]\d)`, 'g'),
	new RegExp(String.raw`\bfrom\s+${YEAR}\s+(?:to|through|until)\s+${YEAR}\b`, 'gi'),
	new RegExp(String.raw`\bbetween\s+${YEAR}\s+and\s+${YEAR}\b`, 'gi'),
];
const CENTURY =
	/\b(?:(?:early|mid|middle|late)[-\s]+)?\d{1,2}(?:st|nd|rd|th)(?:\s+(?:or|and|to)\s+(?:(?:early|mid|middle|late)[-\s]+)?\d{1,2}(?:st|nd|rd|th))?[-\s]centur(?:y|ies)\b/gi;
const DECADE = /\b(?:(?:early|mid|late)[-\s]+)?(?:1\d{2}|20\d)0s\b|['’]\d0s\b/g;
// A season needs a word that makes it a time ("this fall", "in the spring", "summer 2019"): "prices
// fall" is a verb, and "the fall of Saigon" an event.
const SEASON_WORD = String.raw`(?:spring|summer|fall|autumn|winter)`;
const SEASONS = [
	new RegExp(String.raw`\b(?:(?:early|late|mid)[-\s]+)?${SEASON_WORD}(?:\s+of)?\s+${YEAR}\b`, 'gi'),
	new RegExp(String.raw`\b${YEAR}\s+${SEASON_WORD}\b`, 'gi'),
	new RegExp(String.raw`\b(?:this|last|next|that|the|in|during|by)\s+(?:(?:early|late|mid)[-\s]+)?${SEASON_WORD}\b(?!\s+of\b)`, 'gi'),
];
// "World War II-era", "the Cold War era", "Depression-era": capitalised words naming the era.
const ERA = /\b\p{Lu}[\p{L}'’.]*(?:[-\s]+(?:\p{Lu}[\p{L}'’.]*|[IVX]+))*[-\s]era\b/gu;
// Counted from another date of the text, not from publication: "Ten years later", "two days
// earlier", "the day before", "a year after", "the following week", "that month", "later that year".
const COUNT = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several)`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?)`;
const ANCHORED = [
	new RegExp(String.raw`\b${COUNT}\s+${UNIT}\s+(?:later|earlier)\b`, 'gi'),
	// "before"/"after" counts from a date only where nothing follows it ("two days before."): "a week
	// after he met" counts from an event.
	new RegExp(String.raw`\b(?:${COUNT}\s+${UNIT}|the\s+(?:day|week|month|year|night))\s+(?:before|after)(?=\s*(?:[,.;:!?)"”]|$))`, 'gi'),
	new RegExp(String.raw`\bthe\s+(?:next|following|previous|preceding|same)\s+(?:day|week|month|year|morning|night|spring|summer|fall|autumn|winter)\b`, 'gi'),
	new RegExp(String.raw`\b(?:later|earlier)\s+(?:that|in\s+the)\s+(?:day|week|month|year)\b`, 'gi'),
	new RegExp(String.raw`\bthat\s+(?:day|week|month|year)\b(?!\s+(?:of|when|that|which)\b)`, 'gi'),
];
// "last May", "next June": chrono passes over a month that could be the verb "may"; the words give
// the direction (src/lib/dates/calendar.ts reads them).
// Holidays on a fixed day of the calendar, as month and day. A holiday whose day moves (Easter,
// Thanksgiving, Lunar New Year) or differs by country (Independence Day) is left to the editor.
const HOLIDAY_DAYS: Record<string, string> = {
	"new year's eve": 'December 31',
	"new year's day": 'January 1',
	'christmas eve': 'December 24',
	'christmas day': 'December 25',
	'boxing day': 'December 26',
	"valentine's day": 'February 14',
	'halloween': 'October 31',
	'fourth of july': 'July 4',
};
const HOLIDAY = /\b(?:New Year['’]s (?:Eve|Day)|Christmas (?:Eve|Day)|Boxing Day|Valentine['’]s Day|Halloween|Fourth of July)\b/g;

/** The month and day of a fixed holiday ("New Year's Eve" is "December 31"), or undefined. */
export function holidayDay(phrase: string): string | undefined {
	return HOLIDAY_DAYS[phrase.trim().replace(/^(?:on|by|since|until|at)\s+(?:the\s+)?/i, '').replace(/’/g, "'").toLowerCase()];
}

const DIRECTED_MONTH = /\b(?:last|next)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
// A fiscal year is not the calendar year (the U.S. government's fiscal 2013 began in October 2012).
const FISCAL = new RegExp(String.raw`\b(?:(?:this|last|next|the\s+current|the\s+previous|the\s+coming)\s+fiscal\s+year|fiscal(?:\s+year)?\s+${YEAR})\b`, 'gi');
const BARE_YEAR = new RegExp(String.raw`(?<![\d,.$€£¥-])\b${YEAR}\b(?![\d,]\d|-\d|s\b)`, 'g');

// "Two months after it closed" measures from another event; it names no date of its own. Nor does
// "after a week of storms" or "within a month": a length of time, from an event the words do not date
// (chrono reads them as a week or a month from today).
const ANCHORED_TO_EVENT = /\b(?:after|before)$|^(?:after|within|for|over)\s/i;

function chronoKind(result: ParsedResult): DatePhraseKind | undefined {
	if (ANCHORED_TO_EVENT.test(result.text.trim())) return undefined;
	const known = (component: 'day' | 'month' | 'year' | 'weekday') => result.start.isCertain(component);
	if (RELATIVE.test(result.text)) return 'relative';
	if (known('day') && known('month')) return known('year') ? 'full-date' : 'month-day';
	if (known('month')) return known('year') ? 'full-date' : 'month';
	if (known('weekday')) return 'weekday';
	return undefined;
}

/** The date phrases of a story, paragraph by paragraph, in reading order. */
export function findDatePhrases(paragraphs: readonly string[]): DatePhrase[] {
	// The reference date only steers how chrono reads a phrase, never what we report.
	const reference = new Date(Date.UTC(2000, 0, 1, 12));
	return paragraphs.flatMap((text, index) => {
		const paragraph = index + 1;
		const found: DatePhrase[] = [];
		const add = (start: number, raw: string, kind: DatePhraseKind) => {
			// chrono keeps a trailing comma or full stop ("on Tuesday,"); a phrase is the words only.
			const phrase = raw.replace(/[\s,;:]+$/, '').replace(/(?<!\b[A-Z][a-z]{2,3})\.$/, '');
			const end = start + phrase.length;
			if (found.some((other) => start < other.end && other.start < end)) return;
			found.push({ phrase, paragraph, start, end, kind });
		};
		const addAll = (regex: RegExp, kind: DatePhraseKind) => {
			for (const match of text.matchAll(regex)) add(match.index, match[0], kind);
		};
		// Longest first, so that "1910-1945" is one span, not two years, and "Jan. 5, 2024" one date.
		addAll(FISCAL, 'fiscal');
		for (const regex of SPANS) addAll(regex, 'span');
		for (const regex of SEASONS) addAll(regex, 'season');
		addAll(CENTURY, 'century');
		addAll(DECADE, 'decade');
		addAll(ERA, 'era');
		for (const regex of ANCHORED) addAll(regex, 'anchored');
		addAll(DIRECTED_MONTH, 'relative');
		addAll(HOLIDAY, 'month-day');
		for (const result of chronoEn.parse(text, reference)) {
			const kind = chronoKind(result);
			if (kind) add(result.index, result.text, kind);
		}
		addAll(BARE_YEAR, 'year');
		return found.sort((a, b) => a.start - b.start);
	});
}
