/** Small field schemas shared by the explainer's people, places and timeline. */
import { z } from 'astro/zod';
import { isCalendarDate, normaliseDateInput } from '../lib/dates/calendar';

/** Lower-case words joined by hyphens: ids become URLs (`/people/<id>/`) and fragments (`#timeline-<id>`). */
export const id = z
	.string({ error: 'expected an id such as "lee-jae-myung"' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) =>
			`expected lower-case letters, digits and hyphens, such as "lee-jae-myung"; found "${String(issue.input)}"`,
	});

export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** A calendar date at year, season, month or day precision: 1965, 2000-FA, 2025-11, 2026-01-13 (quoted or not). */
export const calendarDate = z.preprocess(
	normaliseDateInput,
	z.string({ error: 'expected a date written as YYYY, YYYY-MM, YYYY-MM-DD or a season YYYY-SP, -SU, -FA, -WI' }).refine(isCalendarDate, {
		error: (issue) =>
			`expected a date written as YYYY, YYYY-MM, YYYY-MM-DD or a season (2000-FA: SP, SU, FA or WI); found "${String(issue.input)}", which is not a calendar date`,
	}),
);

/** BCP 47 tags for the languages our native-script names come in. */
export const nativeName = z.strictObject({
	name: text,
	lang: z
		.string({ error: 'expected a language tag such as ja, ko, zh-Hans or es' })
		.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
			error: (issue) => `expected a language tag such as ja, ko, zh-Hans or es; found "${String(issue.input)}"`,
		}),
});

/** The words the story uses for a person or place, each found in the text as whole words. */
export const storyNames = z.array(text).min(1, { error: 'list at least one name the story uses' });
