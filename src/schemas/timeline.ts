/** One dated event of the story, as the editor writes it in `dates:`. */
import { z } from 'astro/zod';
import { calendarDate, id, text } from './fields';

export const dateEntry = z.strictObject({
	id,
	/** The story's own words for the date, quoted exactly ("on Tuesday"); ties the entry to its paragraph. */
	phrase: text,
	/** Which paragraph (1-based) holds the phrase, needed only where the phrase occurs more than once. */
	paragraph: z.number().int().positive().optional(),
	/** May be left out when `phrase` is a relative date ("a week ago"): it is then resolved. */
	date: calendarDate.optional(),
	/**
	 * Which way an open phrase (a weekday, month, or month and day) points, where the occurrence
	 * nearest the publication day is not the one the story means. Left out, the nearest is taken.
	 */
	tense: z.enum(['past', 'future'], { error: 'expected past or future' }).optional(),
	/** The end of a span (colonial rule, 1910-1945). */
	end: calendarDate.optional(),
	/** What the date cannot say ("Late 7th or early 8th century"); shown instead of the date. */
	display: text.optional(),
	title: text,
	summary: text,
	people: z.array(id).default([]),
	places: z.array(id).default([]),
});
