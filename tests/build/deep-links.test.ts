/** Deep links in the built explainer: every paragraph, heading and timeline entry links to itself. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distFileFor, htmlPages, readPage, STORY_SLUG } from '../support/site';

const $ = load(readPage(`explainers/${STORY_SLUG}`));

describe('deep links', () => {
	it('end each story paragraph with an empty link to it, so its text is unchanged', () => {
		const paragraphs = $('#story > p');
		expect(paragraphs).toHaveLength(20);
		paragraphs.each((index, p) => {
			const anchor = $(p).children('a.anchor');
			expect(anchor.attr('href')).toBe(`#p-${index + 1}`);
			expect(anchor.attr('aria-label')).toBe(`Link to paragraph ${index + 1}`);
			expect(anchor.text()).toBe('');
			expect($(p).children().last().is(anchor)).toBe(true);
		});
	});

	it('link every heading and timeline entry to itself, without nesting links', () => {
		$('main h2, main h3').each((_, heading) => {
			const target = $(heading).closest('li.event').attr('id') ?? $(heading).attr('id');
			expect(target, $(heading).text()).toBeTruthy();
			expect($(heading).find('a.anchor').attr('href')).toBe(`#${target}`);
		});
		expect($('li.event')).toHaveLength(20);
		expect($('a a')).toHaveLength(0);
	});

	it('are enhanced by a small external script, within the 2,048-byte budget on every page but search', () => {
		for (const page of htmlPages().filter((p) => p !== 'search/index.html')) {
			const html = load(readPage(page));
			expect(html('script:not([type="application/ld+json"]):not([src])'), `${page} has no inline script`).toHaveLength(0);
			const bytes = html('script[src]')
				.map((_, script) => gzipSync(readFileSync(distFileFor(html(script).attr('src')!)), { level: 9 }).length)
				.get()
				.reduce((a: number, b: number) => a + b, 0);
			expect(bytes, page).toBeLessThanOrEqual(2048);
		}
		// The explainer runs two: the share links, and reading in place (its context cards and timeline).
		const names = $('script[src]').map((_, script) => /\/(\w+)\.astro_/.exec($(script).attr('src')!)?.[1]).get();
		expect(names.sort()).toEqual(['ReadingInPlace', 'ShareLinks']);
	});
});
