/** Reading the story: paragraphs, raw HTML, and phrase patterns that are safe to reuse. */
import { describe, expect, it } from 'vitest';
import { countOccurrences, phrasePattern, rawHtmlIn, storyParagraphs } from '../../src/lib/story';

describe('storyParagraphs and rawHtmlIn', () => {
	it('reads top-level paragraphs with typographic quotes, as the page shows them', () => {
		expect(storyParagraphs('TOKYO (AP) - "Hi," he said.\n\n> Quoted.\n\nIt\'s over.')).toEqual([
			'TOKYO (AP) - “Hi,” he said.',
			'It’s over.',
		]);
	});

	it('finds raw HTML with its line, in a paragraph or on its own', () => {
		expect(rawHtmlIn('Fine.\n\nA <b>bold</b> claim.\n\n<div>x</div>\n')).toEqual([
			{ line: 3, value: '<b>' },
			{ line: 3, value: '</b>' },
			{ line: 5, value: '<div>x</div>' },
		]);
		expect(rawHtmlIn('No HTML here.')).toEqual([]);
	});

	it('answers for the story it is given, not the one asked about before', () => {
		expect(storyParagraphs('One.')).toEqual(['One.']);
		expect(storyParagraphs('Two.\n\nThree.')).toEqual(['Two.', 'Three.']);
	});
});

describe('phrasePattern', () => {
	it('gives a fresh pattern each time, so a global match never starts where the last one stopped', () => {
		const first = phrasePattern('Lee');
		expect(first.exec('Lee and Lee')?.index).toBe(0);
		expect(first.lastIndex).toBe(3);
		expect(phrasePattern('Lee').lastIndex).toBe(0);
		expect(countOccurrences('Lee met Lee, not Leeward', 'Lee')).toBe(2);
		expect(countOccurrences('Lee met Lee, not Leeward', 'Lee')).toBe(2);
	});

	it('keeps the flags asked for', () => {
		expect(phrasePattern('on Monday', 'u').flags).toBe('u');
		expect(phrasePattern("Japan's defeat").test('Japan’s defeat')).toBe(true);
	});
});
