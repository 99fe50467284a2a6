/** Ordering and lookups over the whole collection of explainers. */
import { compareCalendarDates, type CalendarDate } from './dates';

interface Dated {
	id: string;
	data: { published: CalendarDate; title: string };
}

/** Newest first; explainers of the same day by title, so the order never depends on file order. */
export function newestFirst<T extends Dated>(entries: T[]): T[] {
	return [...entries].sort(
		(a, b) => compareCalendarDates(b.data.published, a.data.published) || a.data.title.localeCompare(b.data.title, 'en'),
	);
}
