import type { Renderer } from '@takumi-rs/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardFonts, cardRenderer } from '../../../../src/lib/cards/renderer';
import { NAMES_BEYOND_LATIN } from '../../../support/card';

describe('glyphs beyond Latin-1', () => {
	// A private-use code point no subset holds: what a missing glyph looks like.
	const MISSING = '\u{E000}';
	const glyph = (renderer: Renderer, text: string) =>
		renderer.render(
			{ type: 'container', style: { width: '100%', height: '100%', background: '#fff', color: '#000', fontFamily: 'Inter', fontSize: 48, fontWeight: 800 }, children: [{ type: 'text', text }] },
			{ width: 64, height: 64, format: 'raw' },
		);
	let full: Renderer;
	let latinOnly: Renderer;
	beforeAll(async () => {
		full = await cardRenderer();
		latinOnly = await cardRenderer(cardFonts(['latin']));
	});

	it('registers latin, latin-ext and vietnamese, each for its own characters', () => {
		const ranges = (fonts: ReturnType<typeof cardFonts>) => fonts.map((font) => [font.weight, font.unicodeRange]);
		expect(ranges(cardFonts())).toEqual(ranges(cardFonts(['latin', 'latin-ext', 'vietnamese'])));
		expect(cardFonts().length).toBe(9);
		// @fontsource's ranges ("U+0000-00FF,U+0131,...,U+1EA0-1EF9,...") as inclusive code point ranges.
		expect(cardFonts(['latin'])[0]?.unicodeRange?.slice(0, 2)).toEqual([[0, 0xff], [0x131, 0x131]]);
		expect(cardFonts(['vietnamese'])[0]?.unicodeRange).toContainEqual([0x1ea0, 0x1ef9]);
	});

	it.each([...new Set(NAMES_BEYOND_LATIN.replace(/[\p{ASCII}áàóź]/gu, ''))])('draws %s, not the missing-glyph mark', async (letter) => {
		const missing = await glyph(full, MISSING);
		expect((await glyph(full, letter)).equals(missing)).toBe(false);
		// Inter's latin subset alone lacks it: that is the mark this test tells apart.
		expect((await glyph(latinOnly, letter)).equals(await glyph(latinOnly, MISSING))).toBe(true);
	});
});
