/**
 * Lists that grow with the archive come in pages: proved on the paginated test archive (41 explainers,
 * tests/support/archive.ts), built beside the site. The quality gates (links, validity, budgets, axe)
 * cover its list pages in their own test files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, PAGE_SIZE } from '../../src/lib/explainers/pagination';
import { ARCHIVE_DIST, ARCHIVE_SIZE, archiveListPages } from '../support/archive';
import { builtPages } from '../support/pages';
import { readPage, SITE } from '../support/site';

const page = (path: string) => cheerio.load(readPage(path, ARCHIVE_DIST));
const hrefs = ($: cheerio.CheerioAPI, selector: string) => $(selector).toArray().map((a) => $(a).attr('href') ?? '');
/** The explainers of a list, in order, from their publication dates and links. */
const homeItems = (path: string) => {
	const $ = page(path);
	return $('.explainer-list li').toArray().map((li) => ({ href: $(li).find('h2 a').attr('href'), date: $(li).find('time').attr('datetime') ?? '' }));
};

describe('the feed', () => {
	it(`carries the newest ${FEED_SIZE} explainers, in the home list's order`, () => {
		expect(ARCHIVE_SIZE).toBeGreaterThan(FEED_SIZE);
		const $ = cheerio.load(readFileSync(join(ARCHIVE_DIST, 'rss.xml'), 'utf8'), { xml: true });
		const links = $('item > link').toArray().map((link) => $(link).text());
		const newest = ['/', '/archive/2/'].flatMap(homeItems).slice(0, FEED_SIZE).map((item) => `${SITE}${item.href?.slice(1)}`);
		expect(links).toEqual(newest);
	});
});

describe('the home list', () => {
	const paths = ['/', '/archive/2/', '/archive/3/'];

	it(`gives every explainer once, newest first, ${PAGE_SIZE} a page, page 1 at /`, () => {
		const pages = paths.map(homeItems);
		expect(pages.map((items) => items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, ARCHIVE_SIZE - 2 * PAGE_SIZE]);
		const all = pages.flat();
		expect(new Set(all.map((item) => item.href)).size).toBe(ARCHIVE_SIZE);
		const dates = all.map((item) => item.date);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(builtPages(ARCHIVE_DIST).filter((path) => path.startsWith('/archive/'))).toEqual(paths.slice(1));
	});

	it('links the pages in order with rel="prev" and rel="next", and says where the reader is', () => {
		const navs = paths.map((path) => {
			const $ = page(path);
			return { prev: $('nav.pager a[rel="prev"]').attr('href'), next: $('nav.pager a[rel="next"]').attr('href'), label: $('nav.pager p').text() };
		});
		expect(navs).toEqual([
			{ prev: undefined, next: '/archive/2/', label: 'Page 1 of 3' },
			{ prev: '/', next: '/archive/3/', label: 'Page 2 of 3' },
			{ prev: '/archive/2/', next: undefined, label: 'Page 3 of 3' },
		]);
		expect(page('/').html('nav.pager')).toContain('aria-label="Pages of explainers"');
	});

	it('gives each page its own title and canonical URL; only page 1 is the website’s front door', () => {
		const heads = paths.map((path) => {
			const $ = page(path);
			return [$('title').text(), $('link[rel="canonical"]').attr('href'), JSON.parse($('script[type="application/ld+json"]').text())['@type']];
		});
		expect(heads).toEqual([
			['Backstory', SITE, 'WebSite'],
			['Explainers, page 2 of 3 | Backstory', `${SITE}archive/2/`, 'WebPage'],
			['Explainers, page 3 of 3 | Backstory', `${SITE}archive/3/`, 'WebPage'],
		]);
	});
});

