/**
 * The time of an update: when a later version of the story was sent, as the wire wrote it,
 * `2026-01-13T10:05+09:00` (ninjs `versioncreated`), with its offset, so the day is the sender's day
 * and the instant is exact. Shown to readers in AP style, "Jan. 13, 2026, 10:05 a.m. JST", in the
 * time zone the editor names (an IANA name, `Asia/Tokyo`), which must agree with the offset.
 *
 * Older entries of an updates log may give only a calendar day (`2026-01-13`): both shapes are read
 * here, and compared with each other by the day first.
 */
import { type CalendarDate, formatApDate, isCalendarDate } from '../dates/calendar';

/** `YYYY-MM-DDTHH:MM[:SS][.sss](Z|±HH:MM)`: a wire timestamp. Never read through the machine's zone. */
const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An update's `date`: a calendar day, or a time with its offset. */
export type UpdateTime = string;

interface ReadTime {
	day: CalendarDate;
	hours: number;
	minutes: number;
	/** Minutes east of UTC, as written. */
	offset: number;
	instant: Date;
}

function readTime(text: string): ReadTime | undefined {
	const match = TIME.exec(text);
	if (!match) return undefined;
	const [, day, hh, mm, ss = '0', zone] = match;
	const hours = Number(hh);
	const minutes = Number(mm);
	if (!isCalendarDate(day) || day.length !== 10 || hours > 23 || minutes > 59 || Number(ss) > 59) return undefined;
	const offset = zone === 'Z' ? 0 : Math.sign(Number(`${zone[0]}1`)) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
	if (Math.abs(offset) > 14 * 60) return undefined;
	const [year, month, date] = day.split('-').map(Number);
	const utc = new Date(0);
	utc.setUTCFullYear(year, month - 1, date);
	utc.setUTCHours(hours, minutes - offset, Number(ss), 0);
	return { day, hours, minutes, offset, instant: utc };
}

/** Whether the text is a wire timestamp with its offset (`2026-01-13T10:05+09:00`). */
export function isUpdateTimestamp(text: string): boolean {
	return readTime(text) !== undefined;
}

/** Whether an update's `date` is well formed: a calendar day, or a timestamp with its offset. */
export function isUpdateTime(text: string): text is UpdateTime {
	return (isCalendarDate(text) && text.length === 10) || isUpdateTimestamp(text);
}

/** The calendar day of an update as the sender wrote it: `2026-01-13T23:30-05:00` is Jan. 13. */
export function dayOfUpdate(time: UpdateTime): CalendarDate {
	return readTime(time)?.day ?? time.slice(0, 10);
}

/** The instant of an update in milliseconds; a bare day counts from its start in UTC. */
function instantOf(time: UpdateTime): number {
	return readTime(time)?.instant.getTime() ?? Date.parse(`${time.slice(0, 10)}T00:00:00Z`);
}

/**
 * Chronological order of two updates. A day without a time is compared by its day only: it comes
 * before any timestamp of a later day and after any of an earlier one, and equals its own day.
 */
export function compareUpdateTimes(a: UpdateTime, b: UpdateTime): number {
	const byDay = dayOfUpdate(a).localeCompare(dayOfUpdate(b));
	if (byDay !== 0 || !isUpdateTimestamp(a) || !isUpdateTimestamp(b)) return byDay;
	return instantOf(a) - instantOf(b);
}

/** The value of a `<time datetime>`, JSON-LD's `dateModified` and a sitemap's `lastmod`: `2026-01-13T10:05:00+09:00`. */
export function isoOfUpdate(time: UpdateTime): string {
	const read = readTime(time);
	if (!read) return time;
	const two = (n: number) => String(n).padStart(2, '0');
	const offset = read.offset === 0 ? 'Z' : `${read.offset > 0 ? '+' : '-'}${two(Math.floor(Math.abs(read.offset) / 60))}:${two(Math.abs(read.offset) % 60)}`;
	const seconds = /:(\d{2}):(\d{2})/.exec(time)?.[2] ?? '00';
	return `${read.day}T${two(read.hours)}:${two(read.minutes)}:${seconds}${offset}`;
}

/** The offset of an IANA time zone at an instant, in minutes east of UTC; undefined if the zone is unknown. */
export function zoneOffsetAt(zone: string, instant: Date): number | undefined {
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant);
	} catch {
		return undefined;
	}
	const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
	const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
	if (!match) return undefined;
	return match[1] ? Number(`${match[1]}1`) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** Whether the text is an IANA time zone name this runtime knows (`Asia/Tokyo`, `UTC`). */
export function isTimeZone(zone: string): boolean {
	return zoneOffsetAt(zone, new Date(0)) !== undefined && zone.trim() === zone;
}

const offsetName = (offset: number) =>
	offset === 0 ? 'GMT' : `GMT${offset > 0 ? '+' : '-'}${Math.floor(Math.abs(offset) / 60)}${Math.abs(offset) % 60 ? `:${String(Math.abs(offset) % 60).padStart(2, '0')}` : ''}`;

