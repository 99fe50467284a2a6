/** The paragraph ids, through the story pipeline: every top-level paragraph gets `p-<n>`, in order. */
import { describe, expect, it } from 'vitest';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids';
import { renderStory } from '../../support/markdown';

const render = (markdown: string) => renderStory(markdown, {}, [rehypeParagraphIds]);

describe('rehype-paragraph-ids', () => {
	it('numbers the top-level paragraphs, and only those', async () => {
		const html = await render('One.\n\n> Quoted.\n\nTwo.');
		expect(html).toContain('<p id="p-1">One.</p>');
		expect(html).toContain('<blockquote>\n<p>Quoted.</p>');
		expect(html).toContain('<p id="p-2">Two.</p>');
	});
});

describe('rehype-paragraph-ids, numbering', () => {
	it('numbers the paragraphs by position, from 1', async () => {
		const html = await render('A.\n\nB.\n\nC.');
		expect([...html.matchAll(/<p id="(p-\d+)">/g)].map((match) => match[1])).toEqual(['p-1', 'p-2', 'p-3']);
	});
});
