/**
 * The draft's timeline: one entry per date phrase of the story, each with the date it resolves to
 * written out, so the editor checks what the words mean instead of working it out.
 *
 * Phrases come from `findDatePhrases` (src/lib/dates/phrases.ts); their dates from `resolvePhrase`
 * (./phrase-date.ts), by the site's own rules (src/lib/dates/calendar.ts), so the draft and the build read
 * every phrase the same way. `tense` is written only where the sentence's tense gives another date than the site's
 * default reading would, and `paragraph` only where the phrase occurs more than once.
 */
import type { CalendarDate } from '../lib/dates/calendar';
import { type DatePhrase, findDatePhrases } from '../lib/dates/phrases';
import { countOccurrences } from '../lib/story/phrases';
import { presentAround, tenseAround } from '../lib/dates/sentence-tense';
import { anchoredDate } from './anchored-date';
import { capitalised, pad, type ResolvedDate, resolvePhrase } from './phrase-date';

/** Phrases the finder leaves out that still date an event: a time of day, and "N years ago". */
type ExtraKind = 'time-of-day' | 'years-ago' | 'since';

export interface DraftDate extends ResolvedDate {
	id: string;
	phrase: string;
	paragraph?: number;
	kind: DatePhrase['kind'] | ExtraKind;
}

// A time of day names no date of its own, but in a paragraph that has just given one it means that
// day: "on Wednesday will visit ... before returning home in the afternoon".
const TIME_OF_DAY = /\b(?:in the (?:morning|afternoon|evening)|later (?:that|the same) day|that (?:morning|afternoon|evening|night)|overnight)\b/g;
// "1,300 years of history", "more than 70 years ago": a count back from publication.
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100 };
const YEARS_AGO = /\b(?:(more than|over|nearly|almost|about|some|roughly)\s+)?(\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred)\s+(years|decades|centuries)\s+(?:ago|of history)\b/gi;

