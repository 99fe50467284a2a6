/** The feed, the sitemap and robots.txt, as crawlers and feed readers see them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DIST, distFileFor, htmlPages, readPage, SITE } from '../support/site';

const xml = (file: string) => load(readFileSync(join(DIST, file), 'utf8'), { xml: true });

describe('the RSS feed', () => {
	const $ = xml('rss.xml');
	const explainers = readdirSync(join(DIST, 'explainers'));

	it('is a channel of the site, linking to itself', () => {
		expect($('rss').attr('version')).toBe('2.0');
		expect($('channel > title').text()).toBe('Backstory explainers');
		expect($('channel > link').text()).toBe(SITE);
		expect($('channel > atom\\:link').attr('href')).toBe(`${SITE}rss.xml`);
	});

	it('lists every explainer with its headline, description and publication date', () => {
		const items = $('item')
			.map((_, item) => ({
				title: $(item).find('title').text(),
				link: $(item).find('link').text(),
				description: $(item).find('description').text(),
				pubDate: $(item).find('pubDate').text(),
			}))
			.get();
		expect(items).toHaveLength(explainers.length);
		for (const slug of explainers) {
			const page = load(readPage(`explainers/${slug}`));
			const published = page('meta[property="article:published_time"]').attr('content')!;
			expect(items).toContainEqual({
				title: page('meta[property="og:title"]').attr('content'),
				link: `${SITE}explainers/${slug}/`,
				description: page('meta[name="description"]').attr('content'),
				pubDate: new Date(`${published}T00:00:00Z`).toUTCString(),
			});
		}
	});
});

describe('the sitemap and robots.txt', () => {
	it('robots.txt allows crawling and points at the sitemap, which exists', () => {
		const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
		expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
	});

	it('lists every page worth finding, as absolute URLs, and not the 404 or search pages', () => {
		const sitemaps = xml('sitemap-index.xml')('sitemap > loc')
			.map((_, loc) => load(readFileSync(distFileFor(load(loc).text()), 'utf8'), { xml: true }))
			.get();
		const urls = sitemaps.flatMap(($) => $('url > loc').map((_, loc) => $(loc).text()).get()).sort();
		const expected = htmlPages()
			.filter((page) => page !== '404.html' && page !== 'search/index.html')
			.map((page) => SITE + page.replace(/index\.html$/, ''))
			.sort();
		expect(urls).toEqual(expected);
	});
});
