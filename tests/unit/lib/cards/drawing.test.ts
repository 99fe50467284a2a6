import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, siteCard } from '../../../../src/lib/cards/card';
import { drawCard, drawingFingerprint } from '../../../../src/lib/cards/drawing';
import { cardElement } from '../../../../src/lib/cards/layout';
import { cardFonts, cardRenderer, takumiVersion } from '../../../../src/lib/cards/renderer';
import { NAMES_BEYOND_LATIN, SAMPLE_CARD } from '../../../support/card';
import { pngPixels, pngSize } from '../../../support/png';

// Kept for looking at: tests/.tmp/ is ignored by git.
const keep = (name: string, png: Buffer) => {
	mkdirSync('tests/.tmp', { recursive: true });
	writeFileSync(`tests/.tmp/${name}`, png);
};

describe('drawCard', () => {
	it('draws a 1200x630 PNG, byte for byte the same each time and in a new renderer', async () => {
		const first = await drawCard(SAMPLE_CARD);
		const again = await drawCard(SAMPLE_CARD);
		const fresh = await drawCard(SAMPLE_CARD, await cardRenderer());
		expect(pngSize(first)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(again.equals(first)).toBe(true);
		expect(fresh.equals(first)).toBe(true);
		keep('card-unit.png', first);
	});

	it('draws a card with Łódź, Đorđe, Dvořák, Đà Nẵng, Ștefan and Doğan', async () => {
		const png = await drawCard({ ...SAMPLE_CARD, headline: NAMES_BEYOND_LATIN });
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		keep('card-names.png', png);
	});

	it('draws cards side by side the very bytes it draws one at a time', async () => {
		const cards = [SAMPLE_CARD, siteCard('Backstory', 'The story whole.', 'Wire stories, explained.'), { ...SAMPLE_CARD, headline: 'Another headline' }];
		const together = await Promise.all(cards.map((card) => drawCard(card)));
		for (const [index, card] of cards.entries()) expect(together[index]?.equals(await drawCard(card))).toBe(true);
	});

	it('draws the site card, which has no timeline', async () => {
		const png = await drawCard(siteCard('Backstory', 'The story whole.', 'Wire stories, explained.'));
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
	});

	it('encodes without loss: the PNG holds exactly the pixels Takumi drew', async () => {
		const renderer = await cardRenderer();
		const options = { width: CARD_WIDTH, height: CARD_HEIGHT };
		const raw = await renderer.render(cardElement(SAMPLE_CARD), { ...options, format: 'raw' });
		const png = await renderer.render(cardElement(SAMPLE_CARD), { ...options, format: 'png' });
		expect(Buffer.from(pngPixels(png).rgba).equals(raw)).toBe(true);
	});

	it('looks as the card satori drew: under 1% of pixels differ beyond anti-aliasing', async () => {
		const ours = pngPixels(await drawCard(SAMPLE_CARD));
		const satori = pngPixels(readFileSync('tests/fixtures/cards/satori-explainer.png'));
		expect([ours.width, ours.height]).toEqual([satori.width, satori.height]);
		const diff = new Uint8Array(ours.rgba.length);
		const differing = pixelmatch(ours.rgba, satori.rgba, diff, ours.width, ours.height, { threshold: 0.1 });
		// Measured at 0.29%: text edges a pixel apart. A moved block, a lost line or another colour is far more.
		expect(differing / (ours.width * ours.height)).toBeLessThan(0.01);
		// And it is not the same picture by accident of an empty one: the card has ink on it.
		expect(ours.rgba.some((value, index) => index % 4 !== 3 && value < 64)).toBe(true);
	});
});

describe('drawingFingerprint', () => {
	it('holds Takumi’s installed version, the layout code and the fonts', () => {
		const installed = JSON.parse(readFileSync('node_modules/@takumi-rs/core/package.json', 'utf8')).version;
		expect(takumiVersion()).toBe(installed);
		const parts = drawingFingerprint();
		expect(parts).toContain(`@takumi-rs/core@${installed}`);
		expect(parts).toContain(cardElement.toString());
		for (const font of cardFonts()) expect(parts).toContain(font.data);
	});
});
