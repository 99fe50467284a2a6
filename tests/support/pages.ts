/**
 * The pages of a built site, and the one list of page types every quality gate covers.
 *
 * Gates that are cheap run on every page in dist/ (validity, links, security, privacy, sideways
 * scroll); the costly browser gates (axe in two schemes at two widths, keyboard, no JavaScript) run on
 * one page of each type. A page that matches no type fails the tests until it is given one here, and
 * a required type with no page fails them too, so new kinds of page cannot slip past the gates.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site.ts';

export interface PageType {
	name: string;
	/** URL paths of this type, as served: `/explainers/<slug>/`. */
	pattern: RegExp;
	/** Whether the site must have a page of this type. */
	required: boolean;
	/** Whether its pages must offer share controls (`SHARE_CONTROLS`). */
	shares?: boolean;
}

export const PAGE_TYPES: readonly PageType[] = [
	{ name: 'home', pattern: /^\/$/, required: true },
	{ name: 'explainer', pattern: /^\/explainers\/[^/]+\/$/, required: true, shares: true },
	{ name: 'person', pattern: /^\/people\/[^/]+\/$/, required: true },
	{ name: 'place', pattern: /^\/places\/[^/]+\/$/, required: true },
	// Later pages of the lists that grow with the archive (src/lib/explainers/pagination.ts); the real site has too
	// few explainers for them, so the paginated test archive (tests/support/archive.ts) holds them.
	{ name: 'archive', pattern: /^\/archive\/\d+\/$/, required: false },
	{ name: 'person, later page', pattern: /^\/people\/[^/]+\/\d+\/$/, required: false },
	{ name: 'place, later page', pattern: /^\/places\/[^/]+\/\d+\/$/, required: false },
	{ name: 'search', pattern: /^\/search\/$/, required: true },
	{ name: '404', pattern: /^\/404\.html$/, required: true },
];

/** `explainers/x/index.html` → `/explainers/x/`; `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
	const path = `/${file.split('\\').join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file serving a URL path, relative to dist: the inverse of `urlPathOf`. */
export function fileOf(urlPath: string): string {
	return (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath).slice(1);
}

/** Every HTML page of a built site, as URL paths, sorted. */
export function builtPages(dist = DIST): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map(urlPathOf)
		.sort();
}

export function pageTypeOf(path: string): PageType | undefined {
	return PAGE_TYPES.find((type) => type.pattern.test(path));
}

/** The first page (in sorted order) of each type the site has. */
export function samplePages(dist = DIST): { type: string; path: string; shares: boolean }[] {
	const pages = builtPages(dist);
	return PAGE_TYPES.flatMap((type) => {
		const path = pages.find((page) => type.pattern.test(page));
		return path ? [{ type: type.name, path, shares: type.shares ?? false }] : [];
	});
}

export const distFile = (path: string, dist = DIST) => join(dist, fileOf(path));

/** Share controls, on whatever page has them: deep links the share script enhances (issue 4). */
export const SHARE_CONTROLS = 'a.anchor, [data-share]';
