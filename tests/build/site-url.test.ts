/** SITE_URL sets the address every absolute URL is built on: canonical, previews, feed and sitemap. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-build';
import { readPage, STORY_SLUG } from '../support/site';

const outDir = mkdtempSync(join(tmpdir(), 'backstory-site-url-'));
beforeAll(() => buildSite({ outDir, env: { SITE_URL: 'https://news.example.org' } }));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('SITE_URL', () => {
	it('is the base of canonical and preview URLs, the feed and the sitemap', () => {
		const $ = load(readPage(`explainers/${STORY_SLUG}`, outDir));
		const page = `https://news.example.org/explainers/${STORY_SLUG}/`;
		expect($('link[rel="canonical"]').attr('href')).toBe(page);
		expect($('meta[property="og:url"]').attr('content')).toBe(page);
		expect($('meta[property="og:image"]').attr('content')).toBe(`https://news.example.org/og/explainers/${STORY_SLUG}.png`);
		expect(JSON.parse($('script[type="application/ld+json"]').text()).mainEntityOfPage).toBe(page);
		expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain(`<link>${page}</link>`);
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://news.example.org/sitemap-index.xml');
		expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${page}</loc>`);
	});
});
