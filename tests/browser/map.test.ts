/** The locator map as a reader's browser draws it: every label shown, legible and clear of the others and of every dot. */
import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/browser';
import { STORY_SLUG } from '../support/site';
import { AP_EXPLAINER, loadExplainer } from '../support/explainers';

const { data } = loadExplainer(AP_EXPLAINER);

const running = siteInChromium();

interface Drawn {
	text: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fontSize: number;
	fill: string;
}

for (const width of [375, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		describe(`at ${width} px, ${colorScheme}`, () => {
			it('renders the map with a visible, legible label for every place, none overlapping another or a dot', async () => {
				const page = await running.browser.newPage({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: false });
				await page.goto(`${running.site.origin}/explainers/${STORY_SLUG}/`);
				const svg = page.locator('#places svg[role="img"]');
				await svg.scrollIntoViewIfNeeded();
				expect(await svg.isVisible()).toBe(true);
				const frame = await svg.boundingBox();
				if (!frame) throw new Error('the map has no box');
				// The map fills the column: the whole width on a phone.
				if (width === 375) expect(frame.width).toBeGreaterThan(330);
				expect(frame.width).toBeLessThanOrEqual(width);

				const labels: Drawn[] = await svg.locator('text').evaluateAll((texts) =>
					texts.map((text) => {
						const box = text.getBoundingClientRect();
						const style = getComputedStyle(text);
						return {
							text: (text.textContent ?? '').replace(/\s+/g, ''),
							x: box.x,
							y: box.y,
							width: box.width,
							height: box.height,
							fontSize: parseFloat(style.fontSize) * (box.height > 0 ? 1 : 0),
							fill: style.fill,
						};
					}),
				);
				// Places that share a dot share its label ("Tokyo, Yasukuni Shrine"): every place is named once.
				expect(labels.flatMap((l) => l.text.split(',')).sort()).toEqual(data.places.map((p) => p.name.replace(/\s+/g, '')).sort());
				const svgScale = frame.width / Number((await svg.getAttribute('viewBox'))?.split(' ')[2]);
				for (const label of labels) {
					expect(label.width, label.text).toBeGreaterThan(0);
					// Inside the drawing, and at least ~9 px tall as drawn.
					expect(label.x, label.text).toBeGreaterThanOrEqual(frame.x - 1);
					expect(label.y, label.text).toBeGreaterThanOrEqual(frame.y - 1);
					expect(label.x + label.width, label.text).toBeLessThanOrEqual(frame.x + frame.width + 1);
					expect(label.y + label.height, label.text).toBeLessThanOrEqual(frame.y + frame.height + 1);
					expect(label.fontSize * svgScale, label.text).toBeGreaterThanOrEqual(8.5);
				}
				const dots = await svg.locator('circle').evaluateAll((circles) =>
					circles.map((circle) => {
						const box = circle.getBoundingClientRect();
						return { text: `the dot at ${circle.getAttribute('cx')},${circle.getAttribute('cy')}`, x: box.x, y: box.y, width: box.width, height: box.height };
					}),
				);
				// Glyph boxes include line gaps; a sliver of a pixel is not an overlap a reader sees.
				const covers = (a: Omit<Drawn, 'fontSize' | 'fill'>, b: Omit<Drawn, 'fontSize' | 'fill'>) =>
					Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 2;
				for (const a of labels) {
					for (const b of labels) if (a !== b) expect(covers(a, b), `${a.text} overlaps ${b.text}`).toBe(false);
					// No name is printed over a dot: a country's name is an area's, not a city's.
					for (const dot of dots) expect(covers(a, dot), `${a.text} covers ${dot.text}`).toBe(false);
				}
				// Labels are drawn in the theme's text colours, not the browser's default black on a dark page.
				const textColour = await page.evaluate(() => getComputedStyle(document.body).color);
				const cityLabel = labels.find((l) => l.text.split(',').includes('Nara')) as Drawn;
				expect(cityLabel.fill).toBe(textColour);
				expect(await page.locator('#places circle').count()).toBeGreaterThanOrEqual(8);
				await page.close();
			});
		});
	}
}

describe('linked mentions in the browser', () => {
	it('take the reader from the story to the card', async () => {
		const page = await running.browser.newPage({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false, reducedMotion: 'reduce' });
		await page.goto(`${running.site.origin}/explainers/${STORY_SLUG}/`);
		await page.locator('#story a[href="#person-minoru-kihara"]').click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#person-minoru-kihara');
		expect(await page.locator('#person-minoru-kihara').isVisible()).toBe(true);
		const top = await page.locator('#person-minoru-kihara').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeLessThan(800);
		await page.close();
	});
});
