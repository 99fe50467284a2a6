import { describe, expect, it } from 'vitest';
import { homePageParam, PAGE_SIZE, pageNav, pagedDescription, pagedTitle } from '../../../../src/lib/explainers/pagination';
import { astroPage } from '../../../support/paginate';
import { homePageUrl } from '../../../../src/lib/paths';

/** What Astro's paginate() gives page `current` of `last` of the list at /places/japan/. */
const page = (current: number, last: number) => astroPage('/places/japan/', current, last);

describe('PAGE_SIZE', () => {
	it('keeps a page to a few dozen explainers', () => {
		expect(PAGE_SIZE).toBeGreaterThanOrEqual(10);
		expect(PAGE_SIZE).toBeLessThanOrEqual(30);
	});
});

describe('the home list’s addresses', () => {
	it('keeps page 1 at / and puts later pages under /archive/', () => {
		expect(homePageUrl('/')).toBe('/');
		expect(homePageUrl('/2/')).toBe('/archive/2/');
		expect(homePageParam(undefined)).toBeUndefined();
		expect(homePageParam('12')).toBe('archive/12');
	});
});

describe('pageNav', () => {
	it('says where the page is, and links its neighbours', () => {
		expect(pageNav(page(2, 5))).toEqual({
			current: 2,
			last: 5,
			label: 'Page 2 of 5',
			prev: '/places/japan/',
			next: '/places/japan/3/',
			first: '/places/japan/',
		});
	});

	it('has no newer page on page 1 and no older one on the last', () => {
		expect(pageNav(page(1, 3))).toMatchObject({ prev: undefined, next: '/places/japan/2/', first: undefined });
		expect(pageNav(page(3, 3))).toMatchObject({ prev: '/places/japan/2/', next: undefined, first: '/places/japan/' });
	});

	it('a list that fits one page has neither', () => {
		expect(pageNav(page(1, 1))).toMatchObject({ label: 'Page 1 of 1', prev: undefined, next: undefined });
	});
});

describe('titles and descriptions', () => {
	it('page 1 keeps the list’s own; later pages say which page they are', () => {
		expect(pagedTitle('Japan', { current: 1, last: 4 })).toBe('Japan');
		expect(pagedTitle('Japan', { current: 2, last: 4 })).toBe('Japan, page 2 of 4');
		expect(pagedDescription('All about Japan.', { current: 1, last: 4 })).toBe('All about Japan.');
		expect(pagedDescription('All about Japan.', { current: 4, last: 4 })).toBe('All about Japan. Page 4 of 4.');
		expect(pageNav(page(7, 12)).label).toBe('Page 7 of 12');
	});
});
