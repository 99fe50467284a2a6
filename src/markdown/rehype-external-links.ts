/**
 * Gives every link that leaves the site `rel="noopener noreferrer"`: the page it opens gets no handle
 * on ours and no word of what the reader was reading. (Markdown cannot set `rel` itself: raw HTML is
 * refused in stories, so there is nothing of the editor's to keep.)
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** An absolute or protocol-relative address: anything that can point at another origin. */
export const isExternalHref = (href: string): boolean => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href.trim()) && !/^mailto:/i.test(href.trim());

export default function rehypeExternalLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href)) return;
			node.properties.rel = ['noopener', 'noreferrer'];
		});
	};
}
