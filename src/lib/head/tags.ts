/**
 * What a page tells browsers, crawlers and link previews about itself: its title, canonical URL, and
 * the Open Graph and X (Twitter) tags that turn a pasted link into a card. BaseHead renders the list.
 */
import type { CalendarDate } from '../dates/calendar';

export interface PageImage {
	/** Site-relative or absolute; made absolute for the tags. */
	src: string;
	width: number;
	height: number;
	alt: string;
}

export interface ArticleFacts {
	published: CalendarDate;
	/** The latest update: a calendar date, or a time with its offset (`2026-01-13T10:05:00+09:00`). */
	modified: string;
	section: string;
	tags: string[];
}

export interface PageMeta {
	title: string;
	description: string;
	/** The page's path on the site: `/explainers/japan-south-korea-summit/`. */
	path: string;
	/** Open Graph type: `article` for explainers, `profile` for people, `website` for everything else. */
	type: 'website' | 'article' | 'profile';
	image: PageImage;
	article?: ArticleFacts | undefined;
	/** Pages that must not be indexed, such as the 404 page. */
	noindex?: boolean | undefined;
}

/** A `<meta>` element: Open Graph uses `property`, everything else `name`. */
type MetaTag = { property: string; content: string } | { name: string; content: string };

/** `Headline | Backstory`; the site's own name stands alone on the home page. */
export function documentTitle(title: string, siteName: string): string {
	return title === siteName ? title : `${title} | ${siteName}`;
}

/** The absolute URL for a path on the site; previews, feeds and search engines need the full address. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

/**
 * Open Graph and X tags. X reads og:title, og:description and og:image when its own are absent, so only
 * the card type and the image's alt text are repeated for it.
 */
export function socialTags(meta: PageMeta, site: URL | string, siteName: string, locale = 'en_US'): MetaTag[] {
	const og = (property: string, content: string | number): MetaTag => ({ property, content: String(content) });
	const tags: MetaTag[] = [
		og('og:type', meta.type),
		og('og:site_name', siteName),
		og('og:locale', locale),
		og('og:title', meta.title),
		og('og:description', meta.description),
		og('og:url', absoluteUrl(meta.path, site)),
		og('og:image', absoluteUrl(meta.image.src, site)),
		og('og:image:type', 'image/png'),
		og('og:image:width', meta.image.width),
		og('og:image:height', meta.image.height),
		og('og:image:alt', meta.image.alt),
	];
	if (meta.article) {
		// Calendar dates are valid ISO 8601 dates; no publication hour is known, so none is invented. An
		// update's time is the wire's own, with its offset.
		tags.push(
			og('article:published_time', meta.article.published),
			og('article:modified_time', meta.article.modified),
			og('article:section', meta.article.section),
			...meta.article.tags.map((tag) => og('article:tag', tag)),
		);
	}
	tags.push({ name: 'twitter:card', content: 'summary_large_image' }, { name: 'twitter:image:alt', content: meta.image.alt });
	return tags;
}
