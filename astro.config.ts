import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import securityHeaders from './src/integrations/security-headers';
import { CSP_DIRECTIVES } from './src/lib/security';
import rehypeExternalLinks from './src/markdown/rehype-external-links';
import rehypeParagraphIds from './src/markdown/rehype-paragraph-ids';
import rehypeTimelineLinks from './src/markdown/rehype-timeline-links';

/** The site's public address: set SITE_URL when deploying; the default serves local builds and tests. */
const site = process.env.SITE_URL ?? 'https://backstory.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Tests run several builds at once; each gets its own cache (content store, build state) this way.
	cacheDir: process.env.BACKSTORY_CACHE_DIR,
	build: {
		// One round trip: the page's CSS travels inside its HTML instead of blocking on a second request.
		inlineStylesheets: 'always',
	},
	security: {
		// Astro adds the hashes of the scripts and styles it emits; see src/lib/security.ts for the rest.
		csp: { directives: [...CSP_DIRECTIVES] },
	},
	integrations: [securityHeaders()],
	markdown: {
		// Wire stories have no code blocks, and Shiki's inline styles would break the CSP.
		syntaxHighlight: false,
		processor: unified({
			rehypePlugins: [rehypeSlug, rehypeParagraphIds, rehypeTimelineLinks, rehypeExternalLinks],
		}),
	},
});
