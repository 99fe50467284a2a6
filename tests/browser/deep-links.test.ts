/**
 * Deep links in Chromium: the link mark shows on hover and focus, a click copies the canonical fragment
 * URL (or hands it to the Web Share API), a fragment URL lands its target in view below anything sticky,
 * and without JavaScript the plain links still work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/browser';
import { SITE, STORY_SLUG } from '../support/site';

const PATH = `/explainers/${STORY_SLUG}/`;

const running = siteInChromium();

const markOpacity = (page: Page, selector: string) =>
	page.$eval(selector, (el) => Number(getComputedStyle(el, '::after').opacity));

describe('the link mark', () => {
	it('appears when the paragraph is hovered or the link has keyboard focus', async () => {
		const page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(running.site.origin + PATH);
		expect(await markOpacity(page, '#p-3 > .anchor')).toBe(0);
		await page.hover('#p-3');
		expect(await markOpacity(page, '#p-3 > .anchor')).toBe(1);
		await page.mouse.move(0, 0);
		await page.focus('#p-4 > .anchor');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#p-4');
		expect(await markOpacity(page, '#p-4 > .anchor')).toBe(1);
		await page.close();
	});
});

describe('copying a link', () => {
	it('puts the paragraph’s canonical URL on the clipboard and says so', async () => {
		const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.site.origin });
		const page = await context.newPage();
		await page.goto(running.site.origin + PATH);
		// Linux Chromium has no Web Share API, so this is the clipboard path.
		expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
		await page.hover('#p-3');
		await page.click('#p-3 > .anchor');
		await expect.poll(() => page.textContent('[role="status"].share-status')).toBe('Link to paragraph 3 copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}explainers/${STORY_SLUG}/#p-3`);
		expect(new URL(page.url()).hash).toBe('#p-3');
		// A timeline entry's link is its title.
		await page.click('#timeline-nara-summit h3 a');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${SITE}explainers/${STORY_SLUG}/#timeline-nara-summit`,
		);
		await context.close();
	});

	it('hands the link to the Web Share API where the browser has one', async () => {
		const page = await running.browser.newPage();
		// Headless Chromium on Linux has no share sheet; this stands in for the browser's own, recording the call.
		await page.addInitScript(() => {
			const calls: ShareData[] = [];
			Object.assign(window, { shareCalls: calls });
			Object.defineProperty(Navigator.prototype, 'share', { value: async (data: ShareData) => void calls.push(data) });
		});
		await page.goto(running.site.origin + PATH);
		await page.hover('#p-12');
		await page.click('#p-12 > .anchor');
		await expect.poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls)).toEqual([
			{ url: `${SITE}explainers/${STORY_SLUG}/#p-12`, title: await page.title() },
		]);
		await page.close();
	});
});

/** Any sticky or fixed element drawn over the target, as rectangles overlap on screen. */
async function coveringElements(page: Page, id: string) {
	return page.evaluate((targetId) => {
		const target = document.getElementById(targetId)!.getBoundingClientRect();
		return [...document.querySelectorAll('body *')]
			.filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
			.filter((el) => !el.contains(document.getElementById(targetId)))
			.map((el) => ({ el: el.className || el.tagName, rect: el.getBoundingClientRect() }))
			.filter(({ rect }) => rect.width > 0 && rect.height > 0)
			.filter(({ rect }) => rect.left < target.right && rect.right > target.left && rect.top < target.bottom && rect.bottom > target.top)
			.map(({ el }) => String(el));
	}, id);
}

describe('opening a fragment URL', () => {
	for (const width of [375, 1280]) {
		for (const id of ['p-12', 'timeline-nara-summit', 'timeline-heading']) {
			it(`shows #${id} at ${width}px, highlighted, below anything sticky`, async () => {
				const page = await running.browser.newPage({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
				await page.goto(`${running.site.origin}${PATH}#${id}`);
				const box = await page.evaluate((targetId) => {
					const el = document.getElementById(targetId)!;
					const rect = el.getBoundingClientRect();
					return { top: rect.top, bottom: rect.bottom, target: el.matches(':target'), background: getComputedStyle(el).backgroundColor };
				}, id);
				expect(box.target).toBe(true);
				expect(box.background).not.toBe('rgba(0, 0, 0, 0)');
				expect(box.top).toBeGreaterThanOrEqual(0);
				expect(box.top).toBeLessThan(800 / 2);
				expect(await coveringElements(page, id)).toEqual([]);
				await page.close();
			});
		}
	}
});

describe('without JavaScript', () => {
	it('the links are plain links that still lead to their target', async () => {
		const context = await running.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(running.site.origin + PATH);
		await page.hover('#p-7');
		await page.click('#p-7 > .anchor');
		expect(new URL(page.url()).hash).toBe('#p-7');
		expect(await page.$eval('#p-7', (el) => el.matches(':target'))).toBe(true);
		expect(await page.$$('.share-status')).toHaveLength(0);
		await context.close();
	});
});
