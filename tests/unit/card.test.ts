import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	cardAlt,
	cardKey,
	drawAhead,
	drawCard,
	drawCardInPool,
	explainerCard,
	renderCard,
	siteCard,
	timelinePositions,
} from '../../src/lib/card';
import { buildTimeline } from '../../src/lib/timeline';
import type { TimelineDate } from '../../src/schemas/explainer';
import { pngSize } from '../support/png';

const entry = (id: string, date: string, extra: Partial<TimelineDate> = {}) =>
	({ id, date, phrase: id, title: id, summary: id, people: [], places: [], tense: 'past', relative: false, paragraph: 1, ...extra }) as TimelineDate;

const data = {
	title: 'Japan will host summit with South Korea to bolster ties as Tokyo’s relations with Beijing worsen',
	section: 'World',
	source: 'The Associated Press',
	published: '2026-01-12',
	dates: [
		entry('temple', '0700', { display: 'late 7th or early 8th century' }),
		entry('treaty', '1965'),
		entry('summit', '2026-01-13'),
		entry('lee-home', '2026-01-14'),
	],
};
const card = explainerCard(data, buildTimeline(data), 'Backstory');

const cacheDir = mkdtempSync(join(tmpdir(), 'backstory-cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('explainerCard', () => {
	it('carries the headline, date, source and the timeline’s span', () => {
		expect(card).toMatchObject({
			siteName: 'Backstory',
			kicker: 'World · Explainer',
			headline: data.title,
			byline: 'Jan. 12, 2026 · The Associated Press',
			timeline: { startLabel: 'Late 7th or early 8th century', endLabel: 'Jan. 14, 2026', scheduledFrom: 2 },
		});
		expect(cardAlt(card)).toBe(
			`Backstory: ${data.title}. Jan. 12, 2026 · The Associated Press. A timeline of 4 dates runs from Late 7th or early 8th century to Jan. 14, 2026.`,
		);
	});
});

describe('timelinePositions', () => {
	it('puts the earliest event at 0, the latest at 1, and keeps recent days apart', () => {
		const positions = timelinePositions([{ date: '0700' }, { date: '1965' }, { date: '2026-01-13' }, { date: '2026-01-14' }]);
		expect(positions[0]).toBe(0);
		expect(positions[3]).toBe(1);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// One day apart on a scale of 1,300 years is still visibly apart (over 2% of the line).
		expect(positions[3]! - positions[2]!).toBeGreaterThan(0.02);
	});

	it('places a span at its start, where the page orders it', () => {
		expect(timelinePositions([{ date: '1910', end: '1945' }, { date: '1945' }])).toEqual([0, 1]);
	});

	it('puts the dots in the page’s order: a year, a month and days of the same year', () => {
		// A story of May 27, 2024: "this year" (2024) comes before June 4, 2024 on the page, and so on the card.
		const story = {
			...data,
			published: '2024-05-27',
			dates: [
				entry('window-closes', '2024-06-04', { tense: 'future' }),
				entry('this-year', '2024'),
				entry('launch-window', '2024-05-27'),
				entry('in-may', '2024-05'),
				entry('new-year', '2024-01-01'),
				entry('last-launch', '2023-11'),
			],
		};
		const timeline = buildTimeline(story);
		const { timeline: strip } = explainerCard(story, timeline, 'Backstory');
		expect(timeline.items.map((item) => item.id)).toEqual(['last-launch', 'this-year', 'new-year', 'in-may', 'launch-window', 'window-closes']);
		const positions = strip?.positions ?? [];
		expect(positions).toHaveLength(6);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// The year and its first day share a place; the year is not drawn at the far right.
		expect(positions[1]).toBe(positions[2]);
		expect(positions[1]).toBeLessThan(positions[3] as number);
		expect(positions[5]).toBe(1);
		// Only June 4 was still scheduled: the one hollow dot, at the right end.
		expect(strip?.scheduledFrom).toBe(5);
		expect(strip?.endLabel).toBe('June 4, 2024');
	});
});

describe('drawCard', () => {
	it('draws a 1200x630 PNG, byte for byte the same each time', async () => {
		const first = await drawCard(card);
		const second = await drawCard(card);
		expect(pngSize(first)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(first.equals(second)).toBe(true);
		// Kept for looking at: tests/.tmp/ is ignored by git.
		mkdirSync('tests/.tmp', { recursive: true });
		writeFileSync('tests/.tmp/card-unit.png', first);
	});

	it('draws the site card, which has no timeline', async () => {
		const png = await drawCard(siteCard('Backstory', 'The story whole.', 'Wire stories, explained.'));
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
	});
});

describe('the PNG encoding', () => {
	it('holds exactly the pixels resvg drew: sharp encodes them without loss, in the right channel order', async () => {
		const element = { type: 'div', props: { style: { display: 'flex', width: '100%', height: '100%', background: '#f3efe6', color: '#8a1c1c', fontSize: 80 }, children: 'Nara' } };
		const fonts = [{ name: 'Inter', data: readFileSync('node_modules/@fontsource/inter/files/inter-latin-800-normal.woff'), weight: 800 as const, style: 'normal' as const }];
		const svg = await satori(element as never, { width: 300, height: 160, fonts });
		const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
		const ours = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png({ compressionLevel: 6 }).toBuffer();
		const decode = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();
		expect((await decode(ours)).equals(await decode(Buffer.from(image.asPng())))).toBe(true);
	});
});

describe('drawCardInPool', () => {
	it('draws in worker threads the very bytes drawCard draws, several cards at once', async () => {
		const cards = [card, siteCard('Backstory', 'The story whole.', 'Wire stories, explained.'), { ...card, headline: 'Another headline' }];
		const pooled = await Promise.all(cards.map((c) => drawCardInPool(c)));
		for (const [index, c] of cards.entries()) expect(pooled[index]?.equals(await drawCard(c))).toBe(true);
	});
});

describe('renderCard', () => {
	it('draws a card once, then reads it back from the cache by content hash', async () => {
		const first = await renderCard(card, cacheDir);
		expect(first.cached).toBe(false);
		expect(readdirSync(cacheDir)).toEqual([`${first.key}.png`]);
		const again = await renderCard(card, cacheDir);
		expect(again).toMatchObject({ cached: true, key: first.key });
		expect(again.png.equals(first.png)).toBe(true);
	});

	it('draws a new card when anything on it changes', async () => {
		const edited = { ...card, headline: `${card.headline}, officials say` };
		expect(cardKey(edited)).not.toBe(cardKey(card));
		const result = await renderCard(edited, cacheDir);
		expect(result.cached).toBe(false);
		expect(result.png.equals((await renderCard(card, cacheDir)).png)).toBe(false);
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
