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
import { type Person, personInStory, type Place, placeInStory } from './entities';
import { calendarDate, id, storyNames, text } from './fields';
import { dateEntry } from './timeline';

const update = z.strictObject({ date: calendarDate, note: text });

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
	updates: z.array(update).default([]),
	section: text.default('World'),
	tags: z.array(text).default([]),
	people: z.array(personInStory).default([]),
	places: z.array(placeInStory).default([]),
	dates: z.array(dateEntry).min(1, { error: 'list at least one dated event for the timeline' }),
	/** Date phrases of the story left off the timeline on purpose, each with the reason. */
	offTimeline: z.array(offTimelineEntry).default([]),
});

export const explainerSchema = explainerFields
	.superRefine((data, ctx) => {
		// Zod runs this even when a field above failed; check only what is well-formed, so one mistake
		// is reported once, where it is.
		const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
		data = { ...data, people: list(data.people), places: list(data.places), dates: list(data.dates), updates: list(data.updates) };
		const publishedIsValid = typeof data.published === 'string' && isCalendarDate(data.published);
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
			const outcome = resolveEntryDate(entry, data.published);
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
			if (publishedIsValid && isCalendarDate(entry.date) && compareCalendarDates(entry.date, data.published) < 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['updates', index, 'date'],
					message: `an update cannot come before publication (${data.published}); found ${entry.date}`,
				});
			}
		});
	})
	.transform((data) => ({
		...data,
		// Shown beside the story, with the story's punctuation (the file keeps what the editor wrote).
		title: typographic(data.title),
		description: typographic(data.description),
		dates: data.dates.map((entry) => {
			const outcome = resolveEntryDate(entry, data.published);
			// superRefine has already rejected entries without a date, so this branch is never taken.
			if ('error' in outcome) throw new Error(outcome.error);
			return { ...entry, date: outcome.date, relative: outcome.resolved !== undefined };
		}),
		/** The day of the last update, or the publication day: what "dateModified" means. */
		modified: data.updates.map((u) => u.date).reduce((a, b) => (compareCalendarDates(a, b) >= 0 ? a : b), data.published),
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
	.object({ published: calendarDate, dates: z.array(dateEntry) })
	.transform(({ published, dates }) =>
		dates.flatMap((entry) => {
			const outcome = resolveEntryDate(entry, published);
			return 'error' in outcome ? [] : [{ ...entry, date: outcome.date }];
		}),
	);

/** Just what the mention plugin needs: each person's and place's id and the names the story uses. */
const named = z.object({ id, names: storyNames });
export const storyEntitiesSchema = z.object({ people: z.array(named).default([]), places: z.array(named).default([]) });
