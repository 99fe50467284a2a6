/**
 * The explainer schema: the single truth about what an explainer's frontmatter holds.
 *
 * Field checks live in the small schemas beside this file; the checks here span fields (ids used
 * twice, references to people and places, spans that end before they start) and resolve every
 * timeline date, so pages receive finished calendar dates and never do date arithmetic.
 * Checks that need the story's text (phrases, names) run in the loader: see `src/lib/story/check.ts`.
 */
import { typographic } from '../lib/story/typography';
import { z } from 'astro/zod';
import { compareCalendarDates, isCalendarDate, resolveEntryDate } from '../lib/dates/calendar';
import { PARAGRAPH_ID } from '../lib/versions/paragraph-ids';
import { compareUpdateTimes, dayOfUpdate, isUpdateTime, isUpdateTimestamp, type UpdateTime, zoneProblem } from '../lib/versions/update-time';
import { type Person, personInStory, type Place, placeInStory } from './entities';
import { calendarDate, id, storyNames, text } from './fields';
import { dateEntry } from './timeline';

/** A paragraph's id on the page: `p-3` (src/lib/versions/paragraph-ids.ts). */
const paragraphId = z.string({ error: 'expected a paragraph id such as "p-3"' }).regex(PARAGRAPH_ID, {
	error: (issue) => `expected a paragraph id such as "p-3"; found "${String(issue.input)}"`,
});

/** YAML may hand a timestamp over as a Date (a file read with another YAML schema): the same instant, as text. */
const normalisedText = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value);

/** When an update came: `2026-01-13T10:05+09:00` as the wire sent it (with its offset), or a calendar day. */
const updateTime = z.preprocess(
	normalisedText,
	z.string({ error: 'expected a time such as 2026-01-13T10:05+09:00, or a day such as 2026-01-13' }).refine(isUpdateTime, {
		error: (issue) => `expected a time with its offset such as 2026-01-13T10:05+09:00, or a day such as 2026-01-13; found "${String(issue.input)}"`,
	}),
);

/**
 * What a later version changed in the story's paragraphs, written by `npm run update` and read by the
 * change view (src/lib/versions/story-changes.ts): the paragraphs' ids before it, in story order (the ids
 * after it are the next update's `before`, or `paragraphIds`; a paragraph in those only is new), and
 * the words of each paragraph it changed or removed, as they were.
 */
const paragraphChanges = z.strictObject({
	before: z.array(paragraphId).min(1, { error: 'list the ids of the paragraphs before this version, in story order' }),
	/** Paragraphs that kept their id with words changed, and what they said before. */
	changed: z.array(z.strictObject({ id: paragraphId, was: text })).default([]),
	/** Paragraphs gone, what they said, and the paragraph their id now lands on. */
	removed: z.array(z.strictObject({ id: paragraphId, was: text, at: paragraphId })).default([]),
});

const update = z.strictObject({
	date: updateTime,
	/** The time zone the time is shown in (`Asia/Tokyo`): "10:05 a.m. JST". */
	zone: text.optional(),
	/** What changed, for readers. A correction says what was wrong; a withdrawal, why. */
	note: text,
	/** `correction` shows its note above the story; `withdrawal` replaces the page with a notice. */
	kind: z.enum(['update', 'correction', 'withdrawal'], { error: 'expected update, correction or withdrawal' }).default('update'),
	changes: paragraphChanges.optional(),
});

/** The wire's version the story text is, once a later one has come: relative dates are read from its day. */
const version = z.strictObject({
	/** When the wire sent it, with the offset: `2026-01-13T10:05+09:00` (ninjs `versioncreated`). */
	time: z.preprocess(
		normalisedText,
		z.string({ error: 'expected a time such as 2026-01-13T10:05+09:00' }).refine(isUpdateTimestamp, {
			error: (issue) => `expected a time with its offset such as 2026-01-13T10:05+09:00; found "${String(issue.input)}"`,
		}),
	),
	/** The wire's own number for it (ninjs `version`). */
	number: z.number().int().positive().optional(),
	/** The wire item's id (ninjs `uri`): the same for every version of one story. */
	uri: text.optional(),
});

const offTimelineEntry = z.strictObject({
	phrase: text,
	paragraph: z.number().int().positive().optional(),
	/** Why the date is not on the timeline: a reader may ask, and so may the next editor. */
	reason: text,
});

