/**
 * Lists that grow with the archive (the home page's explainers, a person's or place's) come in pages
 * of `PAGE_SIZE`, newest first, cut by Astro's `paginate()`: no page grows with the archive. Page 1
 * keeps the list's own address; page n of a person's or place's list is `/people/<id>/n/`, and of the
 * home page `/archive/n/` (a bare `/2/` at the site's root would say nothing about what it is).
 */
import type { Page } from 'astro';
import { ARCHIVE } from '../paths';

/** Explainers on one page of a list: a page of 20 stays near 100 KB of HTML, 10 KB gzipped. */
export const PAGE_SIZE = 20;
/** The feed carries the newest explainers only, as feeds do: a reader polls it, and it must not grow with the archive. */
export const FEED_SIZE = 30;

/** The home route's rest parameter for a `paginate()` page parameter: `undefined` (/) or `archive/2`. */
export function homePageParam(page: string | undefined): string | undefined {
	return page === undefined ? undefined : `${ARCHIVE}/${page}`;
}

/** "Page 2 of 5". */
function pageLabel(current: number, last: number): string {
	return `Page ${current} of ${last}`;
}

/** Where a page sits among its list's pages, and the links to its neighbours. */
export interface PageNav {
	current: number;
	last: number;
	label: string;
	/** Newer explainers (`rel="prev"`). */
	prev: string | undefined;
	/** Older explainers (`rel="next"`). */
	next: string | undefined;
	/** Page 1, where the list starts (and a person's or place's profile is); on later pages only. */
	first: string | undefined;
}

export function pageNav(page: Pick<Page, 'currentPage' | 'lastPage' | 'url'>): PageNav {
	return {
		current: page.currentPage,
		last: page.lastPage,
		label: pageLabel(page.currentPage, page.lastPage),
		prev: page.url.prev,
		next: page.url.next,
		first: page.url.first,
	};
}

/** A later page's title and description say which page it is; page 1 keeps the list's own. */
export function pagedTitle(title: string, nav: Pick<PageNav, 'current' | 'last'>): string {
	return nav.current === 1 ? title : `${title}, page ${nav.current} of ${nav.last}`;
}

export function pagedDescription(description: string, nav: Pick<PageNav, 'current' | 'last'>): string {
	return nav.current === 1 ? description : `${description} ${pageLabel(nav.current, nav.last)}.`;
}
