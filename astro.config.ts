import { availableParallelism } from 'node:os';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { STORY_MARKDOWN_FEATURES, storyHastPlugins } from './src/markdown/plugins';
import pagefind from './src/integrations/pagefind';

/**
 * The site's public address, used for canonical URLs, link previews, the feed and the sitemap: set
 * SITE_URL when deploying (SITE_URL=https://news.example.org npm run build); the default serves local
 * builds and tests.
 */
const site = process.env.SITE_URL ?? 'https://backstory.example';

export default defineConfig({
	site,
	// Builds of other content (test fixtures) keep their own content cache, so they can run beside the
	// site's build without sharing one data store.
	...(process.env.BACKSTORY_CACHE_DIR ? { cacheDir: process.env.BACKSTORY_CACHE_DIR } : {}),
	trailingSlash: 'always',
	// The sitemap leaves out the 404 page by itself; the search page has nothing to index.
	integrations: [sitemap({ filter: (page) => !page.endsWith('/search/') }), pagefind()],
	build: {
		// One round trip: the page's CSS travels inside its HTML instead of blocking on a second request.
		inlineStylesheets: 'always',
		// Several pages in flight at once, so the main thread renders pages while worker threads draw
		// the card images (src/lib/card-pool.ts) on the other cores.
		concurrency: Math.max(2, availableParallelism() * 2),
	},
	vite: {
		build: {
			// Keep scripts in external files, however small, for a Content-Security-Policy without 'unsafe-inline'.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
		},
	},
	markdown: {
		// Sätteri, Astro's native Markdown processor: it parses and sets typographic quotes in Rust, about
		// fifty times faster than the remark/rehype pipeline, which was the largest cost of a build at
		// scale (docs/benchmarks.md). Our plugins are hast visitors, listed in src/markdown/plugins.ts.
		processor: satteri({ features: STORY_MARKDOWN_FEATURES, hastPlugins: storyHastPlugins }),
	},
});
