/**
 * How stories are rendered: Astro's unified (remark/rehype) processor, with our rehype plugins in the
 * order they must run. astro.config.ts and the plugin tests both use this, so the tests exercise the
 * pipeline the site ships.
 */
import rehypeSlug from 'rehype-slug';
import rehypeDeepLinks from './rehype-deep-links';
import rehypeExternalLinks from './rehype-external-links';
import rehypeMentionLinks from './rehype-mention-links';
import rehypeParagraphIds from './rehype-paragraph-ids';
import rehypeTimelineLinks from './rehype-timeline-links';
import remarkSmartPunctuation from './remark-smart-punctuation';

export const storyMarkdown = {
	// Wire stories have no tables, task lists or footnotes: GFM would only cost time (docs/benchmarks.md).
	gfm: false,
	// Typographic quotes and dashes for the reader (phrase matching treats them as the wire's straight
	// ones), by our plugin: Astro's built-in smartypants costs a story 9 ms (remark-smart-punctuation.ts).
	smartypants: false,
	remarkPlugins: [remarkSmartPunctuation],
	// Mentions after dates and deep links: a name inside a date phrase stays part of the date's link,
	// and a heading that rehype-deep-links wraps in a link to itself is left alone (links do not nest).
	// External links last, so they see every link the others made.
	rehypePlugins: [rehypeSlug, rehypeParagraphIds, rehypeTimelineLinks, rehypeDeepLinks, rehypeMentionLinks, rehypeExternalLinks],
};
