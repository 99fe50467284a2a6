/**
 * Gives every heading of the story an id from its words (`## Who’s who` → `whos-who`) with
 * github-slugger, as rehype-slug does and as Astro's own heading ids would, but early enough for the
 * plugins after it (deep links) to see the ids. A heading that has an id keeps it.
 *
 * A hast plugin for Sätteri, Astro's native Markdown processor; the slugger is per document, so
 * repeated headings become `notes` and `notes-1` within one story only.
 */
import Slugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';

export default function rehypeHeadingIds(): HastPluginDefinition {
	const slugger = new Slugger();
	return {
		name: 'heading-ids',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				if (typeof node.properties.id === 'string') return;
				ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
			},
		},
	};
}
