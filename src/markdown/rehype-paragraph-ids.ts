/**
 * Gives every top-level paragraph of the story its id, so any paragraph can be linked to and the
 * timeline can point back to the sentence a date comes from: `p-1` to `p-N` by position, or, once a
 * later version has moved them, the ids the frontmatter lists (`paragraphIds`). The id of a
 * paragraph an update removed stays on the page as an empty element at the start of the paragraph it
 * now lands on (src/lib/versions/paragraph-ids.ts), so a link shared before the update still arrives there.
 * Like rehype-slug, it leaves an id that is already there alone.
 */
import { z } from 'astro/zod';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { frontmatterOf } from './frontmatter-of';
import { movedAnchors, paragraphIdsOf } from '../lib/versions/paragraph-ids';

/** Just what this plugin reads of the frontmatter; the loader has checked the rest. */
const idsSchema = z.object({
	paragraphIds: z.array(z.string()).optional(),
	updates: z.array(z.object({ changes: z.object({ removed: z.array(z.object({ id: z.string(), at: z.string() })).optional() }).optional() })).optional(),
});

export default function rehypeParagraphIds() {
	return (tree: Root, file: VFile) => {
		const paragraphs = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
		const parsed = idsSchema.safeParse(frontmatterOf(file) ?? {});
		const data = parsed.success ? parsed.data : {};
		// A list that does not fit the story is reported by the loader; the positions serve meanwhile.
		const ids = paragraphIdsOf(data.paragraphIds?.length === paragraphs.length ? data : {}, paragraphs.length);
		paragraphs.forEach((node, index) => (node.properties.id ??= ids[index]));
		const landing = new Map<string, string[]>();
		for (const [old, at] of movedAnchors(data, ids).moved) landing.set(at, [...(landing.get(at) ?? []), old]);
		for (const node of paragraphs) {
			const old = landing.get(String(node.properties.id));
			if (old) node.children.unshift(...old.sort().map((id) => h('span', { id, className: ['moved-anchor'] })));
		}
	};
}
