import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawCard } from '../../../../src/lib/cards/drawing';
import { drawAhead, renderCard } from '../../../../src/lib/cards/images';
import { SAMPLE_CARD as card } from '../../../support/card';

const cacheDir = mkdtempSync(join(tmpdir(), 'backstory-cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('renderCard', () => {
	it('draws a card once, then reads it back from the cache by content hash', async () => {
		const first = await renderCard(card, cacheDir);
		expect(first.cached).toBe(false);
		expect(first.png.equals(await drawCard(card))).toBe(true);
		expect(readdirSync(cacheDir)).toEqual([`${first.key}.png`]);
		const again = await renderCard(card, cacheDir);
		expect(again).toMatchObject({ cached: true, key: first.key });
		expect(again.png.equals(first.png)).toBe(true);
	});

	it('draws a new card when anything on it changes', async () => {
		const edited = { ...card, headline: `${card.headline}, officials say` };
		const result = await renderCard(edited, cacheDir);
		const original = await renderCard(card, cacheDir);
		expect(result.key).not.toBe(original.key);
		expect(result.cached).toBe(false);
		expect(result.png.equals(original.png)).toBe(false);
	});
});

describe('drawAhead', () => {
	it('draws cards before they are asked for, and renderCard hands over the drawing and keeps it', async () => {
		const ahead = { ...card, headline: 'Drawn ahead of its page' };
		const dir = join(cacheDir, 'ahead');
		drawAhead([ahead], dir);
		const result = await renderCard(ahead, dir);
		expect(result.png.equals(await drawCard(ahead))).toBe(true);
		expect(readdirSync(dir)).toEqual([`${result.key}.png`]);
		// Once handed over, it comes from the cache like any other card.
		expect((await renderCard(ahead, dir)).cached).toBe(true);
	});

	it('does not draw cards the cache already has', async () => {
		const dir = join(cacheDir, 'ahead-cached');
		const first = await renderCard(card, dir);
		drawAhead([card], dir);
		expect(await renderCard(card, dir)).toMatchObject({ cached: true, key: first.key });
	});
});