// "third meeting in less than three months since Takaichi took office": the event after "since"
// happened that long before publication, known to the precision of the unit.
const SINCE = /\b(?:(?:less than|more than|nearly|almost|about|some|over|just)\s+)?(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(days?|weeks?|months?|years?|decades?)\s+(?:after|since)\s+(\p{Lu}[^,.;:!?"“”]{2,60}?\b(?:took|became|began|started|was|were|came|won|left|died|joined|signed|launched|ended|returned|arrived|moved|announced|opened)\b[^,.;:!?"“”]{0,30}?)(?=[,.;:!?"“”]|\s+(?:and|but|as|when|while|after|before)\b|$)/gu;

const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

function sinceDate(count: string, unit: string, published: CalendarDate): CalendarDate | undefined {
	const n = COUNTS[count.toLowerCase()] ?? Number(count);
	const [year, month, day] = published.split('-').map(Number);
	const at = new Date(Date.UTC(year, month - 1, day));
	if (/^day/.test(unit)) at.setUTCDate(at.getUTCDate() - n);
	else if (/^week/.test(unit)) at.setUTCDate(at.getUTCDate() - 7 * n);
	else if (/^month/.test(unit)) at.setUTCMonth(at.getUTCMonth() - n);
	else at.setUTCFullYear(at.getUTCFullYear() - n * (/^decade/.test(unit) ? 10 : 1));
	const iso = at.toISOString();
	// The precision the unit gives: days and weeks a day, months a month, years a year.
	if (/^(day|week)/.test(unit)) return iso.slice(0, 10);
	if (/^month/.test(unit)) return iso.slice(0, 7);
	return iso.slice(0, 4);
}

function yearsAgo(match: RegExpMatchArray, published: CalendarDate): CalendarDate | undefined {
	const [, qualifier, count, unit] = match;
	const n = NUMBERS[count.toLowerCase().replace(/^a /, '')] ?? Number(count.replace(/,/g, ''));
	const years = n * (unit.toLowerCase() === 'decades' ? 10 : unit.toLowerCase() === 'centuries' ? 100 : 1);
	// "More than 1,300 years" before 2026 is before 726: the year before the count lands on.
	const year = Number(published.slice(0, 4)) - years - (/more than|over/i.test(qualifier ?? '') ? 1 : 0);
	return year > 0 ? pad(year) : undefined;
}

/**
 * The phrases `findDatePhrases` does not report that still date something: times of day that follow
 * a date in their paragraph, and counts of years back from publication.
 */
function findMoreDatePhrases(
	paragraphs: readonly string[],
	found: readonly DatePhrase[],
	published: CalendarDate,
	resolve: (phrase: DatePhrase) => CalendarDate | undefined,
): (Omit<DatePhrase, 'kind'> & { kind: ExtraKind; date: CalendarDate })[] {
	return paragraphs.flatMap((text, index) => {
		const paragraph = index + 1;
		const inParagraph = found.filter((phrase) => phrase.paragraph === paragraph);
		const overlaps = (start: number, end: number) => inParagraph.some((other) => start < other.end && other.start < end);
		const more: (Omit<DatePhrase, 'kind'> & { kind: ExtraKind; date: CalendarDate })[] = [];
		for (const match of text.matchAll(TIME_OF_DAY)) {
			const start = match.index;
			const end = start + match[0].length;
			// The last day named before it ("late 7th century" in between names no day).
			const date = inParagraph
				.filter((phrase) => phrase.end <= start)
				.map(resolve)
				.filter((day) => day?.length === 10)
				.at(-1);
			if (date && !overlaps(start, end)) more.push({ phrase: match[0], paragraph, start, end, kind: 'time-of-day', date });
		}
		for (const match of text.matchAll(SINCE)) {
			const phrase = `since ${match[3]}`;
			const start = match.index + match[0].lastIndexOf(phrase);
			const end = start + phrase.length;
			const date = sinceDate(match[1], match[2], published);
			if (date && !overlaps(start, end)) more.push({ phrase, paragraph, start, end, kind: 'since', date });
		}
		for (const match of text.matchAll(YEARS_AGO)) {
			const start = match.index;
			const end = start + match[0].length;
			const date = yearsAgo(match, published);
			if (date && !overlaps(start, end)) more.push({ phrase: match[0], paragraph, start, end, kind: 'years-ago', date });
		}
		return more;
	});
}

function slug(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The phrase, lengthened by the words before it (else after it) until it occurs once in its
 * paragraph: "on Friday" twice in one paragraph would tie two entries to the same words.
 */
function uniqueInParagraph(text: string, found: Pick<DatePhrase, 'phrase' | 'start' | 'end'>): string {
	if (countOccurrences(text, found.phrase) <= 1) return found.phrase;
	// Words before first ("to Berlin on Friday"): the words after often start with punctuation.
	const before = text.slice(0, found.start).match(/(?:[^\s,.;:!?]+\s+){1,4}$/)?.[0] ?? '';
	const previous = [...before.matchAll(/[^\s,.;:!?]+\s+/g)].map((m) => m[0]);
	for (let n = 1; n <= previous.length; n++) {
		const longer = previous.slice(-n).join('') + found.phrase;
		if (countOccurrences(text, longer) === 1) return longer;
	}
	const after = text.slice(found.end).match(/^(?:\s+[^\s,.;:!?]+){1,4}/)?.[0] ?? '';
	const next = [...after.matchAll(/\s+[^\s,.;:!?]+/g)].map((m) => m[0]);
	for (let n = 1; n <= next.length; n++) {
		const longer = found.phrase + next.slice(0, n).join('');
		if (countOccurrences(text, longer) === 1) return longer;
	}
	return found.phrase;
}

/**
 * A date phrase where it stands in the story (`at`: where it starts and ends in its paragraph), with
 * what it resolves to.
 */
export type StoryDate = Pick<DatePhrase, 'phrase' | 'paragraph'> & { at: { start: number; end: number }; kind: DraftDate['kind'] } & ResolvedDate;

// Words that make a count a comparison with an earlier period, in the clause before it.
const COMPARISON = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.|against|over)\b[^,;:]*$/i;

/** Where the story was filed, as far as dates care: the dateline's city, where it lies south of the equator. */
export interface StoryPlace {
	south?: string;
}

/**
 * Every date phrase of the story with its date, in reading order. A phrase counted from another date of
 * the text ("Ten years later", "the day before") is counted from the date the text last set, in
 * reading order: the last finished date at year, month or day precision (a span, a decade or a loose
 * date sets none); where there is none, or it is too coarse for the count, it is left open.
 */
export function readStoryDates(paragraphs: readonly string[], published: CalendarDate, where: StoryPlace = {}): StoryDate[] {
	// "a week after he met ..." counts from another event, not from a date: no date of its own.
	const found = findDatePhrases(paragraphs).filter((phrase) => phrase.kind === 'anchored' || !/\b(?:after|before)$/i.test(phrase.phrase));
	// The build's own reading of the sentence (src/lib/dates/sentence-tense.ts), so the draft never writes a
	// date the build calls a contradiction.
	const tenseOf = (phrase: DatePhrase) => tenseAround(paragraphs[phrase.paragraph - 1], phrase.start, phrase.end)?.tense;
	const presentOf = (phrase: DatePhrase) => () => presentAround(paragraphs[phrase.paragraph - 1], phrase.start, phrase.end);
	const resolvedOf = new Map(found.map((phrase) => [phrase, resolvePhrase(phrase, published, () => tenseOf(phrase), presentOf(phrase))]));
	const more = findMoreDatePhrases(paragraphs, found, published, (phrase) => resolvedOf.get(phrase)?.date);
	const all = [...found, ...more].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
	let anchor: CalendarDate | undefined;
	// Whether the anchor was itself counted from another date ("Ten years later").
	let chained = false;
	// Why the date the story last gave cannot be counted from: it was left open, or it is no single date
	// ("the 1990s", "more than 1,300 years ago"). A count after it never skips back to an older date.
	let unusable: string | undefined;
	return all.map((phrase): StoryDate => {
		const { phrase: words, paragraph, start, end, kind } = phrase;
		let resolved: ResolvedDate;
		if ('date' in phrase) {
			resolved = { date: phrase.date, display: phrase.kind === 'years-ago' ? capitalised(phrase.phrase.replace(/\s+of history$/i, ' ago')) : undefined };
		} else if (phrase.kind === 'anchored') {
			const before = paragraphs[paragraph - 1].slice(0, start);
			// "sales rose to $5 million from $4 million a year earlier": compared with the same period a
			// year before the one reported, which need not be the date the text last gave.
			resolved = COMPARISON.test(before.slice(before.search(/[^.!?]*$/)))
				? { open: `"${words}" compares with a period before the one the story reports: write the date of that period` }
				: unusable
					? { open: `"${words}" counts from the date the story gave before it, ${unusable}: write the date it means` }
					: anchoredDate(words, anchor, { chained });
		} else {
			resolved = resolvedOf.get(phrase) ?? {};
		}
		// Seasons are written as the northern hemisphere's months: south of the equator fall is March-May.
		if (kind === 'season' && resolved.date && where.south) {
			resolved = { open: `"${words}": the story was filed from ${where.south}, south of the equator, where the seasons are the other way round from the site's (${resolved.date} is the north's); write the months it means as date and end` };
		}
		// Every date the story gives becomes the one a later count starts from, each in its turn.
		if (resolved.date && !resolved.end && !resolved.display && /^\d{4}(?:-\d{2}){0,2}$|^\d{4}-(?:SP|SU|FA|WI)$/.test(resolved.date)) {
			chained = kind === 'anchored' && resolved.date !== anchor;
			anchor = resolved.date;
			unusable = undefined;
		} else {
			unusable = resolved.date ? `"${words}", which is no single date` : `"${words}", which is left open`;
		}
		return { phrase: words, paragraph, at: { start, end }, kind, ...resolved };
	});
}

/** Every date phrase of the story as a draft timeline entry, in story order. */
export function draftDates(paragraphs: readonly string[], published: CalendarDate, where: StoryPlace = {}): DraftDate[] {
	const story = paragraphs.join('\n\n');
	// A long story repeats its phrases ("on Tuesday"): each is counted in the whole story once.
	const counts = new Map<string, number>();
	const occurrences = (phrase: string) => {
		let count = counts.get(phrase);
		if (count === undefined) counts.set(phrase, (count = countOccurrences(story, phrase)));
		return count;
	};
	const ids = new Set<string>();
	return readStoryDates(paragraphs, published, where).map(({ at, ...found }) => {
		let id = slug(found.phrase.replace(/^(?:(?:on|in|since|by|the)\s+)+/i, '')) || 'date';
		for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
		ids.add(id);
		const phrase = uniqueInParagraph(paragraphs[found.paragraph - 1], { phrase: found.phrase, ...at });
		return {
			...found,
			id,
			phrase,
			// The build needs the paragraph only where the phrase is not unique.
			paragraph: occurrences(phrase) > 1 ? found.paragraph : undefined,
		};
	});
}
