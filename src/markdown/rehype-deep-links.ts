/**
 * Makes every paragraph and heading of the story linkable by hand: a paragraph with an id gets an empty
 * `<a class="anchor" href="#p-3" aria-label="Link to paragraph 3">` at its end (the visible mark is CSS
 * content, so the paragraph's text is unchanged); a heading with an id has its words wrapped in a link
 * to itself, so its accessible name stays its own words. Runs after the plugins that give the ids.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeDeepLinks() {
	return (tree: Root) => {
		let paragraph = 0;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			const id = node.properties.id;
			if (node.tagName === 'p') {
				paragraph += 1;
				if (typeof id === 'string') {
					node.children.push(h('a', { className: ['anchor'], href: `#${id}`, ariaLabel: `Link to paragraph ${paragraph}` }));
				}
			} else if (HEADINGS.has(node.tagName) && typeof id === 'string' && !containsLink(node)) {
				node.children = [h('a', { className: ['anchor'], href: `#${id}` }, node.children)];
			}
		}
	};
}

// A heading that already holds a link cannot be wrapped in another: links do not nest.
function containsLink(node: Element): boolean {
	return node.children.some((child) => child.type === 'element' && (child.tagName === 'a' || containsLink(child)));
}
