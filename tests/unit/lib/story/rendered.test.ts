import { describe, expect, it } from 'vitest';
import { htmlText, storyQuotes } from '../../../../src/lib/story/rendered';

describe('htmlText', () => {
	it('drops tags and decodes character references', () => {
		expect(htmlText('A <a href="#x">link</a> &#x26; &#8217;s &amp; <b>more</b>.')).toBe('A link & ’s & more.');
	});
});

describe('storyQuotes', () => {
	it('reads the story’s words for each date, with the story’s typography', () => {
		const html =
			'<p id="p-18">and <a href="#timeline-japan-defeat" id="ref-japan-defeat" class="timeline-ref"><time datetime="1945">Japan’s defeat</time></a> and ' +
			'<a href="#timeline-x" id="ref-x" class="timeline-ref"><time datetime="2025">“A &#x26; B”</time></a>.</p><p><a href="#person-y">Y</a></p>';
		expect([...storyQuotes(html)]).toEqual([
			['japan-defeat', 'Japan’s defeat'],
			['x', '“A & B”'],
		]);
	});
});
