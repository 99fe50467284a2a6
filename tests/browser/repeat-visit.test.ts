/**
 * A reader's second visit, in Chromium, under the site's `_headers`: fingerprinted files (Astro's
 * bundles in /_astro/, Pagefind's chunks) are kept a year as immutable and not asked for again; the
 * page itself is revalidated, so an edited explainer is seen at once.
 */
import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/browser';
import { STORY_SLUG } from '../support/site';

const running = siteInChromium();
const fingerprinted = (path: string) => path.startsWith('/_astro/') || /^\/pagefind\/(fragment|index|filter)\//.test(path);

describe('a second visit', () => {
	it('to an explainer fetches no fingerprinted file over the network, and revalidates the page', async () => {
		const context = await running.browser.newContext();
		const page = await context.newPage();
		const explainer = `${running.site.origin}/explainers/${STORY_SLUG}/`;
		const first = running.site.served.length;
		await page.goto(explainer, { waitUntil: 'networkidle' });
		const firstVisit = running.site.served.slice(first);
		// The page has fingerprinted files to keep (its script and the locator map's styles, say).
		expect(firstVisit.filter(fingerprinted).length).toBeGreaterThan(0);
		await page.goto(`${running.site.origin}/`, { waitUntil: 'networkidle' });
		const second = running.site.served.length;
		await page.goto(explainer, { waitUntil: 'networkidle' });
		const secondVisit = running.site.served.slice(second);
		expect(secondVisit.filter(fingerprinted)).toEqual([]);
		expect(secondVisit).toContain(`/explainers/${STORY_SLUG}/`);
		await context.close();
	});

	it('to the search page asks again for none of Pagefind’s chunks it already has', async () => {
		const context = await running.browser.newContext();
		const page = await context.newPage();
		const search = `${running.site.origin}/search/?q=Horyu`;
		await page.goto(search);
		await page.locator('.search-results a').first().waitFor();
		await page.goto(`${running.site.origin}/`, { waitUntil: 'networkidle' });
		const second = running.site.served.length;
		await page.goto(search);
		await page.locator('.search-results a').first().waitFor();
		const secondVisit = running.site.served.slice(second);
		expect(secondVisit.filter(fingerprinted)).toEqual([]);
		await context.close();
	});
});
