/**
 * Gives every top-level paragraph of the story a stable id, `p-1` to `p-N`, so any paragraph can be
 * linked to and the timeline can point back to the sentence a date comes from. Like rehype-slug, it
 * leaves an id that is already there alone.
 *
 * A hast plugin for Sätteri, Astro's native Markdown processor: Rust hands over only the `<p>`
 * elements, and the count starts afresh for each document (the factory runs once per document).
 */
import type { HastPluginDefinition } from 'satteri';
import { paragraphAnchor } from '../lib/timeline';

export default function rehypeParagraphIds(): HastPluginDefinition {
	let count = 0;
	return {
		name: 'paragraph-ids',
		element: {
			filter: ['p'],
			visit(node, ctx) {
				if (ctx.parent(node).type !== 'root') return;
				count += 1;
				if (node.properties.id === undefined) ctx.setProperty(node, 'id', paragraphAnchor(count));
			},
		},
	};
}
