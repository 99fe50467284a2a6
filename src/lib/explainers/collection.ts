/** Ordering and lookups over the whole collection of explainers. */
import { compareCalendarDates, type CalendarDate, formatApDate } from '../dates/calendar';
import type { ExplainerData } from '../../schemas/explainer';
import { explainerPath } from '../paths';

interface Dated {
	id: string;
	data: { published: CalendarDate; title: string };
}

/**
 * The explainers lists may show: not one that was withdrawn (its page stays, as a notice, but the
 * home list, people's and places' pages, related explainers and the feed no longer offer it).
 */
export function listedExplainers<T extends { data: { withdrawn?: unknown } }>(entries: T[]): T[] {
	return entries.filter((entry) => !entry.data.withdrawn);
}

/** Newest first; explainers of the same day by title, so the order never depends on file order. */
export function newestFirst<T extends Dated>(entries: T[]): T[] {
	return [...entries].sort(
		(a, b) => compareCalendarDates(b.data.published, a.data.published) || a.data.title.localeCompare(b.data.title, 'en'),
	);
}

/** One explainer as a list (the home page and its archive pages) shows it: only what is shown. */
export interface ExplainerListItem {
	href: string;
	title: string;
	description: string;
	section: string;
	published: CalendarDate;
	publishedLabel: string;
	/** A draft (`_<slug>.md`), listed only by the dev server's preview: marked so, not taken for published. */
	draft?: true;
}

export function explainerListItem(entry: { id: string; data: Pick<ExplainerData, 'title' | 'description' | 'section' | 'published'> }): ExplainerListItem {
	const { title, description, section, published } = entry.data;
	const item: ExplainerListItem = { href: explainerPath(entry.id), title, description, section, published, publishedLabel: formatApDate(published) };
	return entry.id.startsWith('_') ? { ...item, draft: true } : item;
}
