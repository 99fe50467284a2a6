/**
 * People and places across all explainers: one entity per id, with every explainer and timeline event
 * that involves it (shown a page at a time: src/lib/entities/pages.ts). Related explainers, which share
 * people or places, are in related-explainers.ts; an explainer page's cards in entity-cards.ts.
 *
 * The same id in two explainers is the same person or place, with the same facts (name, native name,
 * country, kind, coordinates: one file each, joined in src/lib/entities/facts.ts). Explainers are
 * snapshots, so where what they say differs (a role changes over time) each keeps its own word, with
 * its date: nothing is overwritten.
 */
import { compareCalendarDates, type CalendarDate, formatApDate } from '../dates/calendar';
import { describePlace } from './cards';
import { newestFirst } from '../explainers/collection';

import { mentionsOf } from '../story/mentions';
import { type Timeline, type TimelineItem, buildTimeline } from '../dates/timeline';
import type { Person, Place } from '../../schemas/entities';
import type { ExplainerData } from '../../schemas/explainer';
import { paragraphIdOf } from '../versions/paragraph-ids';
import { type EntityKind, explainerPath, personAnchor, placeAnchor } from '../paths';

export interface ExplainerEntry {
	id: string;
	data: ExplainerData;
}

export interface EntityEvent extends Pick<TimelineItem, 'id' | 'title' | 'summary' | 'datetime' | 'label' | 'status' | 'date'> {
	href: string;
	explainer: { slug: string; title: string };
}

/** One explainer's view of a person or place. */
export interface Appearance {
	slug: string;
	title: string;
	href: string;
	/** The entity's card on the explainer page. */
	cardHref: string;
	published: CalendarDate;
	publishedLabel: string;
	/** A person's role as that explainer gives it, as of its publication. */
	role: string | undefined;
	summary: string;
	mentions: { paragraph: number; href: string }[];
	events: EntityEvent[];
}

/**
 * A role as one or more explainers give it, with the date they give it as of. Only the newest of them
 * is named, and the others counted: a role that every explainer repeats must not grow the page.
 */
export interface DatedRole {
	role: string;
	asOf: CalendarDate;
	asOfLabel: string;
	/** The newest explainer giving the role: the one it is dated by. */
	explainer: { slug: string; title: string };
	/** How many older explainers give it too. */
	alsoIn: number;
}

export interface Entity {
	kind: EntityKind;
	id: string;
	name: string;
	native: Person['native'];
	country: string | undefined;
	/** Where a place is, for its map (its country too: a place's own map names it). */
	place: Pick<Place, 'kind' | 'coordinates' | 'country'> | undefined;
	/** Newest first; a person only. One entry when every explainer agrees. */
	roles: DatedRole[];
	/** Newest explainer first; each with its timeline events that involve the entity. */
	appearances: Appearance[];
}

function eventsInvolving(entry: ExplainerEntry, timeline: Timeline, kind: EntityKind, id: string): EntityEvent[] {
	return timeline.items
		.filter((item) => (kind === 'person' ? item.people : item.places).includes(id))
		.map((item) => ({
			id: item.id,
			title: item.title,
			summary: item.summary,
			datetime: item.datetime,
			label: item.label,
			status: item.status,
			date: item.date,
			href: `${explainerPath(entry.id)}#${item.anchor}`,
			explainer: { slug: entry.id, title: entry.data.title },
		}));
}

function gather(entries: ExplainerEntry[], kind: EntityKind): Map<string, Entity> {
	const entities = new Map<string, Entity>();
	for (const entry of newestFirst(entries)) {
		const list: (Person | Place)[] = kind === 'person' ? entry.data.people : entry.data.places;
		// One timeline per explainer, not one per person or place in it.
		const timeline = buildTimeline(entry.data);
		for (const item of list) {
			let entity = entities.get(item.id);
			if (!entity) {
				// The newest explainer comes first, so it names the entity.
				entity = {
					kind,
					id: item.id,
					name: item.name,
					native: item.native,
					country: item.country,
					place: 'coordinates' in item ? { kind: item.kind, coordinates: item.coordinates, country: item.country } : undefined,
					roles: [],
					appearances: [],
				};
				entities.set(item.id, entity);
			}
			const role = 'role' in item ? item.role : undefined;
			const events = eventsInvolving(entry, timeline, kind, item.id);
			const href = explainerPath(entry.id);
			entity.appearances.push({
				slug: entry.id,
				title: entry.data.title,
				href,
				cardHref: `${href}#${kind === 'person' ? personAnchor(item.id) : placeAnchor(item.id)}`,
				published: entry.data.published,
				publishedLabel: formatApDate(entry.data.published),
				role,
				summary: item.summary,
				mentions: mentionsOf(item).map((paragraph) => ({ paragraph, href: `${href}#${paragraphIdOf(entry.data, paragraph)}` })),
				events,
			});
			if (role !== undefined) {
				const same = entity.roles.find((dated) => dated.role === role);
				// Explainers come newest first, so an existing entry already carries the latest date.
				if (same) same.alsoIn += 1;
				else {
					const explainer = { slug: entry.id, title: entry.data.title };
					entity.roles.push({ role, asOf: entry.data.published, asOfLabel: formatApDate(entry.data.published), explainer, alsoIn: 0 });
				}
			}
		}
	}
	return entities;
}

/** The timeline events of these appearances (one page of an entity's explainers), in date order. */
export function eventsOf(appearances: Appearance[]): EntityEvent[] {
	// Array.prototype.sort is stable: events of one day keep their explainer's order, newest first.
	return appearances.flatMap((appearance) => appearance.events).sort((a, b) => compareCalendarDates(a.date, b.date));
}

/** Every person of every explainer, by id. */
export const gatherPeople = (entries: ExplainerEntry[]) => gather(entries, 'person');
/** Every place of every explainer, by id. */
export const gatherPlaces = (entries: ExplainerEntry[]) => gather(entries, 'place');

/** Coordinates as a reader writes them: 34.69° N, 135.80° E. */
function formatCoordinates([latitude, longitude]: [number, number]): string {
	const part = (value: number, positive: string, negative: string) =>
		`${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
	return `${part(latitude, 'N', 'S')}, ${part(longitude, 'E', 'W')}`;
}

/** The one line under an entity page's name. */
export function entityDetails(entity: Entity): string {
	if (entity.place) {
		return [describePlace({ kind: entity.place.kind, country: entity.country }), formatCoordinates(entity.place.coordinates)].join(' · ');
	}
	return entity.country ?? '';
}
