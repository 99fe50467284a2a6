/**
 * Performance budgets, checked on every page of the real build (sizes are deterministic, so they can
 * be tests; timings are the benchmark's job, see docs/benchmarks.md):
 *   - an explainer's HTML and everything that blocks its first render fit the first round trip;
 *   - no page has a render-blocking script, a preloaded font, or a font that does not swap in;
 *   - no page runs more than 2 KB of JavaScript, gzipped: its scripts and everything they import
 *     statically (the search page's Pagefind runtime and index, which its script imports by itself,
 *     are the budget's one allowance);
 *   - every image, iframe, video and inline SVG (the locator map) has its box reserved, so nothing
 *     shifts as it loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstRoundTripBytes } from '../../src/lib/build/first-round-trip.ts';
import { ARCHIVE_DIST, archiveListPages } from '../support/archive.ts';
import { fileOf } from '../support/pages.ts';
import { DIST } from '../support/site.ts';
import {
	FIRST_ROUND_TRIP_BYTES,
	JS_BUDGET_BYTES,
	fileFor,
	htmlFiles,
	isExplainerPage,
	measurePage,
} from '../support/page-weight.ts';

const pages = htmlFiles(DIST).map((file) => measurePage(DIST, file));
const explainers = pages.filter((page) => isExplainerPage(page.file));
// The list pages of the paginated test archive (tests/support/archive.ts) meet the same per-page budgets.
const listPages = archiveListPages().map((path) => ({ ...measurePage(ARCHIVE_DIST, fileOf(path)), path: `archive build ${path}` }));

describe('the built site', () => {
	it('has pages to check, explainers among them', () => {
		expect(pages.length).toBeGreaterThan(2);
		expect(explainers.length).toBeGreaterThan(0);
	});

	// The reading-in-place rules (cards, sheets, the bottom bar) are the explainer's: no other page carries them.
	it('sends the explainer-only CSS with explainers only', () => {
		const carries = (file: string) => readFileSync(join(DIST, file), 'utf8').includes('.context-close{');
		for (const page of explainers) expect(carries(page.file), page.path).toBe(true);
		for (const page of pages.filter((page) => !isExplainerPage(page.file))) expect(carries(page.file), page.path).toBe(false);
	});
});

describe.each(explainers.map((page) => [page.path, page] as const))('explainer %s', (_, page) => {
	it(`fits HTML and render-blocking CSS and scripts into the first round trip (${FIRST_ROUND_TRIP_BYTES} bytes gzipped)`, () => {
		expect(page.criticalGzip, JSON.stringify(page.blockingStylesheets)).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
	});

	// The build's own warning (src/integrations/page-budget.ts) weighs the page by pattern, not by parsing it.
	it('weighs the same as the build does when it warns of a page over the budget', async () => {
		const read = (url: string) => {
			const file = fileFor(DIST, page.file, url);
			return file && existsSync(file) ? readFileSync(file) : undefined;
		};
		expect(await firstRoundTripBytes(readFileSync(join(DIST, page.file)), read)).toBe(page.criticalGzip);
	});
});

describe.each([...pages, ...listPages].map((page) => [page.path, page] as const))('page %s', (_, page) => {
	it('has no render-blocking script', () => {
		expect(page.blockingScripts).toEqual([]);
	});

	it('needs no web font to render: none preloaded, every @font-face swaps in', () => {
		expect(page.preloadedFonts).toEqual([]);
		expect(page.fontFacesWithoutDisplay).toEqual([]);
	});

	it(`runs at most ${JS_BUDGET_BYTES} bytes of JavaScript, gzipped`, () => {
		expect(page.jsGzip, JSON.stringify(page.scripts)).toBeLessThanOrEqual(JS_BUDGET_BYTES);
	});

	it('reserves the size of every image, iframe, video, embed and inline SVG (the map)', () => {
		expect(page.unsizedMedia).toEqual([]);
	});

	it('refers only to stylesheets and scripts that were built', () => {
		expect(page.missing).toEqual([]);
	});
});
