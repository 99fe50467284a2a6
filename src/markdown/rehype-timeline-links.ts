/**
 * Turns each timeline phrase of the story ("on Tuesday") into a link to its timeline entry, wrapping
 * the words in `<time datetime>` so the resolved date is machine-readable. The story's words are not
 * changed: only the element around them is added. The phrases come from the explainer's frontmatter,
 * read through the same schema and phrase locator the loader used to check them.
 */
import type { Element, Root } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { storyTimelineSchema } from '../schemas/explainer';
import { frontmatterOf } from './frontmatter-of';
import { locatePhrase, phrasePattern } from '../lib/story/phrases';
import { timelineAnchor } from '../lib/paths';

const storyParagraphElements = (tree: Root): Element[] =>
	tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');

export default function rehypeTimelineLinks() {
	return (tree: Root, file: VFile) => {
		const parsed = storyTimelineSchema.safeParse(frontmatterOf(file));
		// Invalid frontmatter is reported by the loader, with the file and field; nothing to link here.
		if (!parsed.success) return;
		const paragraphs = storyParagraphElements(tree);
		const texts = paragraphs.map((p) => toString(p));
		for (const entry of parsed.data) {
			const located = locatePhrase(texts, entry.phrase, entry.paragraph);
			if ('error' in located) continue;
			let linked = false;
			findAndReplace(
				paragraphs[located.paragraph - 1],
				[
					phrasePattern(entry.phrase),
					(match: string) => {
						if (linked) return false;
						linked = true;
						return h('a', { href: `#${timelineAnchor(entry.id)}`, id: `ref-${entry.id}`, className: ['timeline-ref'] }, [
							h('time', { dateTime: entry.date }, match),
						]);
					},
				],
				{ ignore: ['a'] },
			);
		}
	};
}
