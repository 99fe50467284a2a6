/**
 * The timeline links and paragraph ids, fed a small story through the site's real Markdown
 * processor (Astro's unified processor with the story pipeline's options, as astro.config.ts sets it up).
 */
import { describe, expect, it } from 'vitest';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids';
import rehypeTimelineLinks from '../../../src/markdown/rehype-timeline-links';
import { renderStory } from '../../support/markdown';


const entry = (id: string, phrase: string, more: Record<string, unknown> = {}) => ({
	id,
	phrase,
	title: id,
	summary: id,
	...more,
});

async function render(markdown: string, dates: unknown[]) {
	return renderStory(markdown, { published: '2026-01-12', dates }, [rehypeParagraphIds, rehypeTimelineLinks]);
}

describe('rehype-timeline-links', () => {
	it('links the first occurrence of each phrase to its entry, with the resolved date', async () => {
		const html = await render('Lee will visit on Tuesday, and again on Tuesday.\n\nIn 1965 a treaty.', [
			entry('visit', 'on Tuesday', { tense: 'future', paragraph: 1 }),
			entry('treaty', '1965', { date: 1965 }),
		]);
		expect(html).toContain(
			'<p id="p-1">Lee will visit <a href="#timeline-visit" id="ref-visit" class="timeline-ref"><time datetime="2026-01-13">on Tuesday</time></a>, and again on Tuesday.</p>',
		);
		expect(html).toContain('<p id="p-2">In <a href="#timeline-treaty" id="ref-treaty" class="timeline-ref"><time datetime="1965">1965</time></a> a treaty.</p>');
	});

	it('matches straight quotes in the phrase against the typographic ones the page shows', async () => {
		const html = await render("It was Japan's defeat.", [entry('defeat', "Japan's defeat", { date: '1945-08-15' })]);
		expect(html).toContain('<time datetime="1945-08-15">Japan’s defeat</time>');
	});

	it('uses the paragraph the entry names when a phrase occurs twice, and never links inside a link', async () => {
		const html = await render('Monday, first.\n\nMonday, second, [Monday](https://example.com).', [
			entry('second', 'Monday', { paragraph: 2 }),
		]);
		expect(html).toContain('<p id="p-1">Monday, first.</p>');
		expect(html).toContain('<a href="#timeline-second" id="ref-second" class="timeline-ref"><time datetime="2026-01-12">Monday</time></a>, second, <a href="https://example.com">Monday</a>');
	});

	it('leaves the story alone when the frontmatter is not valid (the loader reports it)', async () => {
		expect((await render('On Tuesday.', [{ id: 'x' }])).trim()).toBe('<p id="p-1">On Tuesday.</p>');
	});

	it('links nothing for a phrase that occurs twice without a paragraph to choose', async () => {
		expect((await render('Both on Monday and on Monday.', [entry('m', 'on Monday')])).trim()).toBe('<p id="p-1">Both on Monday and on Monday.</p>');
	});
});
