/**
 * Keyboard use, in Chromium, on one page of every type: the skip link is the first stop and works;
 * Tab reaches every control on the page, each with a focus ring that stands out from the background
 * (3:1, WCAG 1.4.11) in light and dark; the timeline's links and every share control work from the
 * keyboard.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type WatchedContext, watchedContext } from '../support/browser.ts';
import { launchChromium } from '../support/chromium.ts';
import { samplePages, SHARE_CONTROLS } from '../support/pages.ts';
import { type RunningSite, serveSite } from '../support/serve.ts';

let browser: Browser;
let site: RunningSite;
let watched: WatchedContext;

beforeAll(async () => {
	[browser, site] = await Promise.all([launchChromium(), serveSite('dist')]);
	watched = await watchedContext(browser, site.origin);
	// Share controls copy links; the clipboard is the browser's to grant.
	await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
});

afterAll(async () => {
	await Promise.all([browser?.close(), site?.close()]);
});

const samples = samplePages();
const explainer = samples.find((sample) => sample.type === 'explainer');

const open = (path: string, colorScheme: 'light' | 'dark' = 'light', width = 1280) => openPage(watched, site.origin + path, { colorScheme, width });

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
const focused = (page: Page) =>
	page.evaluate((key) => {
		const el = document.activeElement;
		return !el || el === document.body ? 'body' : (new Function(`return ${key}`)() as (el: Element) => string)(el);
	}, KEY.toString());

/** Press Tab until focus comes back round; every stop, in order. */
async function tabStops(page: Page, limit = 600): Promise<string[]> {
	const stops: string[] = [];
	for (let i = 0; i < limit; i += 1) {
		await page.keyboard.press('Tab');
		const stop = await focused(page);
		if (stop === 'body' || stop === stops[0]) break;
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

describe.each(samples)('$type page ($path)', ({ path, shares }) => {
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

	it('Tab reaches every control on the page', async () => {
		const { page } = await open(path);
		const stops = new Set(await tabStops(page));
		const controls = await keysOf(page, 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]');
		expect(controls.length).toBeGreaterThan(0);
		expect(controls.filter((control) => !stops.has(control))).toEqual([]);
		await page.close();
	});

	it.each(['light', 'dark'] as const)('every stop shows a focus ring that stands out, %s', async (colorScheme) => {
		const { page } = await open(path, colorScheme);
		const faint: string[] = [];
		for (let i = 0; i < 600; i += 1) {
			await page.keyboard.press('Tab');
			const ring = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return undefined;
				const style = getComputedStyle(el);
				const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
				const luminance = ([r, g, b]: number[]) => {
					const linear = [r, g, b].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
					return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
				};
				// The ring is drawn outside the element (outline-offset), over its parent's background.
				let holder: HTMLElement | null = el.parentElement;
				let background = 'rgba(0, 0, 0, 0)';
				while (holder) {
					background = getComputedStyle(holder).backgroundColor;
					if ((rgb(background)[3] ?? 1) > 0) break;
					holder = holder.parentElement;
				}
				if (!holder) background = getComputedStyle(document.documentElement).backgroundColor;
				const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))];
				return {
					id: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`,
					width: parseFloat(style.outlineWidth),
					style: style.outlineStyle,
					contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
				};
			});
			if (!ring || faint.length > 20) break;
			if (ring.style === 'none' || ring.width < 2 || ring.contrast < 3) faint.push(`${ring.id}: ${ring.style} ${ring.width}px, ${ring.contrast.toFixed(2)}:1`);
		}
		expect(faint).toEqual([]);
		await page.close();
	});

	it(shares ? 'has share controls, each a Tab stop that works from the keyboard' : 'any share control is a Tab stop that works from the keyboard', async () => {
		const { page } = await open(path);
		const stops = new Set(await tabStops(page));
		const controls = await keysOf(page, SHARE_CONTROLS);
		if (shares) expect(controls.length).toBeGreaterThan(0);
		expect(controls.filter((control) => !stops.has(control))).toEqual([]);
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

	it('every link in the timeline is a Tab stop', async () => {
		const { page } = await open(explainer?.path ?? '/');
		const stops = new Set(await tabStops(page));
		const links = await keysOf(page, '#timeline a[href]');
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((link) => !stops.has(link))).toEqual([]);
		await page.close();
	});
});
