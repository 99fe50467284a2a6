/**
 * Builds the Pagefind search index with the site, into `<outDir>/pagefind/`. Only pages that mark
 * their content with `data-pagefind-body` are indexed (BaseLayout does so for explainers and page 1 of
 * each person and place), so the home list, later pages of lists, search and 404 stay out of the
 * results; only the folders those pages are in are read (SEARCHABLE_FOLDERS, ./search-feed.ts).
 *
 * Pagefind is fed while Astro works rather than after (./search-feed.ts): it starts as the build does,
 * with the extracts the last build kept, and is sent each page as Astro renders it, through a wrapper
 * round Astro's prerenderer (which also tells it, before any page is rendered, every URL the build
 * will write). What is left for the end is to check those against dist/ and write the index.
 * Pagefind runs its bundled binary from node_modules; nothing is fetched.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT } from '../consts';
import { SEARCH_INDEX_FOLDER } from '../lib/head/security';
import { promisedUrls, SearchFeed, searchableUrl } from './search-feed';

/** The folder in Astro's cache that keeps the extracts of the last build's pages: it goes with the pages Astro keeps. */
const FEED_CACHE = 'backstory-search/';

export default function pagefind(): AstroIntegration {
	let building = false;
	let feed: SearchFeed | undefined;
	return {
		name: 'backstory:pagefind',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config }) => {
				if (building) feed = new SearchFeed(fileURLToPath(new URL(FEED_CACHE, config.cacheDir)), promisedUrls(CONTENT_ROOT));
			},
			'astro:build:start': ({ setPrerenderer }) => {
				if (feed) setPrerenderer((prerenderer) => feeding(prerenderer, feed!));
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!feed) return;
				const site = fileURLToPath(dir);
				try {
					const report = await feed.finish(site, `${site}/${SEARCH_INDEX_FOLDER}`);
					const { check, reading, writing } = report.timings;
					logger.info(
						`Indexed ${report.pages} pages for search (${report.rendered} sent as rendered, ${report.kept} kept from the last build, ${report.readBack} read back${report.restarted ? '; new pages, so every page was sent again in order' : ''}); after Astro, ${check} ms checking dist/, ${reading} ms until Pagefind had read every page and ${writing} ms until the index was written.`,
					);
				} finally {
					await feed.close();
					feed = undefined;
				}
			},
		},
	};
}

/** Astro's prerenderer, telling the feed every URL the build will write, then each page it renders. */
function feeding(prerenderer: AstroPrerenderer, feed: SearchFeed): AstroPrerenderer {
	return {
		...prerenderer,
		name: `${prerenderer.name}+backstory:pagefind`,
		async getStaticPaths() {
			const paths = await prerenderer.getStaticPaths();
			feed.plan(paths.flatMap(({ pathname }) => searchableUrl(pathname) ?? []));
			return paths;
		},
		async render(request, options) {
			const result = await prerenderer.render(request, options);
			const url = searchableUrl(new URL(request.url).pathname);
			const response = result instanceof Response ? result : result.response;
			if (!url || !response.ok || !response.headers.get('content-type')?.startsWith('text/html')) return result;
			const html = await response.text();
			feed.rendered(url, html);
			const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
			return result instanceof Response ? copy : { ...result, response: copy };
		},
	};
}
