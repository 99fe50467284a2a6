/**
 * Mentions: where the story names its people and places. The loader records which paragraphs
 * mention each one (for the who's-who cards) and the Markdown plugin links each one's first mention
 * to its card. Both find names through `findNames`/`namesPattern` in ./story, as whole words with the
 * longest name winning, so they always agree. Neither counts the dateline (`NAIROBI, Kenya (AP) —`): an
 * address, not a mention (./dateline).
 */
import { withoutDateline } from './dateline';
import { findNames } from './phrases';
import { storyParagraphs } from './text';
import { personAnchor, placeAnchor } from '../paths';


export interface MentionTarget {
	/** The words as the frontmatter gives them ("South Korea"). */
	name: string;
	/** The card's element id, and so the link's fragment: `place-south-korea`. */
	anchor: string;
}

interface Named {
	id: string;
	names: string[];
}

/** Every name of every person and place, with the card it links to. */
export function mentionTargets(data: { people: Named[]; places: Named[] }): MentionTarget[] {
	return [
		...data.people.flatMap((person) => person.names.map((name) => ({ name, anchor: personAnchor(person.id) }))),
		...data.places.flatMap((place) => place.names.map((name) => ({ name, anchor: placeAnchor(place.id) }))),
	];
}

/** For each card anchor, the 1-based paragraphs that mention it, in story order. */
function mentionParagraphs(paragraphs: readonly string[], targets: readonly MentionTarget[]): Map<string, number[]> {
	const byAnchor = new Map<string, number[]>(targets.map((target) => [target.anchor, []]));
	for (const { name, paragraph } of findNames(withoutDateline(paragraphs), targets.map((target) => target.name))) {
		const list = byAnchor.get((targets[name] as MentionTarget).anchor) as number[];
		if (list[list.length - 1] !== paragraph) list.push(paragraph);
	}
	return byAnchor;
}

/**
 * What the loader adds to an explainer's people and places: the paragraphs that mention each one
 * (`mentions`, read back with `mentionsOf`), computed once here rather than on every page.
 */
export function withMentions<T extends { people: Named[]; places: Named[] }>(data: T, markdown: string): T {
	const mentions = mentionParagraphs(storyParagraphs(markdown), mentionTargets(data));
	return {
		...data,
		people: data.people.map((person) => ({ ...person, mentions: mentions.get(personAnchor(person.id)) ?? [] })),
		places: data.places.map((place) => ({ ...place, mentions: mentions.get(placeAnchor(place.id)) ?? [] })),
	};
}

/** The paragraphs the loader found mentioning a person or place. */
export function mentionsOf(entity: { id: string }): number[] {
	const { mentions } = entity as { mentions?: number[] };
	if (mentions === undefined) {
		throw new Error(`"${entity.id}" has no mentions: was it loaded through the explainers loader?`);
	}
	return mentions;
}
