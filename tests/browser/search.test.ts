/** The search page in Chromium: finds the explainer from its words, offline, and says so without JavaScript. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspViolationsOf, siteInChromium, watchedContext } from '../support/browser';
import { load } from 'cheerio';
import { serveSite } from '../support/serve';
import { DIST, htmlPages, readPage, STORY_SLUG } from '../support/site';


const running = siteInChromium();

describe('search', () => {
	it('finds the explainer when searching for "Horyu", fetching nothing from elsewhere', async () => {
		const page = await running.browser.newPage();
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(running.site.origin)) elsewhere.push(request.url());
		});
		await page.goto(`${running.site.origin}/search/`);
		await page.fill('input[type="search"]', 'Horyu');
		await page.press('input[type="search"]', 'Enter');
		const result = page.locator(`.search-results a[href^="/explainers/${STORY_SLUG}/"]`);
		await result.waitFor();
		expect(await result.textContent()).toContain('Japan will host summit with South Korea');
		// Explainers, people and places are all searched: every indexed page that names Horyu in its
		// indexed text (outside what it marks data-pagefind-ignore, like a person's list of explainers) is a result.
		const indexedText = (file: string) => {
			const $ = load(readPage(file));
			$('[data-pagefind-body] [data-pagefind-ignore]').remove();
			return $('[data-pagefind-body]').text();
		};
		const expected = htmlPages().filter((file) => indexedText(file).includes('Horyu')).length;
		expect(expected).toBeGreaterThan(1);
		expect(await page.textContent('.search-status')).toBe(`${expected} results for “Horyu”`);
		expect(await page.locator('.search-results mark').first().textContent()).toBe('Horyu');
		expect(new URL(page.url()).searchParams.get('q')).toBe('Horyu');
		await result.click();
		await page.waitForURL(`**/explainers/${STORY_SLUG}/#p-*`);
		expect(elsewhere).toEqual([]);
		await page.close();
	});

	// An explainer is found by its story, and its result quotes the story and links to the paragraph
	// that holds the words; a person's or place's result quotes what the explainers say of them.
	it.each(['Nara', 'Yasukuni', 'Lee'])('quotes the story for "%s" and links to its paragraph, never page chrome', async (query) => {
		const page = await running.browser.newPage();
		await page.goto(`${running.site.origin}/search/?q=${query}`);
		const link = page.locator(`.search-results a[href^="/explainers/${STORY_SLUG}/#p-"]`);
		await link.waitFor();
		const id = new URL((await link.getAttribute('href'))!, running.site.origin).hash.slice(1);
		const $ = load(readPage(`explainers/${STORY_SLUG}/index.html`));
		const paragraph = $(`#story p#${id}`).text();
		expect(paragraph, `#${id}`).toContain(query);
		const words = (text: string) => text.replace(/\s+/g, ' ').replace(/^…|…$/g, '').trim();
		const story = words($('#story > p').map((_, p) => $(p).text()).get().join(' '));
		const results = page.locator('.search-results > li');
		const excerpts = (await results.evaluateAll((items) => items.map((li) => [li.querySelector('h2 a')!.getAttribute('href')!, li.querySelector('h2 + p')!.textContent!]))) as [string, string][];
		const explainerExcerpt = excerpts.find(([href]) => href.startsWith(`/explainers/${STORY_SLUG}/`))![1];
		expect(story).toContain(words(explainerExcerpt));
		for (const [href, excerpt] of excerpts) {
			expect(excerpt, href).toContain(query);
			for (const chrome of ['Before publication', 'According to', 'Inset:', 'Natural Earth', 'Who’s who', 'Timeline']) expect(excerpt, href).not.toContain(chrome);
		}
		await page.close();
	});

	it('runs the query in the address, so a search can be linked to', async () => {
		const page = await running.browser.newPage();
		await page.goto(`${running.site.origin}/search/?q=Yasukuni`);
		await page.locator(`.search-results a[href^="/explainers/${STORY_SLUG}/"]`).waitFor();
		expect(await page.inputValue('input[type="search"]')).toBe('Yasukuni');
		await page.close();
	});

	it('says it needs JavaScript, and links to the list of explainers, when JavaScript is off', async () => {
		const context = await running.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${running.site.origin}/search/`);
		expect(await page.isVisible('form[role="search"]')).toBe(false);
		expect(await page.textContent('.search-unavailable')).toContain('Search needs JavaScript');
		expect(await page.getAttribute('.search-unavailable a', 'href')).toBe('/');
		await context.close();
	});

	it('compiles Pagefind’s WebAssembly in its worker, the one place _headers grants \'wasm-unsafe-eval\'', async () => {
		const watched = await watchedContext(running.browser, running.site.origin);
		const page = await watched.context.newPage();
		const headerOf = new Map<string, string>();
		page.on('response', async (response) => headerOf.set(new URL(response.url()).pathname, (await response.allHeaders())['content-security-policy'] ?? ''));
		await page.goto(`${running.site.origin}/search/?q=Horyu`);
		await page.locator(`.search-results a[href^="/explainers/${STORY_SLUG}/"]`).waitFor();
		expect(headerOf.get('/search/')).not.toContain('wasm-unsafe-eval');
		expect(await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')).not.toContain('wasm-unsafe-eval');
		expect(headerOf.get('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
		expect(await cspViolationsOf(page)).toEqual([]);
		expect(watched.consoleErrors).toEqual([]);
		await watched.context.close();
	});

	it('finds nothing when the worker is not granted \'wasm-unsafe-eval\' (the grant above is what makes search work)', async () => {
		const copy = 'tests/.tmp/search-without-wasm';
		rmSync(copy, { recursive: true, force: true });
		cpSync(DIST, copy, { recursive: true });
		writeFileSync(`${copy}/_headers`, readFileSync(`${DIST}/_headers`, 'utf8').replaceAll(" 'wasm-unsafe-eval'", ''));
		const site = await serveSite(copy);
		try {
			const page = await running.browser.newPage();
			await page.goto(`${site.origin}/search/?q=Horyu`);
			await page.waitForFunction(() => document.querySelector('.search-status')?.textContent);
			expect(await page.textContent('.search-status')).toContain('Search is not available right now');
			await page.close();
		} finally {
			await site.close();
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
