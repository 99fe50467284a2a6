/**
 * Reading in place on an explainer after later versions (tests/support/update-chain.ts builds the
 * fixture story into tests/.tmp/updates-browser/): paragraph ids no longer follow the story's order
 * (`p-8`, `p-9`, `p-10`, `p-2`, `p-4`, ...), and the reader is still told and taken back to the
 * paragraph by its place: the timeline's "¶5" and "Back to ¶5" name the fifth paragraph, whose id is `p-4`.
 * The pages only later versions have (the correction above the story, the change view, the withdrawal
 * notice) pass axe as every page type does (tests/browser/accessibility.test.ts), light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, siteInChromium, watchedContext } from '../support/browser.ts';
import { buildUpdatedSite, SLUG, WITHDRAWN } from '../support/update-chain.ts';

const OUT = resolve('tests/.tmp/updates-browser');
// Built before the site is served: hooks run in the order they are registered.
beforeAll(async () => {
	await buildUpdatedSite(OUT);
});
const running = siteInChromium(join(OUT, 'dist'));

describe('an updated explainer, read in place', () => {
	it('names paragraphs by their place, and the way back returns to the right one', async () => {
		const watched = await watchedContext(running.browser, running.site.origin);
		const { page } = await openPage(watched, `${running.site.origin}/explainers/${SLUG}/`, { width: 1280, height: 900 });
		const ids = await page.locator('.story > p[id]').evaluateAll((ps) => ps.map((p) => p.id));
		expect(ids.indexOf('p-4')).toBe(4);
		expect(await page.locator('#timeline-lee-in-seoul a.source').getAttribute('href')).toBe('#p-4');
		expect(await page.locator('#timeline-lee-in-seoul a.source').textContent()).toContain('¶5');

		await page.locator('#p-4').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		// The paragraph on screen marks its entry in the timeline column.
		await expect.poll(() => page.locator('#timeline-lee-in-seoul').getAttribute('aria-current')).toBe('true');
		const before = await page.evaluate(() => window.scrollY);
		await page.locator('#p-4 a[href="#place-seoul"]').click();
		await page.locator('#context').getByRole('link', { name: 'Places' }).click();
		const back = page.locator('.way-back');
		await expect.poll(() => back.isVisible()).toBe(true);
		expect(await back.textContent()).toBe('Back to ¶5');
		await back.click();
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
		await page.close();
	});
});

describe('the pages of later versions, in axe', () => {
	const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
	const cases = [`/explainers/${SLUG}/`, `/explainers/${SLUG}/changes/`, `/explainers/${WITHDRAWN}/`].flatMap((path) =>
		(['light', 'dark'] as const).map((colorScheme) => ({ path, colorScheme })),
	);
	it.each(cases)('$path, $colorScheme, at 375 and 1280 px: no violations', async ({ path, colorScheme }) => {
		const watched = await watchedContext(running.browser, running.site.origin);
		const { page } = await openPage(watched, running.site.origin + path, { colorScheme, width: 375 });
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			// Scrolling boxes read from their top, as in accessibility.test.ts (the timeline column may open scrolled).
			await page.evaluate(async () => {
				await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
				for (const el of document.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0;
			});
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(results.passes.length, `${width} px: axe ran its checks`).toBeGreaterThan(10);
			expect(violations, `${width} px`).toEqual([]);
		}
		await page.close();
	});
});
