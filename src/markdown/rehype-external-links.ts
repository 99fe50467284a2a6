/**
 * Gives every link that leaves the site `rel="noopener noreferrer"`: the page it opens gets no handle
 * on ours and no word of what the reader was reading. (Markdown cannot set `rel` itself: raw HTML is
 * refused in stories, so there is nothing of the editor's to keep.)
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isOtherSite } from '../lib/paths';

export default function rehypeExternalLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string' || !isOtherSite(href)) return;
			node.properties.rel = ['noopener', 'noreferrer'];
		});
	};
}
