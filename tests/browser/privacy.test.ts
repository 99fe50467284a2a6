/**
 * Privacy and the security policy, in Chromium, on every built page: served with the `_headers` the
 * build wrote (so both the HTTP and the <meta> Content-Security-Policy apply), each page loads, runs
 * its scripts, is scrolled to the end and has its search box used, and in all that it requests nothing
 * from another origin, sets no cookie, stores nothing, and meets no policy violation or console error.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolationsOf, watchedContext } from '../support/browser.ts';
import { launchChromium } from '../support/chromium.ts';
import { builtPages } from '../support/pages.ts';
import { type RunningSite, serveSite } from '../support/serve.ts';

let browser: Browser;
let site: RunningSite;

beforeAll(async () => {
	[browser, site] = await Promise.all([launchChromium(), serveSite('dist')]);
});

afterAll(async () => {
	await Promise.all([browser?.close(), site?.close()]);
});

describe.each(builtPages())('%s', (path) => {
	it('talks only to its own origin, keeps nothing about the reader, and runs within its policy', async () => {
		const watched = await watchedContext(browser, site.origin, { viewport: { width: 1280, height: 900 } });
		const page = await watched.context.newPage();
		const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
		expect(await response?.headerValue('content-security-policy')).toMatch(/default-src 'self'/);
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		const search = page.locator('input[type="search"]');
		if ((await search.count()) > 0 && (await search.first().isVisible())) {
			await search.first().fill('Japan');
			await page.waitForLoadState('networkidle');
		}
		const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
		const violations = await cspViolationsOf(page);
		const cookies = await watched.context.cookies();
		await watched.context.close();

		expect(watched.requests.length).toBeGreaterThan(0);
		expect(watched.foreign).toEqual([]);
		expect(cookies).toEqual([]);
		expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
		expect(violations).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
	});
});