describe('a place in every explainer', () => {
	const paths = ['/places/japan/', '/places/japan/2/', '/places/japan/3/'];

	it('lists its explainers a page at a time, newest first, each once', () => {
		const lists = paths.map((path) => hrefs(page(path), '#explainers-heading + .cards h3 a'));
		expect(lists.map((list) => list.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
		expect(lists.flat()).toEqual(homeItems('/').concat(homeItems('/archive/2/'), homeItems('/archive/3/')).map((item) => item.href));
		for (const path of paths) expect(page(path)('#explainers-heading').text()).toBe(`In ${ARCHIVE_SIZE} explainers`);
	});

	it('shows on each page the timeline events of that page’s explainers only', () => {
		for (const path of paths) {
			const $ = page(path);
			const listed = new Set(hrefs($, '#explainers-heading + .cards h3 a'));
			const events = hrefs($, '.entity-events a');
			expect(events.length, path).toBeGreaterThan(0);
			expect(events.filter((href) => !listed.has(href.split('#')[0] ?? '')), path).toEqual([]);
			expect($('#events-heading').text()).toBe('Timeline of the explainers on this page');
		}
	});

	it('keeps its profile and map on page 1, and its name and place among the pages on later ones', () => {
		const first = page(paths[0] as string);
		expect(first('.map svg')).toHaveLength(1);
		expect(first('[data-pagefind-body]').attr('data-pagefind-meta')).toBe('kind:Place');
		const later = page(paths[1] as string);
		expect(later('h1').text()).toBe('Japan 日本');
		expect(later('h1 span').attr('lang')).toBe('ja');
		expect(later('.map')).toHaveLength(0);
		expect(later('main p.details strong').text()).toBe('Page 2 of 3');
		expect(later('main p.details a').attr('href')).toBe('/places/japan/');
		expect(later('title').text()).toBe('Japan, page 2 of 3 | Backstory');
		expect(later('link[rel="canonical"]').attr('href')).toBe(`${SITE}places/japan/2/`);
		expect(later('meta[name="description"]').attr('content')).toMatch(/Page 2 of 3\.$/);
		expect(later('nav.pager a[rel="prev"]').attr('href')).toBe('/places/japan/');
		expect(later('nav.pager a[rel="next"]').attr('href')).toBe('/places/japan/3/');
	});
});

describe('a person', () => {
	it('names the newest explainer giving a role, and counts the others', () => {
		const $ = page('/people/sanae-takaichi-0/');
		expect($('.roles li')).toHaveLength(1);
		expect($('.roles li span').text()).toMatch(/^According to .+ \(1\) and 20 older explainers$/);
	});

	it('has a later page when more than a page of explainers name them, and none otherwise', () => {
		expect(hrefs(page('/people/sanae-takaichi-0/2/'), '#explainers-heading + .cards h3 a')).toHaveLength(1);
		const single = page('/people/sanae-takaichi-1/');
		expect(single('#explainers-heading').text()).toBe(`In ${PAGE_SIZE} explainers`);
		expect(single('nav.pager')).toHaveLength(0);
		expect(single('#events-heading').text()).toBe('Timeline');
		expect(builtPages(ARCHIVE_DIST)).not.toContain('/people/sanae-takaichi-1/2/');
	});
});

describe('every list page', () => {
	it(`shows at most ${PAGE_SIZE} explainers, whatever the size of the archive`, () => {
		const counts = archiveListPages().map((path) => {
			const $ = page(path);
			return $('.explainer-list > li, #explainers-heading + .cards > li').length;
		});
		expect(Math.max(...counts)).toBe(PAGE_SIZE);
		expect(Math.min(...counts)).toBeGreaterThan(0);
	});

	it('is in the sitemap, later pages too', () => {
		const sitemaps = readdirSync(ARCHIVE_DIST).filter((file) => /^sitemap-\d+\.xml$/.test(file));
		const urls = new Set(sitemaps.flatMap((file) => cheerio.load(readFileSync(join(ARCHIVE_DIST, file), 'utf8'), { xml: true })('url > loc').toArray().map((loc) => cheerio.load(loc).text())));
		const missing = archiveListPages().filter((path) => !urls.has(new URL(path, SITE).href));
		expect(missing).toEqual([]);
	});

	it('is searched only on page 1: later pages stay out of the search index', () => {
		const indexed = archiveListPages().filter((path) => page(path)('[data-pagefind-body]').length > 0);
		expect(indexed.length).toBeGreaterThan(0);
		expect(indexed.filter((path) => /\/\d+\/$/.test(path))).toEqual([]);
		const entry = JSON.parse(readFileSync(join(ARCHIVE_DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(indexed.length + ARCHIVE_SIZE);
	});
});
