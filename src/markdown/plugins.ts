/**
 * The story's Markdown plugins, in the order they run (each may rely on the ids the ones before it
 * give). astro.config.ts hands them to Sätteri, and the unit tests render through the same list.
 */
import type { HastPluginList } from 'satteri';
import { STORY_MARKDOWN_FEATURES } from '../lib/story';
import rehypeDeepLinks from './rehype-deep-links';
import rehypeHeadingIds from './rehype-heading-ids';
import rehypeMentionLinks from './rehype-mention-links';
import rehypeParagraphIds from './rehype-paragraph-ids';
import rehypeTimelineLinks from './rehype-timeline-links';

// Mentions last: a name inside a date phrase stays part of the date's link, and a heading that
// rehype-deep-links wraps in a link to itself is left alone (links do not nest).
export const storyHastPlugins: HastPluginList = [
	rehypeHeadingIds,
	rehypeParagraphIds,
	rehypeTimelineLinks,
	rehypeDeepLinks,
	rehypeMentionLinks,
];

export { STORY_MARKDOWN_FEATURES };
