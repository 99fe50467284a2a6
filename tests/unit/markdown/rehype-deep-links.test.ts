import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import rehypeDeepLinks from '../../../src/markdown/rehype-deep-links';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids';
import { renderStory } from '../../support/markdown';

const render = (markdown: string) => renderStory(markdown, {}, [rehypeSlug, rehypeParagraphIds, rehypeDeepLinks]);

describe('rehypeDeepLinks', () => {
	it('ends each paragraph with an empty, labelled link to itself', async () => {
		expect(await render('TOKYO (AP) - One.\n\nTwo.')).toBe(
			'<p id="p-1">TOKYO (AP) - One.<a class="anchor" href="#p-1" aria-label="Link to paragraph 1"></a></p>\n' +
				'<p id="p-2">Two.<a class="anchor" href="#p-2" aria-label="Link to paragraph 2"></a></p>',
		);
	});

	it('wraps a heading’s words in a link to itself, so its name stays its words', async () => {
		expect(await render('## Who’s who\n\nText.')).toBe(
			'<h2 id="whos-who"><a class="anchor" href="#whos-who">Who’s who</a></h2>\n' +
				'<p id="p-1">Text.<a class="anchor" href="#p-1" aria-label="Link to paragraph 1"></a></p>',
		);
	});

	it('leaves a heading that holds a link alone, since links cannot nest', async () => {
		expect(await render('## See [AP](https://apnews.com)')).toBe('<h2 id="see-ap">See <a href="https://apnews.com">AP</a></h2>');
	});

	it('does not change a paragraph’s text', async () => {
		const story = 'Lee said: "what\'s really important is the issue of deep mutual trust."';
		const text = (html: string) => html.replace(/<[^>]+>/g, '');
		// The same pipeline without the plugin: its typographic quotes are the pipeline's, not this plugin's.
		const without = await renderStory(story, {}, [rehypeSlug, rehypeParagraphIds]);
		expect(text(await render(story))).toBe(text(without));
		expect(text(without)).toBe('Lee said: “what’s really important is the issue of deep mutual trust.”');
	});
});
