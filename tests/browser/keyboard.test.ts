/**
 * Keyboard use, in Chromium, on one page of every type: the skip link is the first stop and works;
 * Tab reaches every control on the page, each with a focus ring that stands out from the background
 * (3:1, WCAG 1.4.11) in light and dark; the timeline's links and every share control work from the
 * keyboard.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, siteInChromium, type WatchedContext, watchedContext } from '../support/browser.ts';
import { samplePages, SHARE_CONTROLS } from '../support/pages.ts';

let watched: WatchedContext;

const running = siteInChromium();

beforeAll(async () => {
	watched = await watchedContext(running.browser, running.site.origin);
	// Share controls copy links; the clipboard is the browser's to grant.
	await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.site.origin });
});

const samples = samplePages();
const explainer = samples.find((sample) => sample.type === 'explainer');

const open = (path: string, colorScheme: 'light' | 'dark' = 'light', width = 1280) => openPage(watched, running.site.origin + path, { colorScheme, width });

/**
 * Elements named by their place in the document and their text: `a#57 Timeline`. Scripts only ever
 * append to the page, so the numbers hold while a test tabs through it.
 */
const KEY = (el: Element) => `${el.tagName.toLowerCase()}#${[...document.querySelectorAll('*')].indexOf(el)} ${(el.textContent ?? '').trim().slice(0, 40)}`;
const keysOf = (page: Page, selector: string) =>
	page.evaluate(
		([key, sel]) => {
			const name = new Function(`return ${key}`)() as (el: Element) => string;
			return [...document.querySelectorAll<HTMLElement>(sel)]
				.filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }))
				.map(name);
		},
		[KEY.toString(), selector],
	);
/** The focused element's key, and how its focus ring looks against what lies around it. */
function describeFocus(key: string) {
	const el = document.activeElement as HTMLElement | null;
	if (!el || el === document.body) return undefined;
	const style = getComputedStyle(el);
	const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
	const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
		const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
		return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
	};
	// The ring is drawn outside the element (outline-offset), over its parent's background.
	let holder: HTMLElement | null = el.parentElement;
	let background = getComputedStyle(document.documentElement).backgroundColor;
	while (holder) {
		const color = getComputedStyle(holder).backgroundColor;
		if ((rgb(color)[3] ?? 1) > 0) {
			background = color;
			break;
		}
		holder = holder.parentElement;
	}
	const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))];
	return {
		key: (new Function(`return ${key}`)() as (el: Element) => string)(el),
		ring: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) },
	};
}

/** Press Tab until focus comes back round: every stop, in order, with its focus ring. */
async function tabStops(page: Page, limit = 600) {
	const stops: NonNullable<ReturnType<typeof describeFocus>>[] = [];
	for (let i = 0; i < limit; i += 1) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(describeFocus, KEY.toString());
		if (!stop || stop.key === stops[0]?.key) break;
		stops.push(stop);
	}
	return stops;
}

/** Press Tab until the focused element matches `selector`; false if it never does. */
async function tabTo(page: Page, selector: string, limit = 600): Promise<boolean> {
	for (let i = 0; i < limit; i += 1) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
	}
	return false;
}

