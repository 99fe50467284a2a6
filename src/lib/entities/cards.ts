/**
 * The who's-who and places cards of an explainer page: each person and place as this explainer names
 * them, with their facts, the paragraphs that mention them, and a link to their page.
 */
import { mentionsOf } from '../story/mentions';
import { paragraphIdOf } from '../versions/paragraph-ids';
import { entityPath, personAnchor, placeAnchor } from '../paths';
import type { Person, Place } from '../../schemas/entities';
import type { ExplainerData } from '../../schemas/explainer';

export interface EntityCard {
	id: string;
	/** The card's element id, where the story's first mention links to. */
	anchor: string;
	name: string;
	native: Person['native'];
	/** Shown under the name, joined by " · ": a person's role as of publication and country, or what kind of place it is and where ("City in Japan"). */
	details: string[];
	summary: string;
	/** The entity page across all explainers. */
	page: string;
	mentions: { paragraph: number; href: string }[];
}

const mentionLinks = (entity: { id: string }, data: Pick<ExplainerData, 'paragraphIds'>) =>
	mentionsOf(entity).map((paragraph) => ({ paragraph, href: `#${paragraphIdOf(data, paragraph)}` }));

export function describePlace(place: Pick<Place, 'kind' | 'country'>): string {
	const kind = place.kind.charAt(0).toUpperCase() + place.kind.slice(1);
	return place.country && place.kind !== 'country' ? `${kind} in ${place.country}` : kind;
}

export function personCards(data: Pick<ExplainerData, 'people' | 'paragraphIds'>): EntityCard[] {
	return data.people.map((person) => ({
		id: person.id,
		anchor: personAnchor(person.id),
		name: person.name,
		native: person.native,
		details: [person.role, person.country],
		summary: person.summary,
		page: entityPath('person', person.id),
		mentions: mentionLinks(person, data),
	}));
}

export function placeCards(data: Pick<ExplainerData, 'places' | 'paragraphIds'>): EntityCard[] {
	return data.places.map((place) => ({
		id: place.id,
		anchor: placeAnchor(place.id),
		name: place.name,
		native: place.native,
		details: [describePlace(place)],
		summary: place.summary,
		page: entityPath('place', place.id),
		mentions: mentionLinks(place, data),
	}));
}
