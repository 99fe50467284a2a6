/** What the build makes of a story's relative date phrase, for tests that compare with it. */
import { type CalendarDate, resolveEntryDate, type Tense } from '../../src/lib/dates/calendar';

/**
 * The date a timeline entry with this phrase and no date of its own gets (the schema's
 * `resolveEntryDate`), or undefined where the entry would need one: a phrase that is not a relative
 * date, or an open one as near before publication as after it with no `tense`.
 */
export function resolvedDate(phrase: string, published: CalendarDate, tense?: Tense): CalendarDate | undefined {
	const outcome = resolveEntryDate({ phrase, tense }, published);
	return 'error' in outcome ? undefined : outcome.date;
}
