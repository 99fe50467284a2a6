/**
 * Links the first mention of each person and place in the story to its card in "Who's who" or
 * "Places" (`#person-<id>`, `#place-<id>`). Names are matched as whole words, the longest first where
 * they overlap, on the names the frontmatter gives; the story's words are not changed, only wrapped.
 * Text already inside a link (a timeline date) is left alone: links must not nest.
 *
 * A hast plugin for Sätteri, Astro's native Markdown processor: it reads only the people's and places'
 * ids and names from the frontmatter (the loader has checked the rest), then splits, in document
 * order, the text nodes that hold a first mention.
 */
import type { ElementContent, Root, RootContent, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { z } from 'astro/zod';
import { type MentionTarget, mentionTargets } from '../lib/mentions';
import { namesPattern } from '../lib/story';
import { id, storyNames } from '../schemas/fields';
import { frontmatterOf } from './rehype-timeline-links';

/** Only what linking needs: who and where, by id, and the names the story uses for them. */
const named = z.array(z.object({ id, names: storyNames })).default([]);
const storyEntities = z.object({ people: named, places: named });

function insideLink(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
	for (let parent: Readonly<Root | RootContent> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
		if (parent.type === 'element' && parent.tagName === 'a') return true;
		if (parent.type === 'root') return false;
	}
	return false;
}

export default function rehypeMentionLinks(): HastPluginDefinition {
	let targets: MentionTarget[] = [];
	let names: ReturnType<typeof namesPattern> | undefined;
	const linked = new Set<string>();
	return {
		name: 'mention-links',
		before(_root, ctx) {
			const parsed = storyEntities.safeParse(frontmatterOf(ctx.data));
			// Invalid frontmatter is reported by the loader, with the file and field; nothing to link here.
			if (!parsed.success) return;
			targets = mentionTargets(parsed.data);
			if (targets.length > 0) names = namesPattern(targets.map((target) => target.name));
		},
		text(node, ctx) {
			if (!names || linked.size === targets.length || insideLink(node, ctx)) return;
			const parts: ElementContent[] = [];
			let at = 0;
			for (const match of node.value.matchAll(names.pattern)) {
				const { anchor } = targets[names.nameOf(match.slice(1))] as MentionTarget;
				// A name already linked stays text, and the search goes on after it, so that "Korea" in an
				// already linked "South Korea" is not taken for a mention of its own.
				if (linked.has(anchor)) continue;
				linked.add(anchor);
				if (match.index > at) parts.push({ type: 'text', value: node.value.slice(at, match.index) });
				parts.push({ type: 'element', tagName: 'a', properties: { href: `#${anchor}` }, children: [{ type: 'text', value: match[0] }] });
				at = match.index + match[0].length;
			}
			if (parts.length === 0) return;
			if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
			ctx.replaceNode(node, parts);
		},
	};
}
