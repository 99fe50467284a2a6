import { describe, expect, it } from 'vitest';
import { typographic } from '../../../../src/lib/story/typography';

describe('typographic', () => {
	it('curls quotes and apostrophes, and makes dashes and ellipses, as the story gets them', () => {
		expect(typographic(`Georgia's president says "no" -- for now...`)).toBe('Georgia’s president says “no” — for now…');
	});

	it('leaves text without such punctuation, and angle brackets and ampersands, as they are', () => {
		expect(typographic('Tokyo’s relations with Beijing worsen')).toBe('Tokyo’s relations with Beijing worsen');
		expect(typographic(`AT&T's <b> tag`)).toBe('AT&T’s <b> tag');
	});
});
