/**
 * Every page reads without JavaScript: with scripts off, one page of each type shows every line of
 * text it shows with scripts on, apart from the labels of controls that scripts add. The search page
 * is the exception the site admits to: without JavaScript it says search needs it, and where to go.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, siteInChromium, type WatchedContext, watchedContext } from '../support/browser.ts';
import { samplePages } from '../support/pages.ts';

const contexts = new Map<boolean, WatchedContext>();

const running = siteInChromium();

beforeAll(async () => {
	for (const javaScriptEnabled of [true, false]) contexts.set(javaScriptEnabled, await watchedContext(running.browser, running.site.origin, { javaScriptEnabled }));
});

/** The page's visible text, line by line, and the labels of its controls. */
async function read(path: string, javaScriptEnabled: boolean) {
	const { page } = await openPage(contexts.get(javaScriptEnabled) as WatchedContext, running.site.origin + path);
	const text = await page.evaluate(() => ({
		lines: document.body.innerText.split('\n').map((line) => line.trim()).filter(Boolean),
		controls: [...document.querySelectorAll('button, input, select, textarea, label, [role="button"], [role="status"]')].map((el) => (el as HTMLElement).innerText.trim()),
	}));
	await page.close();
	return text;
}

describe.each(samplePages())('$type page ($path) without JavaScript', ({ type, path }) => {
	it(type === 'search' ? 'says that search needs JavaScript, and where else to look' : 'shows all the text it shows with JavaScript', async () => {
		const [withScripts, without] = await Promise.all([read(path, true), read(path, false)]);
		expect(without.lines.length).toBeGreaterThan(3);
		if (type === 'search') {
			expect(without.lines.join('\n')).toMatch(/needs JavaScript/i);
			return;
		}
		const shown = new Set(without.lines);
		const controls = new Set(withScripts.controls.flatMap((label) => label.split('\n').map((line) => line.trim())));
		expect(withScripts.lines.filter((line) => !shown.has(line) && !controls.has(line))).toEqual([]);
	});
});
