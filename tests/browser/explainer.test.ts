import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/browser';
import { STORY_SLUG } from '../support/site';

const path = `/explainers/${STORY_SLUG}/`;

const running = siteInChromium();

/** Relative luminance of a CSS rgb() colour, to tell a light scheme from a dark one. */
function luminance(rgb: string): number {
	const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe.each(['light', 'dark'] as const)('the explainer in the %s scheme', (colorScheme) => {
	it('at 1280 px shows the timeline beside the story, and keeps it there while reading', async () => {
		const page = await running.browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
		await page.goto(running.site.origin + path);
		const story = (await page.locator('#p-1').boundingBox())!;
		const timeline = (await page.locator('#timeline').boundingBox())!;
		expect(timeline.x).toBeGreaterThan(story.x + story.width);
		await expect.poll(() => page.locator('#timeline-heading').isVisible()).toBe(true);
		// Far down the story, the sidebar is still in view.
		await page.locator('#p-16').scrollIntoViewIfNeeded();
		const after = (await page.locator('#timeline').boundingBox())!;
		expect(after.y).toBeGreaterThanOrEqual(-1);
		expect(after.y).toBeLessThan(800);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(luminance(background) < 0.2).toBe(colorScheme === 'dark');
		await page.close();
	});

	it('at 375 px reaches the timeline from the top of the page without scrolling the story', async () => {
		const page = await running.browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme, isMobile: true });
		await page.goto(running.site.origin + path);
		const jump = page.locator('.jump a[href="#timeline"]');
		expect(await jump.isVisible()).toBe(true);
		expect((await jump.boundingBox())!.y).toBeLessThan(740);
		await jump.click();
		await expect.poll(async () => (await page.locator('#timeline-heading').boundingBox())!.y).toBeLessThan(740);
		expect(page.url()).toBe(`${running.site.origin}${path}#timeline`);
		// No sideways scrolling on a phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await page.close();
	});
});

describe('the explainer without JavaScript', () => {
	it('shows the whole story and the whole timeline', async () => {
		const context = await running.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
		const page = await context.newPage();
		await page.goto(running.site.origin + path);
		expect(await page.locator('#story > p').count()).toBe(20);
		for (const p of await page.locator('#story > p').all()) expect(await p.isVisible()).toBe(true);
		const entries = page.locator('#timeline li.event');
		expect(await entries.count()).toBe(20);
		for (const entry of await entries.all()) expect(await entry.isVisible()).toBe(true);
		// A time link in the story jumps to its entry.
		await page.locator('#ref-nara-summit').click();
		expect(page.url()).toContain('#timeline-nara-summit');
		await context.close();
	});
});
