/**
 * Mentions: where the story names its people and places. The loader records which paragraphs
 * mention each one (for the who's-who cards) and the Markdown plugin links each one's first mention
 * to its card. Both find names through `namesPattern` in ./phrases, as whole words with the longest
 * name winning, and both skip a name inside an organisation's name, so they always agree. Neither counts
 * the dateline (`NAIROBI, Kenya (AP) —`): an address, not a mention (./dateline).
 */
import { withoutDateline } from './dateline';
import { insideOrganisation, organisationSpans } from './organisations';
import { namesPattern } from './phrases';
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

/**
 * Whether a name found at `index` of `text` is a mention: not where it is part of an organisation's
 * name ("Texas" in "the University of Texas at Austin", "Washington" in "the Washington-based Center
 * for Immigration Studies"), which names the organisation, not the place or person. `spans` caches
 * each text's organisations for the next match in it.
 */
export function isMention(text: string, index: number, length: number, spans: Map<string, [number, number][]> = new Map()): boolean {
	let found = spans.get(text);
	if (found === undefined) {
		found = organisationSpans(text, { based: true });
		spans.set(text, found);
	}
	return !insideOrganisation(found, index, index + length);
}

/** For each card anchor, the 1-based paragraphs that mention it, in story order. */
function mentionParagraphs(paragraphs: readonly string[], targets: readonly MentionTarget[]): Map<string, number[]> {
	const byAnchor = new Map<string, number[]>(targets.map((target) => [target.anchor, []]));
	if (targets.length === 0) return byAnchor;
	const { pattern, nameOf } = namesPattern(targets.map((target) => target.name));
	const spans = new Map<string, [number, number][]>();
	for (const [index, text] of withoutDateline(paragraphs).entries()) {
		for (const match of text.matchAll(pattern)) {
			if (!isMention(text, match.index, match[0].length, spans)) continue;
			const list = byAnchor.get((targets[nameOf(match.slice(1))] as MentionTarget).anchor) as number[];
			if (list[list.length - 1] !== index + 1) list.push(index + 1);
		}
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