// The English-speaking locales whose data abbreviates their own zones (US, Britain and Europe,
// India, Australia, Canada, New Zealand): a zone's letters come from whichever of them has any.
const ABBREVIATING_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA', 'en-NZ'];

const shortName = (zone: string, locale: string, instant: Date, style: 'short' | 'long' = 'short') =>
	new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';

/** The abbreviations English locales give any zone around an instant (that season and the other), with their offsets. */
const knownAbbreviations = new Map<number, Map<string, Set<number>>>();
function abbreviationsAround(instant: Date): Map<string, Set<number>> {
	const year = instant.getUTCFullYear();
	let known = knownAbbreviations.get(year);
	if (!known) {
		known = new Map();
		for (const at of [new Date(Date.UTC(year, 0, 15)), new Date(Date.UTC(year, 6, 15))]) {
			for (const zone of Intl.supportedValuesOf('timeZone')) {
				for (const locale of ABBREVIATING_LOCALES) {
					const short = shortName(zone, locale, at);
					if (!/^[A-Z]{2,5}$/.test(short)) continue;
					if (!known.has(short)) known.set(short, new Set());
					known.get(short)!.add(zoneOffsetAt(zone, at) ?? 0);
				}
			}
		}
		knownAbbreviations.set(year, known);
	}
	return known;
}

/**
 * How a zone is abbreviated at an instant, as the wires write it: EST, GMT, CET, IST, AEDT; for a zone
 * no English locale abbreviates, the initials of its one-word name ("Japan Standard Time": JST,
 * "Korean Standard Time": KST) unless those letters already name a zone at another offset
 * ("Brasilia Standard Time" is not BST); otherwise its offset, "GMT-3".
 */
export function zoneAbbreviation(zone: string, instant: Date): string {
	if (/^(Etc\/)?(UTC|UCT|Universal|Zulu)$/.test(zone)) return 'UTC';
	for (const locale of ABBREVIATING_LOCALES) {
		const short = shortName(zone, locale, instant);
		if (/^[A-Z]{2,5}$/.test(short) && short !== 'UTC') return short;
	}
	const offset = zoneOffsetAt(zone, instant) ?? 0;
	const long = /^([A-Z][a-z]+) (Standard|Daylight|Summer) Time$/.exec(shortName(zone, 'en-US', instant, 'long'));
	const initials = long && `${long[1][0]}${long[2][0]}T`;
	const taken = initials ? abbreviationsAround(instant).get(initials) : undefined;
	if (initials && (!taken || (taken.size === 1 && taken.has(offset)))) return initials;
	return offsetName(offset);
}

/** A clock time in AP style: `10:05 a.m.`, `3 p.m.`, `noon`, `midnight`. */
function apClock(hours: number, minutes: number): string {
	if (minutes === 0 && hours === 12) return 'noon';
	if (minutes === 0 && hours === 0) return 'midnight';
	const hour = hours % 12 === 0 ? 12 : hours % 12;
	return `${hour}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''} ${hours < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * An update's time as readers read it, AP style: `Jan. 13, 2026, 10:05 a.m. JST`, in the zone named
 * (else at the offset the wire wrote, `GMT+9`); a bare day is `Jan. 13, 2026`.
 */
export function formatUpdateTime(time: UpdateTime, zone?: string): string {
	const read = readTime(time);
	if (!read) return formatApDate(time);
	let { day, hours, minutes } = read;
	let name = offsetName(read.offset);
	const zoneOffset = zone === undefined ? undefined : zoneOffsetAt(zone, read.instant);
	if (zone !== undefined && zoneOffset !== undefined) {
		// The clock in that zone: the same instant, moved by the zone's offset.
		const local = new Date(read.instant.getTime() + zoneOffset * 60_000);
		day = local.toISOString().slice(0, 10);
		hours = local.getUTCHours();
		minutes = local.getUTCMinutes();
		name = zoneAbbreviation(zone, read.instant);
	}
	return `${formatApDate(day)}, ${apClock(hours, minutes)} ${name}`;
}

/**
 * Why a zone does not fit a timestamp, or undefined when it does: the zone must be one the runtime
 * knows, and be at the timestamp's offset at that instant (Asia/Seoul for a +08:00 time is a mistake).
 */
export function zoneProblem(time: UpdateTime, zone: string): string | undefined {
	if (!isTimeZone(zone)) return `"${zone}" is not a time zone name; write one such as Asia/Tokyo, Europe/London or America/New_York`;
	const read = readTime(time);
	if (!read) return `a zone needs a time to apply to; write the date as ${dayOfUpdate(time)}T10:05+09:00 with the offset the wire gave`;
	const offset = zoneOffsetAt(zone, read.instant);
	if (offset !== read.offset) {
		return `${zone} is ${offsetName(offset ?? 0).replace('GMT', 'UTC')} at ${time}, which says ${offsetName(read.offset).replace('GMT', 'UTC')}; name the zone the time was written in, or fix the offset`;
	}
	return undefined;
}