function findDuplicates(ids: string[]): Map<number, number> {
	const first = new Map<string, number>();
	const duplicates = new Map<number, number>();
	ids.forEach((value, index) => {
		const earlier = first.get(value);
		if (earlier === undefined) first.set(value, index);
		else duplicates.set(index, earlier);
	});
	return duplicates;
}

const explainerFields = z.strictObject({
	/** The headline. */
	title: text,
	/** The standfirst: the wire's summary line, used as the page's description. */
	description: text,
	/** The writers the wire names ("MARIA SANTOS"), shown before the source: "By MARIA SANTOS, The Associated Press". */
	byline: text.optional(),
	/** Who sent the story: The Associated Press. */
	source: text,
	/** The place the story was filed from, as the wire writes it: TOKYO. */
	dateline: text,
	published: calendarDate,
	/** The later version the text is; absent for the first. */
	version: version.optional(),
	updates: z.array(update).default([]),
	section: text.default('World'),
	tags: z.array(text).default([]),
	people: z.array(personInStory).default([]),
	places: z.array(placeInStory).default([]),
	dates: z.array(dateEntry).min(1, { error: 'list at least one dated event for the timeline' }),
	/** Date phrases of the story left off the timeline on purpose, each with the reason. */
	offTimeline: z.array(offTimelineEntry).default([]),
	/** Each paragraph's id, in story order, once a later version has moved them (src/lib/versions/paragraph-ids.ts). */
	paragraphIds: z.array(paragraphId).optional(),
});

/** The day relative dates are read from: the day of the version the text is, else publication. */
function asOfDay(data: { published: string; version?: { time?: unknown } }): string {
	const time = normalisedText(data.version?.time);
	return typeof time === 'string' && isUpdateTimestamp(time) ? dayOfUpdate(time) : data.published;
}

