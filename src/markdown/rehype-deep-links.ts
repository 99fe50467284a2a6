/**
 * Makes every paragraph and heading of the story linkable by hand: a paragraph with an id gets an empty
 * `<a class="anchor" href="#p-3" aria-label="Link to paragraph 3">` at its end (the visible mark is CSS
 * content, so the paragraph's text is unchanged); a heading with an id has its words wrapped in a link
 * to itself, so its accessible name stays its own words. Runs after the plugins that give the ids.
 *
 * A hast plugin for Sätteri, Astro's native Markdown processor: Rust hands over only paragraphs and
 * headings; only top-level ones (the story's own blocks) are touched.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

// A heading that already holds a link cannot be wrapped in another: links do not nest.
function containsLink(node: Readonly<Element>): boolean {
	return node.children.some((child) => child.type === 'element' && (child.tagName === 'a' || containsLink(child)));
}

/** A plain copy of a node the processor hands out (its nodes are read-only views), to reuse as content. */
function plain(node: Readonly<ElementContent>): ElementContent {
	if (node.type === 'element') {
		return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map(plain) };
	}
	return { ...node } as ElementContent;
}

export default function rehypeDeepLinks(): HastPluginDefinition {
	let paragraph = 0;
	return {
		name: 'deep-links',
		element: {
			filter: ['p', ...HEADINGS],
			visit(node, ctx) {
				if (ctx.parent(node).type !== 'root') return;
				const id = node.properties.id;
				if (node.tagName === 'p') {
					paragraph += 1;
					if (typeof id === 'string') {
						ctx.appendChild(node, {
							type: 'element',
							tagName: 'a',
							properties: { className: ['anchor'], href: `#${id}`, ariaLabel: `Link to paragraph ${paragraph}` },
							children: [],
						});
					}
				} else if (typeof id === 'string' && !containsLink(node)) {
					ctx.replaceNode(node, {
						type: 'element',
						tagName: node.tagName,
						properties: { ...node.properties },
						children: [{ type: 'element', tagName: 'a', properties: { className: ['anchor'], href: `#${id}` }, children: node.children.map(plain) }],
					});
				}
			},
		},
	};
}
