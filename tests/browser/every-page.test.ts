/**
 * Every built page, and one list page of each kind from the paginated test archive
 * (tests/support/archive.ts), in Chromium, 320 px wide, served with the `_headers` the build wrote (so both the
 * HTTP and the <meta> Content-Security-Policy apply): it does not scroll sideways (WCAG 1.4.10); and
 * as it loads, runs its scripts, is scrolled to the end and has its search box used, it requests
 * nothing from another origin, sets no cookie, stores nothing, and meets no policy violation or
 * console error. (One load a page does all of it: there are many pages.)
 */
import { describe, expect, it } from 'vitest';
import { cspViolationsOf, openPage, sitesInChromium } from '../support/browser.ts';
import { ARCHIVE_DIST, archiveSamples } from '../support/archive.ts';
import { builtPages } from '../support/pages.ts';

const DISTS = ['dist', ARCHIVE_DIST] as const;
// One context per site for all its pages: each test looks only at what its own page added to the
// records, and cookies or storage left by any page would still be there for the next test to find.
const { sites } = sitesInChromium(DISTS);

const cases = [...builtPages().map((path) => ({ name: path, path, dist: 'dist' })), ...archiveSamples().map(({ path }) => ({ name: `archive build ${path}`, path, dist: ARCHIVE_DIST }))];

describe.each(cases)('$name', ({ path, dist }) => {
	it('fits 320 px, talks only to its own origin, keeps nothing about the reader, and runs within its policy', async () => {
		const { site, watched } = sites.get(dist)!;
		const marks = { requests: watched.requests.length, foreign: watched.foreign.length, errors: watched.consoleErrors.length };
		const { page, response, settle } = await openPage(watched, site.origin + path, { width: 320, height: 640 });
		expect(await response?.headerValue('content-security-policy')).toMatch(/default-src 'self'/);
		const overflow = await page.evaluate(() => {
			const root = document.documentElement;
			// The elements that stick out, to say what to fix.
			const wide = [...document.querySelectorAll('body *')]
				.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
				.slice(0, 5)
				.map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''}`);
			return { wide, scrolls: root.scrollWidth > root.clientWidth };
		});
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await settle(300);
		const search = page.locator('input[type="search"]');
		if ((await search.count()) > 0 && (await search.first().isVisible())) {
			await search.first().fill('Japan');
			await search.first().press('Enter');
			await settle();
		}
		const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
		const violations = await cspViolationsOf(page);
		const cookies = await watched.context.cookies();
		await page.close();

		expect(overflow).toEqual({ wide: [], scrolls: false });
		expect(watched.requests.length).toBeGreaterThan(marks.requests);
		expect(watched.foreign.slice(marks.foreign)).toEqual([]);
		expect(cookies).toEqual([]);
		expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
		expect(violations).toEqual([]);
		expect(watched.consoleErrors.slice(marks.errors)).toEqual([]);
	});
});
