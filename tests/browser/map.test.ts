/** The locator map as a reader's browser draws it: every label shown, legible and clear of the others and of every dot. */
import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/browser';
import { STORY_SLUG } from '../support/site';
import { AP_EXPLAINER, loadExplainer } from '../support/explainers';

const { data } = loadExplainer(AP_EXPLAINER);

const running = siteInChromium();

/** WCAG's contrast ratio of two computed CSS colours (`rgb(r, g, b)`). */
function contrast(a: string, b: string): number {
	const luminance = (colour: string) => {
		const [r, g, bl] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
			const v = Number(c) / 255;
			return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [la, lb] = [luminance(a), luminance(b)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** How land stands out from the water on the page's first map, and its coast from both, as drawn. */
async function landAndWater(page: import('playwright-core').Page) {
	const drawn = await page.locator('.map svg').first().evaluate((svg) => {
		const land = getComputedStyle(svg.querySelector('.land')!);
		return { water: getComputedStyle(svg).backgroundColor, land: land.fill, coast: land.stroke, coastWidth: parseFloat(land.strokeWidth) };
	});
	return { landOnWater: contrast(drawn.land, drawn.water), coastOnWater: contrast(drawn.coast, drawn.water), coastOnLand: contrast(drawn.coast, drawn.land), coastWidth: drawn.coastWidth };
}

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
				// Every place is named once; places that share a dot share its label ("Tokyo, Yasukuni Shrine").
				const names = data.places.map((p) => p.name.replace(/\s+/g, ''));
				for (const name of names) expect(labels.filter((l) => l.text.split(',').includes(name)), name).toHaveLength(1);
				expect(labels.flatMap((l) => l.text.split(',')).sort()).toEqual(names.sort());
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
				const cityLabel = labels.find((l) => l.text === 'Seoul') as Drawn;
				expect(cityLabel.fill).toBe(textColour);
				expect(await page.locator('#places circle').count()).toBeGreaterThanOrEqual(6);
				// No two dots drawn closer than a dot's width (one would hide the other).
				for (const a of dots) for (const b of dots) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(a.width);
				// The overview's names are smaller than the main map's, and each lies inside the overview.
				const inset = await svg.locator('.inset rect').boundingBox();
				const small = await svg.locator('text.overview').evaluateAll((texts) => texts.map((t) => ({ size: parseFloat(getComputedStyle(t).fontSize), box: t.getBoundingClientRect().toJSON() as DOMRect })));
				expect(small.length).toBeGreaterThan(0);
				for (const { size, box } of small) {
					expect(size).toBeLessThan(labels.find((l) => l.text === 'Seoul')!.fontSize);
					expect(box.x).toBeGreaterThanOrEqual(inset!.x - 1);
					expect(box.x + box.width).toBeLessThanOrEqual(inset!.x + inset!.width + 1);
				}
				const { landOnWater, coastOnWater, coastWidth } = await landAndWater(page);
				expect(landOnWater).toBeGreaterThanOrEqual(1.5);
				expect(coastOnWater).toBeGreaterThanOrEqual(2);
				expect(coastWidth).toBeGreaterThanOrEqual(1);
				await page.close();
			});
		});
	}
}

describe('a place’s own map shows what is round it', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`a country among its neighbours, drawn in a stronger tone (${colorScheme})`, async () => {
			const page = await running.browser.newPage({ viewport: { width: 375, height: 900 }, colorScheme, javaScriptEnabled: false });
			await page.goto(`${running.site.origin}/places/united-states/`);
			const frame = (await page.locator('.map svg').boundingBox())!;
			const focus = (await page.locator('.map .focus').boundingBox())!;
			// Fitted to the lower 48 with room round them: not an empty box of land, not the whole Pacific.
			expect(focus.width).toBeGreaterThan(frame.width * 0.4);
			expect(focus.x).toBeGreaterThan(frame.x);
			expect(focus.x + focus.width).toBeLessThan(frame.x + frame.width + 1);
			const fills = await page.locator('.map svg').evaluate((svg) => [getComputedStyle(svg.querySelector('.land')!).fill, getComputedStyle(svg.querySelector('.focus')!).fill]);
			expect(fills[0]).not.toBe(fills[1]);
			const { landOnWater, coastOnWater } = await landAndWater(page);
			expect(landOnWater).toBeGreaterThanOrEqual(1.5);
			expect(coastOnWater).toBeGreaterThanOrEqual(2);
			await page.close();
		});
	}

	it('a site with its country and the nearest city', async () => {
		const page = await running.browser.newPage({ viewport: { width: 375, height: 900 }, javaScriptEnabled: false });
		await page.goto(`${running.site.origin}/places/undersea-mine-site/`);
		const texts = await page.locator('.map svg text').allTextContents();
		// A name on two lines reads "Chosei undersea" then "coal mine site": compared without spaces.
		expect(texts.map((t) => t.replace(/\s+/g, ''))).toEqual(expect.arrayContaining(['Choseiunderseacoalminesite', 'Japan', 'Kitakyushu']));
		expect(await page.locator('.map svg circle').count()).toBe(2);
		await page.close();
	});
});

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
