import { describe, expect, it } from 'vitest';
import { firstParagraphText, summaryRepeatsLede } from '../../../../src/lib/story/lede';

const LEDE =
	"TOKYO (AP) - Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung in her hometown on Tuesday, in a summit meant to stabilize ties between the two sometime-rivals as Japan's worries about Chinese power in Asia grows.";

describe('summaryRepeatsLede: typography', () => {
	it('reduces curly quotes, dashes and runs of spaces to one form', () => {
		expect(summaryRepeatsLede('“Japan’s”  ties –\n now — then', `"Japan's" ties - now - then`)).toBe(true);
	});
});

describe('summaryRepeatsLede: the first sentence', () => {
	const sentences = 'Both are under U.S. pressure since Jan. 12. The meeting is next.';

	it('ends at a full stop before a capital, not inside "U.S." or "Jan. 12"', () => {
		// The same first sentence, then another: it ends after "Jan. 12."...
		expect(summaryRepeatsLede(sentences, 'Both are under U.S. pressure since Jan. 12. Something else.')).toBe(true);
		// ...and not before: a difference after "U.S." or after "Jan." is a different sentence.
		expect(summaryRepeatsLede(sentences, 'Both are under U.S. strain since Jan. 12. The meeting is next.')).toBe(false);
		expect(summaryRepeatsLede(sentences, 'Both are under U.S. pressure since Jan. 13. The meeting is next.')).toBe(false);
	});

	it('keeps a closing quote with its sentence, and takes the whole text when nothing ends it', () => {
		expect(summaryRepeatsLede('He said "no." Then he left.', 'He said "no." Later he came back.')).toBe(true);
		expect(summaryRepeatsLede('He said "no." Then he left.', "He said \"no.' Then he left.")).toBe(false);
		expect(summaryRepeatsLede('No full stop here', 'No full stop here')).toBe(true);
		expect(summaryRepeatsLede('No full stop', 'No full stop here')).toBe(false);
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

	it('is true for a summary that repeats the lede without its dateline, or with one the story lacks', () => {
		const bare = LEDE.replace('TOKYO (AP) - ', '');
		expect(summaryRepeatsLede(`${bare} The meeting is part of a swirl.`, LEDE)).toBe(true);
		expect(summaryRepeatsLede(`NAIROBI, Kenya (AP) — ${bare}`, bare)).toBe(true);
		// Only the dateline is set aside: the sentence after it must still be the same.
		expect(summaryRepeatsLede('Japan and South Korea meet in Nara.', LEDE)).toBe(false);
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
