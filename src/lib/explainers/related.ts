/**
 * Related explainers: those that share people or places with an explainer, found through one index
 * of who and where each explainer names, so the work does not grow with the square of the archive.
 */
import { formatApDate, type CalendarDate } from '../dates/calendar';
import type { ExplainerEntry } from '../entities/across-explainers';
import { newestFirst } from './collection';
import { explainerPath } from '../paths';

export interface RelatedExplainer {
	slug: string;
	title: string;
	href: string;
	published: CalendarDate;
	publishedLabel: string;
	/** The names of the people and places it shares, people first. */
	shared: string[];
}

/** At most this many related explainers are listed: a page must stay small however large the archive. */
const RELATED_LIMIT = 5;

/**
 * A person or place named by more explainers than this is too common to relate two of them by (Japan,
 * in an archive about East Asia). It still counts, and is named, between explainers related by
 * something rarer; but finding explainers through it would mean looking at every explainer that names
 * it for every explainer, work that grows with the square of the archive.
 */
const COMMON_ENTITY_LIMIT = 50;

const entityKeys = (entry: ExplainerEntry): string[] => [
	...new Set([...entry.data.people.map((p) => `person:${p.id}`), ...entry.data.places.map((p) => `place:${p.id}`)]),
];

/**
 * Related explainers for each explainer of the collection, from one index of who and where each
 * names, built once: finding an explainer's related ones then costs the same however many there are.
 * Most shared first, then newest; at most `RELATED_LIMIT`.
 */
export function relatedExplainersOf(entries: ExplainerEntry[]): (entry: ExplainerEntry) => RelatedExplainer[] {
	const order = newestFirst(entries);
	const rank = new Map(order.map((entry, index) => [entry.id, index]));
	const naming = new Map<string, ExplainerEntry[]>();
	for (const entry of order) {
		for (const key of entityKeys(entry)) {
			const list = naming.get(key);
			if (list) list.push(entry);
			else naming.set(key, [entry]);
		}
	}
	return (entry) => {
		const candidates = new Set<ExplainerEntry>();
		for (const key of entityKeys(entry)) {
			const others = naming.get(key) ?? [];
			if (others.length > COMMON_ENTITY_LIMIT) continue;
			for (const other of others) if (other.id !== entry.id) candidates.add(other);
		}
		const people = new Set(entry.data.people.map((p) => p.id));
		const places = new Set(entry.data.places.map((p) => p.id));
		return [...candidates]
			.map((other) => ({
				slug: other.id,
				title: other.data.title,
				href: explainerPath(other.id),
				published: other.data.published,
				publishedLabel: formatApDate(other.data.published),
				shared: [
					...other.data.people.filter((p) => people.has(p.id)).map((p) => p.name),
					...other.data.places.filter((p) => places.has(p.id)).map((p) => p.name),
				],
			}))
			.sort((a, b) => b.shared.length - a.shared.length || (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0))
			.slice(0, RELATED_LIMIT);
	};
}
