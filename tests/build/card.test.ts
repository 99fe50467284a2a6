/** The explainers' card images: built with the site, 1200x630, and kept in the content-hash cache. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cacheFolder } from '../../src/lib/build/cache';
import { pngSize } from '../support/png';
import { DIST, distFileFor, readPage, STORY_SLUG } from '../support/site';

describe('card images', () => {
	const png = readFileSync(join(DIST, 'og/explainers', `${STORY_SLUG}.png`));

	it('are 1200x630 PNGs, one per explainer, named in the explainer’s head', () => {
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		const explainers = readdirSync(join(DIST, 'explainers'));
		expect(readdirSync(join(DIST, 'og/explainers')).sort()).toEqual(explainers.map((slug) => `${slug}.png`).sort());
		const $ = load(readPage(`explainers/${STORY_SLUG}`));
		expect(readFileSync(distFileFor($('meta[property="og:image"]').attr('content')!)).equals(png)).toBe(true);
	});

	it('come from the cache of cards, named by content hash', () => {
		const cards = cacheFolder('cards');
		const cached = readdirSync(cards).filter((file) => /^[0-9a-f]{32}\.png$/.test(file));
		expect(cached.some((file) => readFileSync(join(cards, file)).equals(png))).toBe(true);
	});
});
