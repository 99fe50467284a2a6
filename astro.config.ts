import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import rehypeParagraphIds from './src/markdown/rehype-paragraph-ids';
import rehypeMentionLinks from './src/markdown/rehype-mention-links';
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
		processor: unified({
			// Mentions after timeline links: a name inside a date phrase stays part of the date's link.
			rehypePlugins: [rehypeSlug, rehypeParagraphIds, rehypeTimelineLinks, rehypeMentionLinks],
		}),
	},
});
