/**
 * Drawing the card: its layout (./layout) by Takumi's renderer with Inter (./renderer).
 * Nothing is fetched, and the same card gives the same bytes: no system fonts, no timestamp in the PNG.
 *
 * Takumi renders on its own threads, off the JavaScript thread, so a build needs no worker threads
 * of its own to draw cards beside the pages (./images decides how many at once).
 */
import type { Renderer } from '@takumi-rs/core';
import { CARD_HEIGHT, CARD_WIDTH, type CardData } from './card';
import { cardElement, layoutFingerprint } from './layout';
import { cardFonts, cardRenderer, takumiVersion } from './renderer';

let shared: Promise<Renderer> | undefined;

/** Draws the card as a PNG; the same data gives the same bytes. */
export async function drawCard(card: CardData, renderer?: Renderer): Promise<Buffer> {
	shared ??= cardRenderer();
	return (renderer ?? (await shared)).render(cardElement(card), { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' });
}

/** What shapes every card's pixels besides its data: the layout code, the fonts and Takumi's version. */
export function drawingFingerprint(): (string | Uint8Array)[] {
	return [
		...layoutFingerprint(),
		`@takumi-rs/core@${takumiVersion()}`,
		...cardFonts().flatMap((font) => [`${font.weight} ${JSON.stringify(font.unicodeRange)}`, font.data as Uint8Array]),
	];
}
