/**
 * Typographic punctuation for the reader: straight quotes become curly ones, `--` an em dash, `...`
 * an ellipsis, with the smartypants package (a port of John Gruber's SmartyPants).
 *
 * Astro's own `smartypants` option runs remark-smartypants, which parses each story twice with
 * retext's natural-language parser: 9 of the 11 ms a story took in Markdown (docs/benchmarks.md).
 * SmartyPants reads an HTML string instead, and carries the last character of one run of text into
 * the next across a tag. So each block's runs of text are joined with a tag between them, educated in
 * one pass (a quote before a link pairs with the one after it), and split back. Code is never
 * changed; it stands in as letters, so a quote right after it still reads as closing.
 */
import type { InlineCode, Parent, Root, Text } from 'mdast';
import { smartypantsu } from 'smartypants';
import { visit } from 'unist-util-visit';

/** Where one run ends and the next begins: a tag to SmartyPants, never in a run (`<` is escaped). */
const SEAM = '<i>';
const BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);
// Stand-ins for `<` and `>` in the text, from Unicode's private use area, so the text cannot open a tag.
const LT = '\uE000';
const GT = '\uE001';

/** The text and code of one block, in reading order; nested blocks are handled on their own. */
function runsOf(block: Parent): (Text | InlineCode)[] {
	const runs: (Text | InlineCode)[] = [];
	visit(block, (node) => {
		if (node !== block && BLOCKS.has(node.type)) return 'skip';
		if (node.type === 'text' || node.type === 'inlineCode') runs.push(node as Text | InlineCode);
		return undefined;
	});
	return runs;
}

/** Educates a block's punctuation in place. */
function educateBlock(block: Parent): void {
	const runs = runsOf(block);
	if (!runs.some((run) => run.type === 'text' && /["'`.-]/.test(run.value))) return;
	const source = runs
		.map((run) => (run.type === 'text' ? run.value.replaceAll('<', LT).replaceAll('>', GT) : 'A'.repeat(run.value.length)))
		.join(SEAM);
	const educated = smartypantsu(source, '1').split(SEAM);
	if (educated.length !== runs.length) throw new Error('remark-smart-punctuation: a run was lost; this is a bug');
	runs.forEach((run, index) => {
		if (run.type === 'text') run.value = (educated[index] as string).replaceAll(LT, '<').replaceAll(GT, '>');
	});
}

/** One run of plain text educated as the story's are: for text shown outside the story (the change view). */
export function educateText(text: string): string {
	return smartypantsu(text.replaceAll('<', LT).replaceAll('>', GT), '1').replaceAll(LT, '<').replaceAll(GT, '>');
}

export default function remarkSmartPunctuation() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (!BLOCKS.has(node.type)) return undefined;
			educateBlock(node as Parent);
			return 'skip';
		});
	};
}
