/**
 * Markup typed into content cannot run. tests/fixtures/hostile/ is a valid explainer with script,
 * event-handler, iframe and style payloads in every text field of its frontmatter and escaped markup
 * in its story; it builds, and on every page it makes (home, explainer, and whatever pages people and
 * places get) the payloads are text: no element or attribute came from them, structured data still
 * parses, and in Chromium none of them ran. (Raw HTML in a story is refused outright: see the
 * raw-html case in broken-content.test.ts.)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-build.ts';
import { launchChromium } from '../support/chromium.ts';
import { builtPages, distFile } from '../support/pages.ts';
import { type RunningSite, serveSite } from '../support/serve.ts';

const TMP = 'tests/.tmp/hostile';
const DIST = join(TMP, 'dist');
let pages: string[];
let browser: Browser;
let site: RunningSite;

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	await buildSite({ outDir: DIST, content: 'tests/fixtures/hostile', env: { BACKSTORY_CACHE_DIR: join(TMP, 'cache') } });
	pages = builtPages(DIST);
	[browser, site] = await Promise.all([launchChromium(), serveSite(DIST)]);
}, 300_000);

afterAll(async () => {
	await Promise.all([browser?.close(), site?.close()]);
	rmSync(TMP, { recursive: true, force: true });
});

const load = (page: string) => cheerio.load(readFileSync(distFile(page, DIST), 'utf8'));

describe('markup in content is text, never markup', () => {
	it('builds the hostile explainer’s pages', () => {
		expect(pages).toContain('/explainers/hostile-markup/');
	});

	it('no element or attribute on any page came from a payload', () => {
		const injected: string[] = [];
		for (const page of pages) {
			const $ = load(page);
			$('*').each((_, el) => {
				const { name, attribs } = el as unknown as { name: string; attribs: Record<string, string> };
				for (const [attribute, value] of Object.entries(attribs)) {
					if (/^on/i.test(attribute) || /^\s*javascript:/i.test(value)) injected.push(`${page}: <${name} ${attribute}>`);
				}
				// The payloads' own elements, by what only they would carry (the site has no iframes at all).
				const text = $(el).text().trim();
				const fromPayload =
					name === 'iframe' || (name === 'img' && attribs['src'] === 'x') || (name === 'b' && text === 'tag') || (name === 'i' && text === 'Ana');
				if (fromPayload) injected.push(`${page}: <${name}>`);
			});
			// Every payload says "pwned": in a script or style element, it would be markup from content.
			$('script, style').each((_, el) => {
				const text = $(el).text();
				if (!text.includes('pwned')) return;
				if ($(el).attr('type') === 'application/ld+json') expect(() => JSON.parse(text), `${page}: JSON-LD`).not.toThrow();
				else injected.push(`${page}: <${(el as unknown as { name: string }).name}>${text.slice(0, 60)}`);
			});
		}
		expect(injected).toEqual([]);
	});

	it('the payloads reach the reader as the text the editor typed', () => {
		const $ = load('/explainers/hostile-markup/');
		// With the story's typography: the quotes curled, as in the story beneath it.
		expect($('h1').text()).toBe('Bridge <script>document.documentElement.dataset.pwned=’title’</script> reopens');
		expect($('#story').text()).toContain("wrote <script>document.documentElement.dataset.pwned=1</script> on a sign, and <img src=x onerror=alert(1)> on another");
		expect($('#timeline').text()).toContain('Engineers close the bridge & find "cracks" < 1 mm > wide.');
	});

	it('in Chromium, no payload runs on any page', async () => {
		const ran: string[] = [];
		for (const path of pages) {
			const page = await browser.newPage();
			page.on('dialog', (dialog) => {
				ran.push(`${path}: dialog ${dialog.message()}`);
				void dialog.dismiss();
			});
			await page.goto(site.origin + path, { waitUntil: 'load' });
			await page.mouse.move(10, 10);
			await page.mouse.move(300, 300);
			const pwned = await page.evaluate(() => document.documentElement.dataset['pwned']);
			if (pwned !== undefined) ran.push(`${path}: ${pwned}`);
			await page.close();
		}
		expect(ran).toEqual([]);
	});
});
