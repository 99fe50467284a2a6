import { availableParallelism } from 'node:os';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pageBudget from './src/integrations/page-budget';
import securityHeaders from './src/integrations/security-headers';
import sitemap from './src/integrations/sitemap';
import { CSP_DIRECTIVES } from './src/lib/head/security';
import { storyMarkdown } from './src/markdown/pipeline';
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
	// The sitemap leaves out the 404 and search pages and every page marked noindex, and dates each
	// explainer by its latest update (src/integrations/sitemap.ts). securityHeaders writes dist/_headers
	// from the pages' Content-Security-Policy; pageBudget warns of an explainer page over the first round
	// trip (src/lib/content/limits.ts).
	integrations: [...sitemap(), pagefind(), securityHeaders(), pageBudget()],
	build: {
		// One round trip: the page's CSS travels inside its HTML instead of blocking on a second request.
		inlineStylesheets: 'always',
		// Several pages in flight at once, so the main thread renders pages while Takumi draws the card
		// images on its own threads (src/lib/cards/images.ts).
		concurrency: Math.max(2, availableParallelism() * 2),
	},
	security: {
		// Astro adds the hashes of the scripts and styles it emits; see src/lib/head/security.ts for the rest.
		csp: { directives: [...CSP_DIRECTIVES] },
	},
	vite: {
		build: {
			// Keep scripts in external files, however small, for a Content-Security-Policy without 'unsafe-inline'.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
		},
	},
	experimental: {
		// A rebuild renders again only the pages whose content changed: each dynamic page returns a
		// cacheKey of the data it shows (src/lib/build/cache-key.ts); the rest are copied from the last build,
		// kept in the cache folder. `astro build --force` renders everything.
		incrementalBuild: true,
	},
	markdown: {
		// Wire stories have no code blocks, and Shiki's inline styles would break the CSP.
		syntaxHighlight: false,
		processor: unified(storyMarkdown),
	},
});
