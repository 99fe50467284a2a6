/**
 * The head of every page type, parsed from the built HTML: title, description, absolute canonical URL,
 * Open Graph, X card, feed link and JSON-LD, which is checked against schema.org's types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { checkJsonLd } from '../support/schema-org';
import { pngSize } from '../support/png';
import { distFileFor, htmlPages, readPage, SITE, STORY_SLUG } from '../support/site';

const meta = ($: CheerioAPI, key: string) =>
	$(`meta[property="${key}"], meta[name="${key}"]`)
		.map((_, el) => $(el).attr('content'))
		.get();
const one = ($: CheerioAPI, key: string) => {
	const values = meta($, key);
	expect(values, key).toHaveLength(1);
	return values[0]!;
};
const jsonLdOf = ($: CheerioAPI) => $('script[type="application/ld+json"]').map((_, el) => JSON.parse($(el).text())).get();

const pages = htmlPages();
const STORY = `explainers/${STORY_SLUG}/index.html`;

describe('every page', () => {
	it('includes the page types we expect', () => {
		expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'search/index.html', STORY]));
	});

	it.each(pages)('%s has a complete head', (page) => {
		const $ = load(readPage(page));
		expect($('head > title').text().trim()).not.toBe('');
		expect(one($, 'description').length).toBeGreaterThan(20);
		const canonical = $('link[rel="canonical"]');
		expect(canonical).toHaveLength(1);
		const url = canonical.attr('href')!;
		expect(url.startsWith(SITE), `${url} is absolute on ${SITE}`).toBe(true);
		expect(existsSync(distFileFor(url)), `${url} is a page of the site`).toBe(true);
		expect(one($, 'og:url')).toBe(url);
		expect(one($, 'og:title')).not.toBe('');
		expect(one($, 'og:description')).toBe(one($, 'description'));
		expect(one($, 'og:site_name')).toBe('Backstory');
		expect(['website', 'article', 'profile']).toContain(one($, 'og:type'));
		const image = one($, 'og:image');
		expect(image.startsWith(SITE)).toBe(true);
		expect(pngSize(readFileSync(distFileFor(image)))).toEqual({
			width: Number(one($, 'og:image:width')),
			height: Number(one($, 'og:image:height')),
		});
		expect(one($, 'og:image:alt').length).toBeGreaterThan(20);
		expect(one($, 'twitter:card')).toBe('summary_large_image');
		expect(one($, 'twitter:image:alt')).toBe(one($, 'og:image:alt'));
		expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`${SITE}rss.xml`);
		const jsonLd = jsonLdOf($);
		expect(jsonLd).toHaveLength(1);
		expect(jsonLd[0]['@context']).toBe('https://schema.org');
	});

	it('has JSON-LD that schema.org’s vocabulary accepts, on every page', () => {
		const objects = pages.map((page) => ({ name: page, json: jsonLdOf(load(readPage(page)))[0] }));
		expect(checkJsonLd(objects)).toEqual([]);
	});

	it('checks JSON-LD for real: a misspelt property or a wrong type is caught', () => {
		const errors = checkJsonLd([
			{ name: 'misspelt', json: { '@type': 'NewsArticle', headlin: 'x' } as { '@type': string } },
			{ name: 'wrong type', json: { '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'AP', jobTitle: 'x' } } as { '@type': string } },
		]);
		expect(errors).toEqual([expect.stringMatching(/^misspelt: .*headlin/), expect.stringMatching(/^wrong type: .*jobTitle/)]);
	});
});

describe('the explainer', () => {
	const $ = load(readPage(STORY));
	const canonical = `${SITE}explainers/${STORY_SLUG}/`;
	const headline = $('h1').text();
	const [article] = jsonLdOf($);

	it('is an Open Graph article with its dates, section and tags', () => {
		expect($('link[rel="canonical"]').attr('href')).toBe(canonical);
		expect($('head > title').text()).toBe(`${headline} | Backstory`);
		expect(one($, 'og:type')).toBe('article');
		expect(one($, 'og:title')).toBe(headline);
		expect(one($, 'og:image')).toBe(`${SITE}og/explainers/${STORY_SLUG}.png`);
		expect(one($, 'og:image:width')).toBe('1200');
		expect(one($, 'og:image:height')).toBe('630');
		expect(one($, 'article:published_time')).toBe('2026-01-12');
		expect(one($, 'article:modified_time')).toBe('2026-01-12');
		expect(one($, 'article:section')).toBe('World');
		expect(meta($, 'article:tag')).toEqual(['Japan', 'South Korea', 'Diplomacy']);
	});

	it('is a NewsArticle by the AP, published by Backstory, based on the AP story', () => {
		expect(article).toMatchObject({
			'@type': 'NewsArticle',
			headline,
			description: one($, 'description'),
			datePublished: '2026-01-12',
			dateModified: '2026-01-12',
			mainEntityOfPage: canonical,
			image: { url: one($, 'og:image'), width: '1200', height: '630' },
			author: { '@type': 'Organization', name: 'The Associated Press' },
			publisher: { '@type': 'Organization', name: 'Backstory', url: SITE },
			isBasedOn: { '@type': 'NewsArticle', headline, author: { '@type': 'Organization', name: 'The Associated Press' } },
		});
	});

	it('is about all seven people and every place of the story', () => {
		const about = article.about as { '@type': string; name: string }[];
		expect(about.filter((thing) => thing['@type'] === 'Person').map((p) => p.name)).toEqual([
			'Sanae Takaichi',
			'Lee Jae Myung',
			'Xi Jinping',
			'Nicolas Maduro',
			'Donald Trump',
			'Toshimitsu Motegi',
			'Minoru Kihara',
		]);
		expect(about.map((thing) => thing.name)).toEqual(expect.arrayContaining(['Nara', 'Horyu Temple', 'Yasukuni Shrine', 'Taiwan', 'Venezuela']));
	});
});

describe('the home, search and 404 pages', () => {
	it('describe the site, with its search, on the home page', () => {
		const $ = load(readPage('index.html'));
		expect($('head > title').text()).toBe('Backstory');
		expect($('link[rel="canonical"]').attr('href')).toBe(SITE);
		expect(one($, 'og:type')).toBe('website');
		expect(one($, 'og:image')).toBe(`${SITE}og/site.png`);
		expect(jsonLdOf($)[0]).toMatchObject({
			'@type': 'WebSite',
			url: SITE,
			potentialAction: { '@type': 'SearchAction', target: { urlTemplate: `${SITE}search/?q={query}` } },
		});
	});

	it('mark the search page as one', () => {
		const $ = load(readPage('search/index.html'));
		expect(jsonLdOf($)[0]).toMatchObject({ '@type': 'SearchResultsPage', url: `${SITE}search/` });
	});

	it('keep the 404 page out of search engines, its canonical URL its own file', () => {
		const $ = load(readPage('404.html'));
		expect(one($, 'robots')).toBe('noindex');
		expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}404.html`);
		expect(jsonLdOf($)[0]).toMatchObject({ '@type': 'WebPage', name: 'Page not found' });
	});
});
