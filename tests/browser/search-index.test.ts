/**
 * The site's search index answers as an index of the whole site would: the same results, in the same
 * order, with the same scores and sub-results, for a set of queries. The build indexes only the pages
 * that can be found, reduced to what Pagefind reads, and fed as the build goes
 * (src/integrations/pagefind.ts); this index of every HTML file read whole, made here with Pagefind's
 * defaults, is what it must equal. Both are queried in Chromium with Pagefind's own runtime.
 *
 * Pages are given to Pagefind in order of URL, as the build does. Pagefind lists results of equal score
 * in the order it was given their pages; its own walk of a folder (`addDirectory`) gives them in the
 * file system's order, which differs from one machine, and one build, to the next.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { ARCHIVE_DIST } from '../support/archive';
import { type RunningSite, serveSite } from '../support/serve';
import { DIST, htmlPages } from '../support/site';

const QUERIES = ['Horyu', 'Japan', 'Lee Jae Myung', 'summit', 'Takaichi', 'treaty', 'Nara', 'Beijing', 'Yasukuni', 'president', 'South Korea', 'rally', 'war'];

async function wholeSiteIndex(dist: string, copy: string): Promise<void> {
	rmSync(copy, { recursive: true, force: true });
	cpSync(dist, copy, { recursive: true });
	const { index, errors } = await createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(errors.join('; '));
	const pages = htmlPages(dist)
		.map((file) => ({ url: `/${file.replace(/index\.html$/, '')}`, file }))
		.sort((a, b) => (a.url < b.url ? -1 : 1));
	for (const { url, file } of pages) {
		const added = await index.addHTMLFile({ url, content: readFileSync(join(dist, file), 'utf8') });
		if (added.errors.length) throw new Error(added.errors.join('; '));
	}
	await index.writeFiles({ outputPath: join(copy, 'pagefind-whole') });
}

type Ranked = { url: string; score: number; subResults: string[] }[];

let browser: Browser;
afterAll(async () => {
	await browser?.close();
	await close();
});
beforeAll(async () => {
	browser = await launchChromium();
});

describe.each([
	['the site', DIST],
	['the paginated archive', ARCHIVE_DIST],
])('searching %s', (_, dist) => {
	const copy = join('tests/.tmp/search-index', dist.replaceAll('/', '_'));
	let site: RunningSite;
	beforeAll(async () => {
		await wholeSiteIndex(dist, copy);
		site = await serveSite(copy);
	});
	afterAll(async () => {
		await site?.close();
		rmSync(copy, { recursive: true, force: true });
	});

	it('gives the results of an index of every page, in the same order, for every query', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.origin}/search/`);
		// A string, not a function: vitest would rewrite a function's import() into its own loader.
		const results = (await page.evaluate(`(async (queries) => {
			const load = async (base) => {
				const pagefind = await import(base + 'pagefind.js');
				await pagefind.options({ basePath: base });
				return pagefind;
			};
			const built = await load('/pagefind/');
			const whole = await load('/pagefind-whole/');
			const ranked = async (pagefind, query) =>
				Promise.all((await pagefind.search(query)).results.map(async (result) => {
					const data = await result.data();
					return { url: data.url, score: result.score, subResults: data.sub_results.map((sub) => sub.url) };
				}));
			const out = {};
			for (const query of queries) out[query] = [await ranked(built, query), await ranked(whole, query)];
			return out;
		})(${JSON.stringify(QUERIES)})`)) as Record<string, [Ranked, Ranked]>;
		let found = 0;
		for (const query of QUERIES) {
			const [built, whole] = results[query] as [Ranked, Ranked];
			expect(built, query).toEqual(whole);
			found += whole.length;
		}
		// The queries find things: the comparison is not of empty lists.
		expect(found).toBeGreaterThan(QUERIES.length);
		await page.close();
	});
});
