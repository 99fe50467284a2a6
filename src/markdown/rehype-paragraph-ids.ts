/**
 * Gives every top-level paragraph of the story a stable id, `p-1` to `p-N`, so any paragraph can be
 * linked to and the timeline can point back to the sentence a date comes from. Like rehype-slug, it
 * leaves an id that is already there alone.
 */
import type { Root } from 'hast';
import { paragraphAnchor } from '../lib/paths';

export default function rehypeParagraphIds() {
	return (tree: Root) => {
		let count = 0;
		for (const node of tree.children) {
			if (node.type === 'element' && node.tagName === 'p') {
				count += 1;
				node.properties.id ??= paragraphAnchor(count);
			}
		}
	};
}
