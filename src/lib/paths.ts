/**
 * Every address the site makes, in one place: the pages (explainers, people, places, the archive),
 * the fragments within a page (paragraphs, timeline entries, who's who and places cards), the card
 * images, and the one answer to "does this link leave the site?". A link anywhere in the site is built
 * from here, so a page and the links to it can never disagree.
 */

/** An explainer's page: the Markdown file's name is its slug. */
export const explainerPath = (slug: string) => `/explainers/${slug}/`;

/** What the story's later versions changed, paragraph by paragraph: `/explainers/<slug>/changes/`. */
export const explainerChangesPath = (slug: string) => `${explainerPath(slug)}changes/`;

export type EntityKind = 'person' | 'place';

/** A person's or place's page, across every explainer that names them. */
export const entityPath = (kind: EntityKind, id: string) => `/${kind === 'person' ? 'people' : 'places'}/${id}/`;

/** Where the home page's later pages live: `/archive/2/`. */
export const ARCHIVE = 'archive';

/** `paginate()`'s `format` for the home list: `/2/` becomes `/archive/2/`; `/` stays. */
export function homePageUrl(url: string): string {
	return url === '/' ? url : `/${ARCHIVE}${url}`;
}

/** An explainer's link-preview card image. */
export const explainerCardPath = (slug: string) => `/og/explainers/${slug}.png`;

/** A story paragraph's id on its page: `p-3`. */
export const paragraphAnchor = (paragraph: number) => `p-${paragraph}`;
/** A timeline entry's id: `timeline-<id>`. */
export const timelineAnchor = (id: string) => `timeline-${id}`;
/** A person's card in "Who's who": `person-<id>`. */
export const personAnchor = (id: string) => `person-${id}`;
/** A place's card in "Places": `place-<id>`. */
export const placeAnchor = (id: string) => `place-${id}`;

/**
 * Whether a link or image address leaves the site: it names a scheme (`https:`, `javascript:`) or
 * another host (`//cdn.example`). `mailto:` opens the reader's mail, not another site.
 */
export function isOtherSite(href: string): boolean {
	const url = href.trim();
	return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url) && !/^mailto:/i.test(url);
}
