/**
 * The card images a build writes, kept between builds under a hash of everything that shapes them
 * (../build/cache.ts): an unchanged explainer's card is read back, not drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { cacheFolder, readCached, writeCached } from '../build/cache';
import type { CardData } from './card';
import { drawCard, drawingFingerprint } from './drawing';

/** Where drawn cards are kept between builds (see ./build-cache). */
const DEFAULT_CARD_CACHE = cacheFolder('cards');

/**
 * Everything that shapes the picture: the data, the layout code, the fonts and Takumi's version.
 * Change any and the key changes, so a stale card is never served.
 */
function cardKey(card: CardData): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(card));
	hash.update(rendererKey());
	return hash.digest('hex').slice(0, 32);
}

// What every card shares is hashed once per build, not once per card: the fonts alone are 300 KB.
let sharedKey: string | undefined;
function rendererKey(): string {
	if (sharedKey === undefined) {
		const hash = createHash('sha256');
		for (const part of drawingFingerprint()) hash.update(part);
		sharedKey = hash.digest('hex');
	}
	return sharedKey;
}

/**
 * Cards drawn at once: one per core but one. Takumi draws on libuv's thread pool, which also does the
 * build's file reads and writes, so 1,000 cards queued at once would hold every write back until they
 * were drawn; this way the main thread keeps a core to render pages on, and the pool has threads free
 * to write them.
 */
const drawing = pLimit(Math.max(1, availableParallelism() - 1));
const draw = (card: CardData) => drawing(() => drawCard(card));

const drawingAhead = new Map<string, Promise<Buffer>>();

/**
 * Starts drawing cards now, for `renderCard` to pick up when their files are written. Astro writes
 * every explainer page before the first card; cards started from the card route's getStaticPaths()
 * are drawn while the main thread renders those pages, instead of afterwards with the main thread
 * waiting for them (docs/benchmarks.md). Cards already in the cache are not drawn.
 */
export function drawAhead(cards: CardData[], cacheDir = DEFAULT_CARD_CACHE): void {
	for (const card of cards) {
		const key = cardKey(card);
		if (drawingAhead.has(key) || existsSync(join(cacheDir, `${key}.png`))) continue;
		const png = draw(card).then((drawn) => {
			writeCached(cacheDir, `${key}.png`, drawn);
			return drawn;
		});
		// A failure is reported by renderCard, which awaits this promise; until then it is not unhandled.
		png.catch(() => undefined);
		drawingAhead.set(key, png);
	}
}

/** The card's PNG, from the cache when an identical card was drawn before. */
export async function renderCard(
	card: CardData,
	cacheDir = DEFAULT_CARD_CACHE,
): Promise<{ png: Buffer; key: string; cached: boolean }> {
	const key = cardKey(card);
	const ahead = drawingAhead.get(key);
	if (ahead) {
		drawingAhead.delete(key);
		return { png: await ahead, key, cached: false };
	}
	const cached = readCached(cacheDir, `${key}.png`);
	if (cached) return { png: cached, key, cached: true };
	const png = await draw(card);
	writeCached(cacheDir, `${key}.png`, png);
	return { png, key, cached: false };
}
