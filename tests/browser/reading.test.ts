/**
 * Reading in place (issue 12), in Chromium: at 375 px with touch and at 1280 px with a mouse, light and
 * dark. A story link opens its context card where the reader is (beside the word, or a bottom sheet),
 * by click, tap or keyboard; Escape, the close button or a click outside closes it; the page does not
 * move, nothing shifts, and focus comes back to the link. "Back to ¶N" and the browser's Back return
 * the reader to their place; on a wide screen the timeline column marks and shows the entries of the
 * paragraphs on screen; on a phone one tap opens the timeline as a sheet at them. axe finds nothing
 * with a card or the sheet open. Without JavaScript the links jump, as they always did.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspViolationsOf, openPage, siteInChromium, type WatchedContext, watchedContext } from '../support/browser.ts';
import { STORY_SLUG } from '../support/site.ts';

const PATH = `/explainers/${STORY_SLUG}/`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const MODES = [
	{ name: '375 px with touch', width: 375, height: 812, touch: true },
	{ name: '1280 px with a mouse', width: 1280, height: 900, touch: false },
] as const;
type Mode = (typeof MODES)[number];

/** One story link of each kind, what its card must say, and the links it must hold. */
const KINDS = [
	{
		kind: 'person',
		link: '#p-1 a[href="#person-sanae-takaichi"]',
		label: 'Sanae Takaichi',
		text: ['Prime Minister of Japan', 'a security hawk'],
		native: { lang: 'ja', name: '高市早苗' },
		links: { '#person-sanae-takaichi': 'Who’s who', '/people/sanae-takaichi/': 'Sanae Takaichi' },
	},
	{
		kind: 'place',
		link: '.story a[href="#place-nara"]',
		label: 'Nara',
		text: ['City in Japan', 'ancient capital'],
		native: { lang: 'ja', name: '奈良' },
		links: { '#place-nara': 'Places', '/places/nara/': 'Nara' },
	},
	{
		kind: 'date',
		link: '#p-18 a[href="#timeline-yasukuni-offering"]',
		label: 'Takaichi sends an offering to Yasukuni',
		text: ['Aug. 15, 2025', 'religious ornament'],
		native: undefined,
		links: { '#timeline-yasukuni-offering': 'Show in timeline' },
	},
] as const;
const CLOSERS = ['Escape', 'the close button', 'a click or tap outside'] as const;

