/**
 * The search feed (src/integrations/search-feed.ts) writes, whatever it was sent and whatever it kept
 * from the last build, the index Pagefind writes for the pages in dist/ read whole in order of URL,
 * byte for byte: after a clean start, with everything kept, and after a page changed, was added or was
 * removed behind its back. Run on a copy of the paginated archive, with real Pagefind.
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promisedUrls, SearchFeed, searchablePages } from '../../src/integrations/search-feed';
import { ARCHIVE_DIST } from '../support/archive';
import { closePagefind, type IndexFiles, pagefindIndex } from '../support/pagefind-index';
import { DIST } from '../support/site';

const TMP = 'tests/.tmp/search-feed';
const SITE = join(TMP, 'dist');
const CACHE = join(TMP, 'cache');
const OUT = join(TMP, 'pagefind');

function filesIn(dir: string): IndexFiles {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => statSync(join(dir, file)).isFile())
			.sort()
			.map((file) => [file, readFileSync(join(dir, file)).toString('base64')]),
	);
}

/** The index of the pages in SITE, each read whole, in order of URL. */
const wholeSiteIndex = () => pagefindIndex(searchablePages(SITE).map((url) => ({ url, html: readFileSync(join(SITE, url, 'index.html'), 'utf8') })));

async function feedOnce(send?: (feed: SearchFeed) => void, promised: string[] = []) {
	rmSync(OUT, { recursive: true, force: true });
	const feed = new SearchFeed(CACHE, promised);
	try {
		send?.(feed);
		const report = await feed.finish(SITE, OUT);
		return { report, files: filesIn(OUT) };
	} finally {
		await feed.close();
	}
}

beforeAll(() => {
	rmSync(TMP, { recursive: true, force: true });
	cpSync(ARCHIVE_DIST, SITE, { recursive: true });
	rmSync(join(SITE, 'pagefind'), { recursive: true, force: true });
});
afterAll(async () => {
	await closePagefind();
	rmSync(TMP, { recursive: true, force: true });
});

describe('the search feed', () => {
	const explainer = () => searchablePages(SITE).find((url) => url.startsWith('/explainers/'))!;

	it('knows the URLs the content folder promises', () => {
		expect(promisedUrls('content')).toContain('/explainers/japan-south-korea-summit/');
		expect(promisedUrls('content')).toContain('/people/lee-jae-myung/');
		expect(promisedUrls('content').every((url) => !url.includes('/_'))).toBe(true);
	});

	it('lists the searchable pages of a site: explainers, and page 1 of each person and place', () => {
		const pages = searchablePages(SITE);
		expect(pages.length).toBeGreaterThan(41);
		expect(pages.every((url) => /^\/(explainers|people|places)\/[^/]+\/$/.test(url))).toBe(true);
		expect(pages).toEqual([...pages].sort());
		expect(searchablePages(DIST)).toContain('/explainers/japan-south-korea-summit/');
	});

	it('from nothing kept, writes the index of the whole pages', async () => {
		rmSync(CACHE, { recursive: true, force: true });
		const { report, files } = await feedOnce();
		expect(report).toMatchObject({ kept: 0, readBack: report.pages });
		expect(files).toEqual(await wholeSiteIndex());
	});

	it('the next time, sends what it kept as it starts, reads nothing back, and writes the same index', async () => {
		const { report, files } = await feedOnce();
		expect(report).toMatchObject({ kept: report.pages, readBack: 0, restarted: false });
		expect(files).toEqual(await wholeSiteIndex());
	});

	it('takes a page sent as rendered, and does not read it back', async () => {
		const url = explainer();
		const { report, files } = await feedOnce((feed) => {
			feed.plan(searchablePages(SITE));
			feed.rendered(url, readFileSync(join(SITE, url, 'index.html'), 'utf8'));
		});
		expect(report).toMatchObject({ rendered: 1, readBack: 0, restarted: false });
		expect(files).toEqual(await wholeSiteIndex());
	});

	it('reads back a page that changed behind its back', async () => {
		const file = join(SITE, explainer(), 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' and a volcano erupts</h1>'));
		const { report, files } = await feedOnce();
		expect(report).toMatchObject({ readBack: 1, restarted: false });
		expect(files).toEqual(await wholeSiteIndex());
		expect(JSON.stringify(files)).not.toEqual(JSON.stringify(await feedOnceWithout()));
	});

	it('puts a new page in its place in order, sending every page again', async () => {
		const [, second] = searchablePages(SITE).filter((url) => url.startsWith('/people/'));
		cpSync(join(SITE, second!), join(SITE, 'people/aaa-new-person'), { recursive: true });
		const { report, files } = await feedOnce();
		expect(report).toMatchObject({ restarted: true });
		expect(files).toEqual(await wholeSiteIndex());
	});

	it('puts a page the content folder promised in its place from the start, without starting again', async () => {
		const [, second] = searchablePages(SITE).filter((url) => url.startsWith('/places/'));
		cpSync(join(SITE, second!), join(SITE, 'places/aaa-promised-place'), { recursive: true });
		const { report, files } = await feedOnce(undefined, ['/places/aaa-promised-place/', '/places/zzz-promised-but-not-built/']);
		expect(report).toMatchObject({ restarted: false, readBack: 1 });
		expect(files).toEqual(await wholeSiteIndex());
	});

	it('leaves out a page that is gone, keeping the rest where they were', async () => {
		rmSync(join(SITE, 'places/aaa-promised-place'), { recursive: true });
		rmSync(join(SITE, 'people/aaa-new-person'), { recursive: true });
		rmSync(join(SITE, explainer()), { recursive: true });
		const { report, files } = await feedOnce();
		expect(report).toMatchObject({ restarted: false, readBack: 0 });
		expect(files).toEqual(await wholeSiteIndex());
	});
});

/** The index as it was before the edit: proof that the edit changed what is compared. */
async function feedOnceWithout(): Promise<IndexFiles> {
	const file = join(SITE, searchablePages(SITE).find((url) => url.startsWith('/explainers/'))!, 'index.html');
	const edited = readFileSync(file, 'utf8');
	writeFileSync(file, edited.replace(' and a volcano erupts</h1>', '</h1>'));
	try {
		return await wholeSiteIndex();
	} finally {
		writeFileSync(file, edited);
	}
}