export const explainerSchema = explainerFields
	.superRefine((data, ctx) => {
		// Zod runs this even when a field above failed; check only what is well-formed, so one mistake
		// is reported once, where it is.
		const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
		data = { ...data, people: list(data.people), places: list(data.places), dates: list(data.dates), updates: list(data.updates) };
		const publishedIsValid = typeof data.published === 'string' && isCalendarDate(data.published);
		const asOf = publishedIsValid ? asOfDay(data) : data.published;
		for (const list of ['people', 'places', 'dates'] as const) {
			const ids = data[list].map((item) => item.id);
			for (const [index, earlier] of findDuplicates(ids)) {
				ctx.addIssue({
					code: 'custom',
					path: [list, index, 'id'],
					message: `id "${ids[index]}" is used twice: ${list}[${earlier}] has it already`,
				});
			}
		}
		const people = new Set(data.people.map((p) => p.id));
		const places = new Set(data.places.map((p) => p.id));
		data.dates.forEach((entry, index) => {
			list(entry.people).forEach((ref, refIndex) => {
				if (!people.has(ref)) {
					ctx.addIssue({
						code: 'custom',
						path: ['dates', index, 'people', refIndex],
						message: `"${ref}" is not a person of this explainer; define it under people: (known: ${[...people].join(', ') || 'none'})`,
					});
				}
			});
			list(entry.places).forEach((ref, refIndex) => {
				if (!places.has(ref)) {
					ctx.addIssue({
						code: 'custom',
						path: ['dates', index, 'places', refIndex],
						message: `"${ref}" is not a place of this explainer; define it under places: (known: ${[...places].join(', ') || 'none'})`,
					});
				}
			});
			if (!publishedIsValid || typeof entry.phrase !== 'string' || (entry.date !== undefined && !isCalendarDate(entry.date))) return;
			const outcome = resolveEntryDate(entry, asOf);
			if ('error' in outcome) {
				ctx.addIssue({ code: 'custom', path: ['dates', index, 'date'], message: outcome.error });
			} else if (entry.end !== undefined && isCalendarDate(entry.end) && compareCalendarDates(entry.end, outcome.date) <= 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['dates', index, 'end'],
					message: `must come after the start (${outcome.date}); found ${entry.end}`,
				});
			}
		});
		data.updates.forEach((entry, index) => {
			if (typeof entry.date !== 'string' || !isUpdateTime(entry.date)) return;
			if (publishedIsValid && compareCalendarDates(dayOfUpdate(entry.date), data.published) < 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['updates', index, 'date'],
					message: `an update cannot come before publication (${data.published}); found ${entry.date}`,
				});
			}
			if (typeof entry.zone === 'string') {
				const problem = zoneProblem(entry.date, entry.zone);
				if (problem) ctx.addIssue({ code: 'custom', path: ['updates', index, 'zone'], message: problem });
			}
			if (entry.kind === 'withdrawal' && data.updates.some((other, at) => at !== index && compareUpdateTimes(other.date, entry.date) >= 0)) {
				ctx.addIssue({ code: 'custom', path: ['updates', index, 'kind'], message: 'a withdrawal must be the last update: a withdrawn story has no later version' });
			}
		});
		if (publishedIsValid && typeof data.version?.time === 'string' && isUpdateTimestamp(data.version.time) && compareCalendarDates(dayOfUpdate(data.version.time), data.published) < 0) {
			ctx.addIssue({ code: 'custom', path: ['version', 'time'], message: `a later version cannot come before publication (${data.published}); found ${data.version.time}` });
		}
		// A paragraph id names the same words for good: never two paragraphs, never a removed paragraph's words again.
		const ids = Array.isArray(data.paragraphIds) ? data.paragraphIds : [];
		for (const [index, earlier] of findDuplicates(ids)) {
			ctx.addIssue({ code: 'custom', path: ['paragraphIds', index], message: `"${ids[index]}" is used twice: paragraphIds[${earlier}] has it already` });
		}
		data.updates.forEach((entry, index) => {
			entry.changes?.removed?.forEach((removed, removedIndex) => {
				const reused = ids.indexOf(removed.id);
				if (reused >= 0) {
					ctx.addIssue({
						code: 'custom',
						path: ['paragraphIds', reused],
						message: `"${removed.id}" was the id of a paragraph removed by updates[${index}] (changes.removed[${removedIndex}]); give this paragraph an id never used before`,
					});
				}
			});
		});
	})
	.transform((data) => ({
		...data,
		/** The day relative dates are read from and the timeline's "now": the version's day, else publication. */
		asOf: asOfDay(data),
		// Shown beside the story, with the story's punctuation (the file keeps what the editor wrote).
		title: typographic(data.title),
		description: typographic(data.description),
		dates: data.dates.map((entry) => {
			const outcome = resolveEntryDate(entry, asOfDay(data));
			// superRefine has already rejected entries without a date, so this branch is never taken.
			if ('error' in outcome) throw new Error(outcome.error);
			return { ...entry, date: outcome.date, relative: outcome.resolved !== undefined };
		}),
		/** The time of the last update, or the publication day: what "dateModified" means. */
		modified: data.updates.map((u) => u.date as UpdateTime).reduce((a, b) => (compareUpdateTimes(a, b) >= 0 ? a : b), data.published),
		/** The update that withdrew the story, if one did: the page becomes a notice. */
		withdrawn: data.updates.find((u) => u.kind === 'withdrawal'),
	}));

/** An explainer's frontmatter, checked and with its dates resolved. */
export type ExplainerFrontmatter = z.output<typeof explainerSchema>;

/**
 * An explainer as pages see it: its frontmatter, each person and place with the facts of its own
 * file (src/lib/entities/facts.ts joins them), and the paragraphs that mention it.
 */
export type ExplainerData = Omit<ExplainerFrontmatter, 'people' | 'places'> & {
	people: Person[];
	places: Place[];
};
export type TimelineDate = ExplainerData['dates'][number];

/**
 * Just what the Markdown plugins need of the frontmatter: the timeline, with its dates resolved.
 * Lighter than the whole schema, which the loader has already applied to the same file.
 */
export const storyTimelineSchema = z
	.object({ published: calendarDate, version: z.object({ time: z.unknown() }).optional(), dates: z.array(dateEntry) })
	.transform((data) =>
		data.dates.flatMap((entry) => {
			const outcome = resolveEntryDate(entry, asOfDay(data));
			return 'error' in outcome ? [] : [{ ...entry, date: outcome.date }];
		}),
	);

/** Just what the mention plugin needs: each person's and place's id and the names the story uses. */
const named = z.object({ id, names: storyNames });
export const storyEntitiesSchema = z.object({ people: z.array(named).default([]), places: z.array(named).default([]) });
