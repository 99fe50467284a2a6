/**
 * A card's data as written out, not built from a timeline, so tests of the drawing and the cache do
 * not move when the way a card is made from an explainer does (tests/unit/card.test.ts checks that).
 * It is the AP explainer's card; tests/fixtures/cards/satori-explainer.png is satori's drawing of it.
 */
import type { CardData } from '../../src/lib/cards/card';

export const SAMPLE_CARD: CardData = {
	siteName: 'Backstory',
	kicker: 'World · Explainer',
	headline: 'Japan will host summit with South Korea to bolster ties as Tokyo’s relations with Beijing worsen',
	byline: 'Jan. 12, 2026 · The Associated Press',
	timeline: { positions: [0, 0.2364, 0.947, 1], scheduledFrom: 2, startLabel: 'Late 7th or early 8th century', endLabel: 'Jan. 14, 2026' },
};

/** Names whose letters are outside Inter's latin subset: latin-ext (Ł, Đ, đ, ř, Ș, ğ) and vietnamese (ẵ). */
export const NAMES_BEYOND_LATIN = 'Łódź, Đorđe, Dvořák, Đà Nẵng, Ștefan, Doğan';
