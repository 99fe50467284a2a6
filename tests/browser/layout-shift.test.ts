/**
 * No layout shift: every page, loaded at a phone's width in Chromium, settles without moving what is
 * already on screen (images and the map have their size reserved, no font or script reflows the page).
 * The Layout Instability API reports each shift; their sum is the page's cumulative layout shift.
 */
import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/browser.ts';
import { DIST } from '../support/site.ts';
import { htmlFiles, urlPathOf } from '../support/page-weight.ts';

const paths = htmlFiles(DIST).map(urlPathOf);

const running = siteInChromium(DIST);

describe.each(paths)('%s', (path) => {
	it('does not shift its layout while it loads', async () => {
		const page = await running.browser.newPage({ viewport: { width: 375, height: 800 } });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { __shifts: number[] }).__shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) shifts.push(entry.value);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(running.site.origin + path, { waitUntil: 'load' });
		// Fonts settled and two frames after load, so a late image or font would have been laid out.
		await page.evaluate(async () => {
			await document.fonts.ready;
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		});
		const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
		await page.close();
		expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
	});
});
