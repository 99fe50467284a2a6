import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../../src/authoring/markdown-escape';

// The site renders stories with remark (no GFM); what a reader gets is the text of the tree.
const parse = (markdown: string) => remark().parse(markdown) as Root;

const hostile = [
	'1. This paragraph starts like an ordered list.',
	'2) So does this one, with a parenthesis.',
	'- A dash at the start makes a bullet.',
	'+ As does a plus sign.',
	'* And an asterisk, followed by *emphasis* in the middle.',
	'# Not a heading',
	'> Not a quote',
	'--- not a rule',
	'=== not a setext underline',
	'The deal was worth $500 million *including* fees, under_score_names and __bold__.',
	'A back\\slash, a path C:\\Users\\x and an escaped \\* asterisk.',
	'Raw <b>HTML</b> and <script>alert(1)</script> stay text, as does <https://example.com>.',
	'Links [like this](https://example.com) and ![images](x.png) are text too.',
	'AT&T and &amp; and &#65; are not character references.',
	'Backticks `code` and ~~strike~~ and a | pipe.',
	'    Four leading spaces would make code.',
	'12345. A big number then a period.',
	'Trailing backslash \\',
	'"Quotes" and \'apostrophes\' and – dashes — stay.',
];

describe('storyMarkdown: one paragraph', () => {
	it.each(hostile)('renders back to the wire text: %s', (text) => {
		const tree = parse(storyMarkdown([text]));
		expect(tree.children).toHaveLength(1);
		expect(tree.children[0].type).toBe('paragraph');
		expect(toString(tree)).toBe(text.trim());
	});

	it('joins a paragraph broken over lines into one line, so no line can become a heading', () => {
		const text = 'A paragraph wrapped\n---\nacross lines';
		const markdown = storyMarkdown([text]);
		// One line, and the newline that ends the file.
		expect(markdown.trimEnd()).not.toContain('\n');
		expect(toString(parse(markdown))).toBe('A paragraph wrapped --- across lines');
	});

	it('leaves ordinary text alone', () => {
		const text = "Japan's Prime Minister said on Tuesday, 1,300 years later: \"yes.\"";
		expect(storyMarkdown([text])).toBe(`${text}\n`);
	});
});

describe('storyMarkdown: a story', () => {
	it('keeps one Markdown paragraph per wire paragraph', () => {
		const tree = parse(storyMarkdown(hostile));
		expect(tree.children.map((node) => node.type)).toEqual(hostile.map(() => 'paragraph'));
		expect(tree.children.map((node) => toString(node))).toEqual(hostile.map((text) => text.trim()));
	});
});
