import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { STORY_MARKDOWN_FEATURES } from './src/lib/story';
import rehypeParagraphIds from './src/markdown/rehype-paragraph-ids';
import rehypeTimelineLinks from './src/markdown/rehype-timeline-links';

/** The site's public address: set SITE_URL when deploying; the default serves local builds and tests. */
const site = process.env.SITE_URL ?? 'https://backstory.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: {
		// One round trip: the page's CSS travels inside its HTML instead of blocking on a second request.
		inlineStylesheets: 'always',
	},
	markdown: {
		// Sätteri, Astro's native Markdown processor: it parses, adds heading ids (as rehype-slug did) and
		// sets typographic quotes in Rust, about fifty times faster than the remark/rehype pipeline, which
		// was the largest cost of a build at scale (docs/benchmarks.md). Our plugins are hast visitors.
		processor: satteri({
			features: STORY_MARKDOWN_FEATURES,
			hastPlugins: [rehypeParagraphIds, rehypeTimelineLinks],
		}),
	},
});
