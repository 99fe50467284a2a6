/**
 * A story's Markdown, read once: its top-level paragraphs as text (paragraph 1 holds the dateline),
 * and a walk over its nodes for the safety checks. The loader and the plugins read paragraphs through
 * here, so they can never disagree about which paragraph a phrase belongs to.
 */
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

interface ParsedStory {
	markdown: string;
	tree: Root;
	paragraphs: string[];
}

// The loader asks several questions of the same story in a row; it is parsed once for all of them.
let lastParsed: ParsedStory | undefined;

function parseStory(markdown: string): ParsedStory {
	if (lastParsed?.markdown === markdown) return lastParsed;
	const tree = remark.parse(markdown) as Root;
	lastParsed = {
		markdown,
		tree,
		paragraphs: tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)),
	};
	return lastParsed;
}

/** The text of each top-level paragraph, in order: paragraph 1 is the one with the dateline. */
export function storyParagraphs(markdown: string): string[] {
	return parseStory(markdown).paragraphs;
}

type MdNode = { type: string; value?: string; url?: string; position?: { start: { line: number } }; children?: MdNode[] };

export function visitStory(markdown: string, visit: (node: MdNode) => void): void {
	const walk = (node: MdNode) => {
		visit(node);
		for (const child of node.children ?? []) walk(child);
	};
	walk(parseStory(markdown).tree as unknown as MdNode);
}