describe.each(samples)('$type page ($path)', ({ type, path, shares }) => {
	it('the skip link is the first Tab stop, shows itself, and moves focus to the content', async () => {
		const { page } = await open(path);
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const el = document.activeElement as HTMLAnchorElement;
			const box = el.getBoundingClientRect();
			return { text: el.textContent?.trim(), href: el.getAttribute('href'), visible: box.top >= 0 && box.bottom <= innerHeight && box.width > 0 && box.height > 0 };
		});
		expect(skip).toEqual({ text: 'Skip to content', href: '#main', visible: true });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.keyboard.press('Tab');
		// The next stop is inside the content, not back in the masthead.
		expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(true);
		await page.close();
	});

	it.each(['light', 'dark'] as const)('Tab reaches every control (timeline and share controls included), each with a focus ring that stands out, %s', async (colorScheme) => {
		const { page } = await open(path, colorScheme);
		const stops = await tabStops(page);
		const reached = new Set(stops.map((stop) => stop.key));
		const controls = await keysOf(page, 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]');
		const shareControls = await keysOf(page, SHARE_CONTROLS);
		const timelineLinks = await keysOf(page, '#timeline a[href]');
		await page.close();
		expect(controls.length).toBeGreaterThan(0);
		expect(controls.filter((control) => !reached.has(control))).toEqual([]);
		if (shares) expect(shareControls.length).toBeGreaterThan(0);
		expect(shareControls.filter((control) => !reached.has(control))).toEqual([]);
		if (type === 'explainer') expect(timelineLinks.length).toBeGreaterThan(0);
		expect(timelineLinks.filter((link) => !reached.has(link))).toEqual([]);
		const faint = stops
			.filter(({ ring }) => ring.style === 'none' || ring.width < 2 || ring.contrast < 3)
			.map(({ key, ring }) => `${key}: ${ring.style} ${ring.width}px, ${ring.contrast.toFixed(2)}:1`);
		expect(faint).toEqual([]);
	});

	it('every share control works from the keyboard', async () => {
		const { page } = await open(path);
		const controls = await keysOf(page, SHARE_CONTROLS);
		for (let index = 0; index < controls.length; index += 1) {
			const control = page.locator(SHARE_CONTROLS).nth(index);
			const href = (await control.getAttribute('href')) ?? '';
			const fragment = href.slice(href.indexOf('#'));
			await control.focus();
			await page.keyboard.press('Enter');
			// It still moves to its target, then copies the link (headless Chromium has no share sheet)
			// and says so in a status message.
			await page.waitForFunction((hash) => location.hash === hash, fragment);
			await page.waitForFunction((hash) => navigator.clipboard.readText().then((text) => text.endsWith(hash)), fragment);
			await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((el) => /copied/i.test(el.textContent ?? '')));
		}
		await page.close();
	});
});

describe.runIf(explainer)('the timeline, from the keyboard', () => {
	it('a date in the story takes the reader to its timeline entry, and the entry back to its paragraph', async () => {
		const { page } = await open(explainer?.path ?? '/', 'light', 375);
		expect(await tabTo(page, 'a.timeline-ref')).toBe(true);
		const ref = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
		// Enter opens the date's card where the reader is; its "Show in timeline" goes to the entry.
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('context');
		expect(await tabTo(page, `#context a[href="${ref}"]`)).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForFunction((hash) => location.hash === hash, ref);
		const entry = await page.evaluate((id) => {
			const target = document.getElementById(id);
			const box = target?.getBoundingClientRect();
			return { matches: target?.matches(':target') ?? false, inView: box ? box.top >= 0 && box.top < innerHeight : false };
		}, ref.slice(1));
		expect(entry).toEqual({ matches: true, inView: true });

		// From the entry, Tab moves on within it, to the link back to the story.
		expect(await tabTo(page, `${ref} a.source`)).toBe(true);
		const back = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
		await page.keyboard.press('Enter');
		await page.waitForFunction((hash) => location.hash === hash, back);
		expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), back.slice(1))).toBe(true);
		await page.close();
	});
});

describe.runIf(explainer)('a context card, from the keyboard', () => {
	it.each([
		[1280, 'light'],
		[1280, 'dark'],
		[375, 'light'],
		[375, 'dark'],
	] as const)('at %i px, %s: opens with a visible focus ring; Tab past its end goes back to its link, and on through the story, the page unmoved', async (width, colorScheme) => {
		const { page } = await open(explainer?.path ?? '/', colorScheme, width);
		expect(await tabTo(page, '.story a[href="#person-sanae-takaichi"]')).toBe(true);
		const before = await page.evaluate(() => window.scrollY);
		await page.keyboard.press('Enter');
		const ring = await page.evaluate(describeFocus, KEY.toString());
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('context');
		expect(ring?.ring.style).toBe('solid');
		expect(ring?.ring.width).toBeGreaterThanOrEqual(2);
		expect(ring?.ring.contrast).toBeGreaterThanOrEqual(3);
		// The close button, the card's links, then out: never to the footer or the Places list.
		const stops: string[] = [];
		for (let i = 0; i < 6 && (await page.evaluate(() => Boolean(document.activeElement?.closest('#context')))); i++) {
			await page.keyboard.press('Tab');
			stops.push((await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.className)) ?? '');
		}
		expect(stops.at(-1)).toBe('#person-sanae-takaichi');
		expect(stops.slice(0, -1)).toEqual(['context-close', '/people/sanae-takaichi/', '#person-sanae-takaichi']);
		expect(await page.evaluate(() => document.getElementById('context')?.matches(':popover-open'))).toBe(false);
		expect(await page.evaluate(() => window.scrollY)).toBe(before);
		// The next Tab goes on to the story's next link.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.story') !== null)).toBe(true);
		expect(await page.evaluate(() => window.scrollY)).toBe(before);
		await page.close();
	});
});
