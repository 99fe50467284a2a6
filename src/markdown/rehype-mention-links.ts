/**
 * Links the first mention of each person and place in the story to its card in "Who's who" or
 * "Places" (`#person-<id>`, `#place-<id>`). Names are matched as whole words, the longest first where
 * they overlap, on the names the frontmatter gives; the story's words are not changed, only wrapped.
 * Text already inside a link (a timeline date) is left alone: links must not nest. A name inside an
 * organisation's name ("Texas" in "the University of Texas at Austin") is not a mention: the next
 * free one is linked (`isMention`, which the loader's paragraph lists share).
 */
import type { Root, Text } from 'hast';
import { findAndReplace, type RegExpMatchObject } from 'hast-util-find-and-replace';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { datelineOf } from '../lib/story/dateline';
import { isMention, type MentionTarget, mentionTargets } from '../lib/story/mentions';
import { namesPattern } from '../lib/story/phrases';
import { storyEntitiesSchema } from '../schemas/explainer';
import { frontmatterOf } from './frontmatter-of';

export default function rehypeMentionLinks() {
	return (tree: Root, file: VFile) => {
		const parsed = storyEntitiesSchema.safeParse(frontmatterOf(file));
		// Invalid frontmatter is reported by the loader, with the file and field; nothing to link here.
		if (!parsed.success) return;
		const targets = mentionTargets(parsed.data);
		if (targets.length === 0) return;
		const { pattern, nameOf } = namesPattern(targets.map((target) => target.name));
		const linked = new Set<string>();
		const organisations = new Map<string, [number, number][]>();
		// The dateline names a place as an address ("NAIROBI, Kenya (AP) —"): its words are not a mention.
		const opening = firstText(tree);
		const dateline = opening ? (datelineOf(opening.value)?.length ?? 0) : 0;
		findAndReplace(
			tree,
			[
				pattern,
				(match: string, ...rest: unknown[]) => {
					// The replace function gets the match, then one argument per capturing group, then where it is.
					const { index, input, stack } = rest.at(-1) as RegExpMatchObject;
					if (stack.at(-1) === opening && index < dateline) return match;
					if (!isMention(input, index, match.length, organisations)) return match;
					const { anchor } = targets[nameOf(rest.slice(0, targets.length) as (string | undefined)[])] as MentionTarget;
					// Not `false`, which would let the search resume inside this match, so that "Korea" in an
					// already linked "South Korea" could be taken for a mention of its own. The words stay as text.
					if (linked.has(anchor)) return match;
					linked.add(anchor);
					return h('a', { href: `#${anchor}` }, match);
				},
			],
			{ ignore: ['a'] },
		);
	};
}

/** The story's first words: the text a first paragraph opens with, where a dateline stands. */
function firstText(tree: Root): Text | undefined {
	const paragraph = tree.children.find((node) => node.type === 'element' && node.tagName === 'p');
	const text = paragraph?.type === 'element' ? paragraph.children[0] : undefined;
	return text?.type === 'text' ? text : undefined;
}
