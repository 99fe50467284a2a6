import { describe, expect, it } from 'vitest';
import { firstParagraphText, firstSentence, normalizeTypography, summaryRepeatsLede } from '../../src/lib/lede';

const LEDE =
	"TOKYO (AP) - Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung in her hometown on Tuesday, in a summit meant to stabilize ties between the two sometime-rivals as Japan's worries about Chinese power in Asia grows.";

describe('normalizeTypography', () => {
	it('reduces curly quotes, dashes and runs of spaces to one form', () => {
		expect(normalizeTypography('“Japan’s”  ties –\n now — then')).toBe(`"Japan's" ties - now - then`);
	});
});

describe('firstSentence', () => {
	it('ends at a full stop before a capital, not inside "U.S." or "Jan. 12"', () => {
		expect(firstSentence('Both are under U.S. pressure since Jan. 12. The meeting is next.')).toBe(
			'Both are under U.S. pressure since Jan. 12.',
		);
	});

	it('keeps a closing quote with its sentence, and takes the whole text when nothing ends it', () => {
		expect(firstSentence('He said "no." Then he left.')).toBe('He said "no."');
		expect(firstSentence('No full stop here')).toBe('No full stop here');
	});
});

describe('summaryRepeatsLede', () => {
	it('is true when the summary opens with the lede, whatever its dashes and quotes (the AP summary)', () => {
		const summary =
			'TOKYO (AP) – Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung in her hometown on Tuesday, in a summit meant to stabilize ties between the two sometime-rivals as Japan’s worries about Chinese power in Asia grows. The meeting is part of a swirl of diplomatic activity in a region with growing tensions.';
		expect(summaryRepeatsLede(summary, LEDE)).toBe(true);
	});

	it('is false for a summary that says something else, or opens differently', () => {
		expect(summaryRepeatsLede('Japan and South Korea meet in Nara as ties with China sour.', LEDE)).toBe(false);
		expect(summaryRepeatsLede('Japanese Prime Minister Sanae Takaichi will host a summit.', LEDE)).toBe(false);
	});

	it('is false when there is no opening to compare with', () => {
		expect(summaryRepeatsLede('Anything.', '')).toBe(false);
	});
});

describe('firstParagraphText', () => {
	it('reads the first paragraph of rendered HTML as text', () => {
		const html =
			'<p id="p-1">A <a href="#x">link</a> &#x26; <time datetime="2026">Tuesday</time> &amp; more.<a class="anchor" href="#p-1"></a></p><p id="p-2">Next.</p>';
		expect(firstParagraphText(html)).toBe('A link & Tuesday & more.');
		expect(firstParagraphText('')).toBe('');
	});
});