/** For text inside the open card (which has an opaque background), its contrast with that background. */
function contrastOnOpaqueCard(el: Element): number | undefined {
	const card = el.closest('#context');
	if (!card) return undefined;
	const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
	const [, , , alpha = 1] = channels(getComputedStyle(card).backgroundColor);
	if (alpha < 1) return undefined;
	const luminance = (color: string) => {
		const [r, g, b] = channels(color).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [a, b] = [luminance(getComputedStyle(el).color), luminance(getComputedStyle(card).backgroundColor)];
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const running = siteInChromium();
const contexts = new Map<string, WatchedContext>();

beforeAll(async () => {
	for (const mode of MODES) {
		const watched = await watchedContext(running.browser, running.site.origin, { hasTouch: mode.touch, isMobile: mode.touch });
		await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.site.origin });
		// Every layout shift, from the start, whether input preceded it or not.
		await watched.context.addInitScript(() => {
			const w = window as unknown as { __shift: number };
			w.__shift = 0;
			// The timeline column's scroll position in every frame of the first second (wide screens scroll it).
			const frames: number[] = [];
			(window as unknown as { __columnFrames: number[] }).__columnFrames = frames;
			const start = performance.now();
			const frame = () => {
				const column = document.getElementById('timeline');
				if (column) frames.push(column.scrollTop);
				if (performance.now() - start < 1000) requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		contexts.set(mode.name, watched);
	}
	contexts.set('no JavaScript', await watchedContext(running.browser, running.site.origin, { javaScriptEnabled: false }));
});

/** The explainer, in a context of the mode that records layout shifts. */
async function explainer(mode: Mode, colorScheme: 'light' | 'dark') {
	const watched = contexts.get(mode.name)!;
	const { page } = await openPage(watched, running.site.origin + PATH, { width: mode.width, height: mode.height, colorScheme });
	return { page, watched };
}

/** Brings an element to the middle of the screen, as a reader would have it, and waits for the page to settle. */
async function centre(page: Page, selector: string) {
	await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const cardOpen = (page: Page) => page.locator('#context').evaluate((el) => el.matches(':popover-open'));
const focused = (page: Page) => page.evaluate(() => document.activeElement?.closest('#context') ? 'card' : (document.activeElement?.outerHTML.slice(0, 120) ?? ''));
const box = async (locator: Locator) => (await locator.boundingBox())!;

async function press(mode: Mode, locator: Locator) {
	if (mode.touch) await locator.tap();
	else await locator.click();
}

async function closeCard(mode: Mode, page: Page, how: (typeof CLOSERS)[number]) {
	if (how === 'Escape') await page.keyboard.press('Escape');
	else if (how === 'the close button') await press(mode, page.locator('#context .context-close'));
	// A point of the page away from the card and the link: the top of the story column, or the right margin.
	else if (mode.touch) await page.touchscreen.tap(mode.width / 2, 24);
	else await page.mouse.click(mode.width - 20, mode.height / 2);
}

/** The contrast of a colour against the page's background. */
async function contrastWithPage(page: Page, color: string) {
	return page.evaluate((ring) => {
		const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
		const luminance = (c: string) => {
			const [r = 0, g = 0, b = 0] = channels(c).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const [a, b] = [luminance(ring), luminance(getComputedStyle(document.body).backgroundColor)];
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}, color);
}

/**
 * "Back to ¶N" is never over the story's words: on a wide screen it is in the margin, clear of the story
 * and the timeline columns; on a phone it is in the bottom bar, an opaque band with an edge of its own.
 */
async function wayBackBesideTheText(mode: Mode, page: Page) {
	const back = await box(page.locator('.way-back'));
	if (mode.touch) {
		const bar = page.locator('.reading-bar');
		const barBox = await box(bar);
		expect(back.y).toBeGreaterThanOrEqual(barBox.y);
		expect(Math.round(barBox.y + barBox.height)).toBe(mode.height);
		expect(barBox.width).toBe(mode.width);
		expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
	} else {
		const [story, timeline] = [await box(page.locator('.story')), await box(page.locator('#timeline'))];
		expect(back.x).toBeGreaterThanOrEqual(story.x + story.width);
		expect(back.x).toBeGreaterThanOrEqual(timeline.x + timeline.width);
		expect(back.x + back.width).toBeLessThanOrEqual(mode.width);
	}
}

describe.each(MODES.flatMap((mode) => (['light', 'dark'] as const).map((colorScheme) => ({ mode, colorScheme }))))(
	'at $mode.name, $colorScheme',
	({ mode, colorScheme }) => {
		it.each(KINDS.map((kind, index) => ({ ...kind, closer: CLOSERS[index] })))(
			'a $kind link opens its card where the reader is, by click or tap; $closer closes it, the page unmoved, focus back on the link',
			async ({ link: selector, label, text, native, links, closer }) => {
				const { page, watched } = await explainer(mode, colorScheme);
				await centre(page, selector);
				const before = await scrollY(page);
				const link = page.locator(selector).first();
				expect(await link.getAttribute('aria-haspopup')).toBe('dialog');
				await press(mode, link);
				expect(await cardOpen(page)).toBe(true);
				const card = page.locator('#context');
				// A non-modal dialog, named for what opened, with focus inside it.
				expect(await card.getAttribute('role')).toBe('dialog');
				expect(await card.getAttribute('aria-label')).toBe(label);
				expect(await focused(page)).toBe('card');
				const content = await card.textContent();
				for (const words of text) expect(content).toContain(words);
				// A date's card says where it stood at publication exactly as its timeline entry does (a day before: nothing).
				const status = (root: Locator) => root.locator('.status').allTextContents();
				if (selector.includes('timeline-')) expect(await status(card)).toEqual(await status(page.locator(Object.keys(links)[0]!)));
				if (native) expect(await card.locator(`[lang="${native.lang}"]`).textContent()).toBe(native.name);
				for (const [href, name] of Object.entries(links)) expect(await card.locator(`a[href="${href}"]`).textContent()).toBe(name);
				expect(await card.locator('[id]').count()).toBe(0);
				// Beside the word on a wide screen, never over it; a bottom sheet on a phone.
				const [cardBox, linkBox] = [await box(card), await box(link)];
				if (mode.touch) {
					expect(cardBox).toMatchObject({ x: 0, width: mode.width });
					expect(Math.round(cardBox.y + cardBox.height)).toBe(mode.height);
					expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(cardBox.y);
				} else {
					const apart = cardBox.y >= linkBox.y + linkBox.height || cardBox.y + cardBox.height <= linkBox.y;
					expect(apart).toBe(true);
					expect(Math.min(Math.abs(cardBox.y - linkBox.y - linkBox.height), Math.abs(linkBox.y - cardBox.y - cardBox.height))).toBeLessThan(16);
					expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(mode.width);
				}
				expect(await scrollY(page)).toBe(before);
				await closeCard(mode, page, closer);
				expect(await cardOpen(page)).toBe(false);
				expect(await scrollY(page)).toBe(before);
				expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await link.getAttribute('href'));
				expect(new URL(page.url()).hash).toBe('');
				expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
				expect(await cspViolationsOf(page)).toEqual([]);
				expect(watched.consoleErrors).toEqual([]);
				await page.close();
			},
		);

		it('every kind of card opens with Enter and closes with Escape, the page unmoved, focus back on the link', async () => {
			const { page } = await explainer(mode, colorScheme);
			for (const { link: selector, label, links } of KINDS) {
				await centre(page, selector);
				const link = page.locator(selector).first();
				await link.focus();
				const before = await scrollY(page);
				await page.keyboard.press('Enter');
				expect(await cardOpen(page)).toBe(true);
				expect(await page.locator('#context').getAttribute('aria-label')).toBe(label);
				expect(await focused(page)).toBe('card');
				// Tab moves through the card's own controls first.
				await page.keyboard.press('Tab');
				expect(await focused(page)).toBe('card');
				const reached = [await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.className)];
				for (let i = 0; i < Object.keys(links).length; i++) {
					await page.keyboard.press('Tab');
					reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.className));
				}
				for (const href of Object.keys(links)) expect(reached).toContain(href);
				await page.keyboard.press('Escape');
				expect(await cardOpen(page)).toBe(false);
				expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await link.getAttribute('href'));
				expect(await scrollY(page)).toBe(before);
			}
			expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
			await page.close();
		});

		it('keeps the reader’s place: a jump out of a card, then “Back to ¶18” or the browser’s Back, returns to it', async () => {
			const { page } = await explainer(mode, colorScheme);
			await centre(page, '#p-18');
			const before = await scrollY(page);
			const back = page.locator('.way-back');
			expect(await back.isVisible()).toBe(false);
			// On a phone the timeline is far below the story; on a wide screen it is beside it, so the jump is to Places.
			const [link, follow, hash] = mode.touch
				? [KINDS[2].link, 'Show in timeline', '#timeline-yasukuni-offering']
				: ['#p-18 a[href="#place-yasukuni-shrine"]', 'Places', '#place-yasukuni-shrine'];
			await press(mode, page.locator(link));
			await press(mode, page.locator('#context').getByRole('link', { name: follow }));
			expect(new URL(page.url()).hash).toBe(hash);
			await expect.poll(() => page.locator(hash).evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
			expect(await cardOpen(page)).toBe(false);
			await expect.poll(() => back.isVisible()).toBe(true);
			expect(await back.textContent()).toBe('Back to ¶18');
			await wayBackBesideTheText(mode, page);
			await press(mode, back);
			await expect.poll(() => scrollY(page)).toBe(before);
			expect(new URL(page.url()).hash).toBe('');
			// Focus is back on the story's link too, for the keyboard.
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await page.locator(link).getAttribute('href'));
			expect(await back.isVisible()).toBe(false);
			// Forward to the entry again, and the browser's Back does the same.
			await page.goForward();
			await expect.poll(() => back.isVisible()).toBe(true);
			await page.goBack();
			await expect.poll(() => scrollY(page)).toBe(before);
			expect(await back.isVisible()).toBe(false);
			await page.close();
		});

		it('the way back goes when the reader is back at the paragraph or at the top, and does not survive a reload', async () => {
			const { page } = await explainer(mode, colorScheme);
			const back = page.locator('.way-back');
			// A name's card, then its "Who's who" or "Places" link: far from the paragraph.
			const jumpFrom = async (paragraph: string, href: string) => {
				await centre(page, paragraph);
				await press(mode, page.locator(`${paragraph} a[href="${href}"]`));
				await press(mode, page.locator(`#context a[href="${href}"]`));
				await expect.poll(() => back.isVisible()).toBe(true);
			};
			// Scrolling back up to ¶18 by hand.
			await jumpFrom('#p-18', '#place-yasukuni-shrine');
			await centre(page, '#p-18');
			await expect.poll(() => back.isVisible()).toBe(false);
			expect(await page.evaluate(() => history.state)).toBeNull();
			// Scrolling to the top of the page.
			await jumpFrom('#p-18', '#place-yasukuni-shrine');
			await page.evaluate(() => scrollTo(0, 0));
			await expect.poll(() => back.isVisible()).toBe(false);
			// A reload.
			await jumpFrom('#p-2', '#person-xi-jinping');
			await page.reload();
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			expect(await back.isVisible()).toBe(false);
			await page.close();
		});

		it('the card is a focus scope: open with a visible focus ring; Tab past its end or Shift+Tab before its start go back to the link, the page unmoved', async () => {
			const { page } = await explainer(mode, colorScheme);
			for (const { link: selector, links } of KINDS) {
				await centre(page, selector);
				const link = page.locator(selector).first();
				const href = await link.getAttribute('href');
				for (const way of ['Tab', 'Shift+Tab'] as const) {
					await link.focus();
					const before = await scrollY(page);
					await page.keyboard.press('Enter');
					expect(await cardOpen(page)).toBe(true);
					expect(await focused(page)).toBe('card');
					// The ring is drawn on the card (outline), in the focus colour, 3:1 against the page at least.
					const ring = await page.locator('#context').evaluate((el) => {
						const style = getComputedStyle(el);
						return { matches: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
					});
					expect(ring).toMatchObject({ matches: true, style: 'solid' });
					expect(ring.width).toBeGreaterThanOrEqual(2);
					expect(await contrastWithPage(page, ring.color)).toBeGreaterThanOrEqual(3);
					if (way === 'Tab') {
						// Through the close button and every link of the card, then out: back to the link.
						for (let i = 0; i <= Object.keys(links).length; i++) {
							await page.keyboard.press('Tab');
							expect(await focused(page)).toBe('card');
						}
					}
					await page.keyboard.press(way);
					expect(await cardOpen(page)).toBe(false);
					expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
					expect(await scrollY(page)).toBe(before);
				}
			}
			// From the close button too, Shift+Tab leaves to the link.
			await centre(page, KINDS[0].link);
			await page.locator(KINDS[0].link).focus();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.className)).toBe('context-close');
			await page.keyboard.press('Shift+Tab');
			expect(await cardOpen(page)).toBe(false);
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#person-sanae-takaichi');
			await page.close();
		});

		it('opened by a click or a tap, the card shows no focus ring; the word whose card is open is marked until it closes', async () => {
			const { page } = await explainer(mode, colorScheme);
			await centre(page, KINDS[0].link);
			const link = page.locator(KINDS[0].link);
			const background = () => link.evaluate((el) => getComputedStyle(el).backgroundColor);
			const unmarked = await background();
			await press(mode, link);
			expect(await page.locator('#context').evaluate((el) => el.matches(':focus-visible'))).toBe(false);
			expect(await background()).not.toBe(unmarked);
			await page.keyboard.press('Escape');
			expect(await background()).toBe(unmarked);
			await page.close();
		});

		it('details: a native name that repeats the name is not shown; a date’s card labels it as the timeline does; timeline quotes keep the story’s typography; “#” copies without jumping', async () => {
			const { page } = await explainer(mode, colorScheme);
			// Venezuela is "Venezuela" in Spanish too: its card and its Places entry name it once.
			const venezuela = page.locator('.story a[href="#place-venezuela"]');
			await centre(page, '.story a[href="#place-venezuela"]');
			await press(mode, venezuela);
			expect(await page.locator('#context [lang]').count()).toBe(0);
			expect(await page.locator('#context').textContent()).not.toMatch(/Venezuela\s+Venezuela/);
			expect(await page.locator('#place-venezuela [lang]').count()).toBe(0);
			await page.keyboard.press('Escape');
			// A date's card labels it as its timeline entry does: "Scheduled", "Day of publication", or, for a
			// day before publication, nothing (never "Before publication", which the timeline does not say).
			for (const [id, label] of [['nara-summit', 'Scheduled'], ['lee-nhk-interview', 'Day of publication'], ['japan-defeat', undefined]] as const) {
				const link = `.story a[href="#timeline-${id}"]`;
				await centre(page, link);
				await press(mode, page.locator(link));
				const card = page.locator('#context');
				expect(await card.locator('.status').allTextContents()).toEqual(label ? [label] : []);
				expect(await page.locator(`#timeline-${id} .status`).allTextContents()).toEqual(label ? [label] : []);
				expect(await card.textContent()).not.toMatch(/before publication/i);
				await page.keyboard.press('Escape');
			}
			// The timeline quotes the story's words as the story prints them.
			const quote = await page.locator('#timeline-japan-defeat .source').evaluate((el) => el.firstChild?.textContent);
			const words = await page.locator('#ref-japan-defeat').textContent();
			expect(quote).toBe(`“${words}”`);
			expect(words).toBe('Japan’s defeat');
			// A paragraph's "#" copies its link and leaves the page where it is.
			await centre(page, '#p-3');
			const before = await scrollY(page);
			const mark = page.locator('#p-3 > .anchor');
			if (!mode.touch) await page.locator('#p-3').hover();
			await press(mode, mark);
			await expect.poll(() => page.locator('.share-status').textContent()).toBe('Link to paragraph 3 copied');
			expect(new URL(page.url()).hash).toBe('#p-3');
			expect(await scrollY(page)).toBe(before);
			await page.close();
		});

		it('axe finds nothing with a card open, nor with the timeline sheet open', async () => {
			const { page } = await explainer(mode, colorScheme);
			const check = async (what: string) => {
				const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				// axe computes stacking itself and does not know the top layer: text of the card whose lines
				// lie over different parts of the page is "undecided". The card is opaque, so the contrast
				// that counts is its text's against the card's own background, measured here (4.5:1).
				const undecided: string[] = [];
				for (const target of results.incomplete
					.filter((result) => result.id === 'color-contrast')
					.flatMap((result) => result.nodes.map((node) => node.target.join(' ')))) {
					// Undecided text elsewhere (the map's labels, over their halos) is the accessibility gate's, with the card closed.
					if (!(await page.locator(target).first().evaluate((el) => Boolean(el.closest('#context'))))) continue;
					const ratio = await page.locator(target).first().evaluate(contrastOnOpaqueCard);
					if (ratio === undefined || ratio < 4.5) undecided.push(`${target}: ${ratio === undefined ? 'no opaque background' : `${ratio.toFixed(2)}:1`}`);
				}
				expect({ what, violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), undecided }).toEqual({
					what,
					violations: [],
					undecided: [],
				});
			};
			for (const { link } of KINDS) {
				await centre(page, link);
				await press(mode, page.locator(link));
				await check(link);
				await page.keyboard.press('Escape');
			}
			if (mode.touch) {
				await press(mode, page.locator('.timeline-open'));
				await check('the timeline sheet');
			}
			await page.close();
		});

		if (mode.touch) {
			it('one tap opens the timeline as a sheet at the paragraph being read; closing it leaves the reader there', async () => {
				const { page } = await explainer(mode, colorScheme);
				await centre(page, '#p-18');
				const before = await scrollY(page);
				const button = page.locator('.timeline-open');
				expect(await button.isVisible()).toBe(true);
				await button.tap();
				expect(await cardOpen(page)).toBe(true);
				const sheet = page.locator('#context');
				expect(await sheet.getAttribute('aria-label')).toBe('Timeline');
				expect(await focused(page)).toBe('card');
				expect(await sheet.locator('li.event').count()).toBe(await page.locator('#timeline li.event').count());
				// The entries of the paragraph being read are marked and in the sheet's view.
				const current = sheet.locator('li[aria-current="true"]', { hasText: '¶18' }).first();
				const [sheetBox, entryBox] = [await box(sheet), await box(current)];
				expect(entryBox.y).toBeGreaterThanOrEqual(sheetBox.y);
				expect(entryBox.y + entryBox.height).toBeLessThanOrEqual(sheetBox.y + sheetBox.height);
				expect(Math.round(sheetBox.y + sheetBox.height)).toBe(mode.height);
				await page.locator('#context .context-close').tap();
				expect(await cardOpen(page)).toBe(false);
				expect(await scrollY(page)).toBe(before);
				expect(await page.evaluate(() => document.activeElement?.className)).toBe('timeline-open');
				expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
				await page.close();
			});

			it('a word in the lower part of the screen is moved above the sheet, and stays marked while it is open', async () => {
				const { page } = await explainer(mode, colorScheme);
				const link = page.locator('#p-20 a[href="#person-minoru-kihara"]');
				await centre(page, '#p-20');
				// The word at y = 690 of 812, where the sheet would cover it.
				const y = (await box(link)).y;
				await page.evaluate((by) => scrollBy(0, by), y - 690);
				await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
				expect(Math.round((await box(link)).y)).toBe(690);
				await link.tap();
				expect(await cardOpen(page)).toBe(true);
				const [sheet, word] = [await box(page.locator('#context')), await box(link)];
				expect(word.y + word.height).toBeLessThanOrEqual(sheet.y);
				expect(word.y).toBeGreaterThanOrEqual(0);
				expect(await link.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
				await page.keyboard.press('Escape');
				expect(await link.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
				expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#person-minoru-kihara');
				await page.close();
			});

			it('the sheet keeps its heading, keeps its scrolling to itself, and shows its edge', async () => {
				const { page } = await explainer(mode, colorScheme);
				await centre(page, '#p-18');
				const before = await scrollY(page);
				await page.locator('.timeline-open').tap();
				const sheet = page.locator('#context');
				const body = sheet.locator('.context-body');
				const heading = body.locator('h2');
				// Scrolled to its end, and past it, with a finger's swipes (touch events, as a phone sends them):
				// the sheet ends, the page behind stays.
				const sheetBox = await box(sheet);
				const touch = await page.context().newCDPSession(page);
				const [x, from] = [sheetBox.x + sheetBox.width / 2, sheetBox.y + sheetBox.height - 40];
				const atEnd = () => body.evaluate((el) => Math.round(el.scrollTop + el.clientHeight - el.scrollHeight));
				for (let swipe = 0; swipe < 12; swipe++) {
					await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
					for (let step = 1; step <= 10; step++) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from - step * 40 }] });
					await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
					await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
				}
				await expect.poll(atEnd).toBe(0);
				await touch.detach();
				expect(await body.evaluate((el) => getComputedStyle(el).overscrollBehaviorY)).toBe('contain');
				expect(await scrollY(page)).toBe(before);
				// The heading is still at the top of the sheet's scrolling part.
				const [headingBox, bodyBox] = [await box(heading), await box(body)];
				expect(Math.round(headingBox.y)).toBe(Math.round(bodyBox.y));
				expect(await heading.textContent()).toBe('Timeline');
				// Its top edge: a line that stands out from the page (3:1) in light and in dark.
				const edge = await sheet.evaluate((el) => ({ width: parseFloat(getComputedStyle(el).borderTopWidth), color: getComputedStyle(el).borderTopColor }));
				expect(edge.width).toBeGreaterThanOrEqual(1);
				expect(await contrastWithPage(page, edge.color)).toBeGreaterThanOrEqual(3);
				await page.close();
			});

			it('a jump from inside the sheet (“¶12” in the timeline) offers the way back to where the reader was', async () => {
				const { page } = await explainer(mode, colorScheme);
				await centre(page, '#p-18');
				const before = await scrollY(page);
				const reading = await page.evaluate(() =>
					[...document.querySelectorAll('.story > p[id]')].filter((p) => {
						const r = p.getBoundingClientRect();
						return r.bottom > 0 && r.top < innerHeight;
					}).map((p) => p.id.slice(2)),
				);
				await page.locator('.timeline-open').tap();
				await page.locator('#context a[href="#p-12"]').first().tap();
				expect(await cardOpen(page)).toBe(false);
				expect(new URL(page.url()).hash).toBe('#p-12');
				const back = page.locator('.way-back');
				await expect.poll(() => back.isVisible()).toBe(true);
				const text = (await back.textContent()) ?? '';
				expect(reading).toContain(text.replace('Back to ¶', ''));
				await wayBackBesideTheText(mode, page);
				await back.tap();
				await expect.poll(() => scrollY(page)).toBe(before);
				await page.close();
			});

			it('the story starts high on the first screen, clear of the headline and the pills', async () => {
				const { page } = await explainer(mode, colorScheme);
				const [story, pills] = [await box(page.locator('#p-1')), await box(page.locator('.jump'))];
				expect(story.y).toBeLessThan(400);
				expect(story.y - (pills.y + pills.height)).toBeGreaterThanOrEqual(16);
				// The pills take one row.
				const tops = await page.locator('.jump a').evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
				expect(tops).toBe(1);
				await page.close();
			});

			it('a tap never opens a card by hover: a card opened by a tap takes focus, as only a deliberate opening does', async () => {
				const { page } = await explainer(mode, colorScheme);
				expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
				await centre(page, KINDS[0].link);
				await page.locator(KINDS[0].link).tap();
				expect(await focused(page)).toBe('card');
				await page.close();
			});
		} else {
			it('the timeline column stays in view, and marks and shows the entries of the paragraphs on screen', async () => {
				const { page } = await explainer(mode, colorScheme);
				expect(await page.locator('.timeline-open').isVisible()).toBe(false);
				await centre(page, '#p-18');
				const entry = page.locator('#timeline-yasukuni-offering');
				await expect.poll(() => entry.getAttribute('aria-current')).toBe('true');
				// Brought into the column's view, which is on screen.
				await expect
					.poll(() =>
						entry.evaluate((el) => {
							const [e, column] = [el.getBoundingClientRect(), el.closest('aside')!.getBoundingClientRect()];
							return e.top >= Math.max(0, column.top) && e.bottom <= Math.min(innerHeight, column.bottom);
						}),
					)
					.toBe(true);
				// Every entry of ¶18, not only the first, is in the column's view.
				const ofParagraph18 = page.locator('#timeline li.event', { has: page.locator('a.source[href="#p-18"]') });
				expect(await ofParagraph18.count()).toBe(3);
				await expect
					.poll(() =>
						ofParagraph18.evaluateAll((items) =>
							items.every((el) => {
								const [e, column] = [el.getBoundingClientRect(), el.closest('aside')!.getBoundingClientRect()];
								return e.top >= Math.max(0, column.top) && e.bottom <= Math.min(innerHeight, column.bottom);
							}),
						),
					)
					.toBe(true);
				// A visible mark, and none on the entries of paragraphs off screen.
				expect(await entry.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
				expect(await page.locator('#timeline-nara-summit').getAttribute('aria-current')).toBeNull();
				expect(await page.locator('#timeline [aria-current]').count()).toBeGreaterThan(0);
				expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
				await page.close();
			});

			it('shows the entries of the paragraphs in view from the first screen on, where the column is from its first frame', async () => {
				const { page } = await explainer(mode, colorScheme);
				// Every entry of a paragraph wholly on screen is marked, and every marked entry is in the column's view.
				const onScreen = await page.evaluate(() =>
					[...document.querySelectorAll('.story > p[id]')]
						.filter((p) => p.getBoundingClientRect().top >= 0 && p.getBoundingClientRect().bottom <= innerHeight)
						.map((p) => `#${p.id}`),
				);
				// The lede and the paragraphs after it, ¶1 to ¶3 at least: their dates lie far apart in the column.
				expect(onScreen.slice(0, 3)).toEqual(['#p-1', '#p-2', '#p-3']);
				const ofScreen = page.locator('#timeline li.event').filter({ has: page.locator(onScreen.map((p) => `a.source[href="${p}"]`).join(',')) });
				expect(await ofScreen.count()).toBeGreaterThanOrEqual(4);
				await expect.poll(() => ofScreen.evaluateAll((items) => items.every((el) => el.getAttribute('aria-current') === 'true'))).toBe(true);
				const marked = page.locator('#timeline li[aria-current]');
				expect(
					await marked.evaluateAll((items) =>
						items.map((el) => {
							const [e, column] = [el.getBoundingClientRect(), el.closest('aside')!.getBoundingClientRect()];
							return e.top >= Math.max(0, column.top) && e.bottom <= Math.min(innerHeight, column.bottom);
						}),
					),
				).not.toContain(false);
				// The column stood there from its first frame: the script had nothing to move.
				const frames = await page.evaluate(() => (window as unknown as { __columnFrames: number[] }).__columnFrames);
				expect(frames.length).toBeGreaterThan(0);
				expect(new Set(frames)).toEqual(new Set([await page.locator('#timeline').evaluate((el) => el.scrollTop)]));
				await page.close();
			});

			it('“Show in timeline” beside the story moves the page barely, and offers no way back', async () => {
				const { page } = await explainer(mode, colorScheme);
				await centre(page, '#p-18');
				const before = await scrollY(page);
				await page.locator(KINDS[2].link).click();
				await page.locator('#context').getByRole('link', { name: 'Show in timeline' }).click();
				expect(new URL(page.url()).hash).toBe('#timeline-yasukuni-offering');
				expect(Math.abs((await scrollY(page)) - before)).toBeLessThan(mode.height / 2);
				expect(await page.locator('#p-18').evaluate((el) => el.getBoundingClientRect().bottom > 0 && el.getBoundingClientRect().top < innerHeight)).toBe(true);
				await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
				expect(await page.locator('.way-back').isVisible()).toBe(false);
				await page.close();
			});

			it('hovering a link with the mouse opens its card after a pause, without taking focus; moving away closes it', async () => {
				const { page } = await explainer(mode, colorScheme);
				const before = await scrollY(page);
				await page.locator(KINDS[0].link).hover();
				await expect.poll(() => cardOpen(page)).toBe(true);
				expect(await focused(page)).not.toBe('card');
				await page.mouse.move(mode.width - 20, mode.height - 20);
				await expect.poll(() => cardOpen(page)).toBe(false);
				expect(await scrollY(page)).toBe(before);
				await page.close();
			});
		}
	},
);

describe('without JavaScript', () => {
	it('the story’s links jump to the card or entry, as before, and no control of the script shows', async () => {
		const { page } = await openPage(contexts.get('no JavaScript')!, running.site.origin + PATH, { width: 375, height: 812 });
		expect(await page.locator('.timeline-open').isVisible()).toBe(false);
		expect(await page.locator('.way-back').isVisible()).toBe(false);
		for (const { link, links } of KINDS) {
			const target = Object.keys(links)[0];
			await page.locator(link).click();
			expect(new URL(page.url()).hash).toBe(target);
			await expect.poll(() => page.locator(target).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(812);
			expect(await page.locator(target).evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
			expect(await cardOpen(page)).toBe(false);
		}
		await page.close();
	});
});
