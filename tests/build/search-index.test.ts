/** The Pagefind index, built by `astro build`: explainers and entity pages in, everything else out. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, readPage, STORY_SLUG } from '../support/site';

describe('the search index', () => {
	const indexed = htmlPages().filter((page) => load(readPage(page))('[data-pagefind-body]').length > 0);

	it('is written with the site', () => {
		expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(indexed.length);
	});

	it('holds the explainers, people and places, and not the home, search or 404 pages', () => {
		expect(indexed).toContain(`explainers/${STORY_SLUG}/index.html`);
		expect(indexed.every((page) => /^(explainers|people|places)\//.test(page))).toBe(true);
		const $ = load(readPage(`explainers/${STORY_SLUG}`));
		expect($('[data-pagefind-body]').attr('data-pagefind-meta')).toBe('kind:Explainer');
	});

	it('leaves a page that says so when JavaScript is off', () => {
		const $ = load(readPage('search'));
		// <noscript> content is text to a parser with scripting on, as to a browser running scripts.
		const note = load($('body noscript').text());
		expect(note('.search-unavailable').text()).toContain('Search needs JavaScript');
		expect(note('.search-unavailable a').attr('href')).toBe('/');
		expect($('head noscript').text()).toMatch(/\.search-form\s*{\s*display:\s*none/);
	});
});
