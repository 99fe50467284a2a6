/** Entity pages and the explainer's context sections in Chromium: no accessibility violations axe can find. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/browser';


const running = siteInChromium();

describe('accessibility', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`person and place pages, and the explainer's who's who and places, pass axe (${colorScheme})`, async () => {
			const context = await running.browser.newContext({ colorScheme, viewport: { width: 375, height: 800 } });
			const page = await context.newPage();
			for (const [path, include] of [
				['/people/lee-jae-myung/', 'main'],
				['/places/venezuela/', 'main'],
				['/explainers/japan-south-korea-summit/', '#people'],
				['/explainers/japan-south-korea-summit/', '#places'],
			] as const) {
				await page.goto(running.site.origin + path);
				const { violations } = await new AxeBuilder({ page }).include(include).analyze();
				expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			}
			await context.close();
		});
	}
});
