/**
 * The link-preview card: a 1200x630 PNG per explainer (and one for the site), drawn at build time with
 * satori (layout to SVG, text as paths), resvg (SVG to pixels) and sharp (pixels to PNG: libvips
 * compresses in half the time resvg's encoder takes, to a smaller file). Fonts come from @fontsource/inter in
 * node_modules: nothing is fetched. Rendering takes about a second, so each PNG is cached under a hash
 * of everything that shapes it; an unchanged explainer is read back, not drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cacheFolder, readCached, writeCached } from './build-cache';
import { CardPool } from './card-pool';
import { type CalendarDate, formatApDate, startTimeOf } from './dates';
import type { Timeline } from './timeline';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Where cards live on the site. The site card stands in on pages without one of their own. */
export const SITE_CARD_PATH = '/og/site.png';
export const explainerCardPath = (slug: string) => `/og/explainers/${slug}.png`;

/** The explainer's own mark on its card: its timeline drawn as dots on one line. */
export interface CardTimeline {
	/** Each event's place on the line, 0 (earliest) to 1 (latest). */
	positions: number[];
	/** Events at or after this index were still scheduled when the story ran (drawn hollow). */
	scheduledFrom: number;
	startLabel: string;
	endLabel: string;
}

export interface CardData {
	siteName: string;
	kicker: string;
	headline: string;
	/** "Jan. 12, 2026 · The Associated Press" */
	byline: string;
	timeline?: CardTimeline | undefined;
}

const DAY = 86_400_000;

/**
 * Places events on a logarithmic scale of time before the last one, so a week of diplomacy and 1,300
 * years of history share one line: on a linear scale everything after 1945 would be a single dot.
 * Each date stands at its first day, the instant the page's timeline orders it by
 * (`compareCalendarDates`), so the dots run in the page's order: "this year" (2024) comes before
 * June 4, 2024, as on the page, not after it at Dec. 31. A span stands at its start, as on the page.
 */
export function timelinePositions(dates: readonly { date: CalendarDate; end?: CalendarDate | undefined }[]): number[] {
	const starts = dates.map((d) => startTimeOf(d.date));
	const last = Math.max(...starts);
	const ages = starts.map((start) => (last - start) / DAY);
	const oldest = Math.log1p(Math.max(...ages, 1));
	return ages.map((age) => Number((1 - Math.log1p(age) / oldest).toFixed(4)));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function explainerCard(
	data: { title: string; section: string; source: string; published: CalendarDate },
	timeline: Timeline,
	siteName: string,
): CardData {
	const first = timeline.items[0];
	const last = timeline.items.at(-1);
	return {
		siteName,
		kicker: `${data.section} · Explainer`,
		headline: data.title,
		byline: `${formatApDate(data.published)} · ${data.source}`,
		timeline:
			first && last
				? {
						positions: timelinePositions(timeline.items),
						scheduledFrom: timeline.publishedIndex,
						startLabel: capitalise(first.label),
						endLabel: last.label,
					}
				: undefined,
	};
}

export function siteCard(siteName: string, tagline: string, description: string): CardData {
	return { siteName, kicker: 'News explainers', headline: tagline, byline: description };
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** The card's alt text: what the picture shows, for readers who cannot see it. */
export function cardAlt(card: CardData): string {
	const timeline = card.timeline
		? ` A timeline of ${card.timeline.positions.length} dates runs from ${card.timeline.startLabel} to ${card.timeline.endLabel}.`
		: '';
	return `${card.siteName}: ${sentence(card.headline)} ${sentence(card.byline)}${timeline}`;
}

// Satori takes React-shaped nodes; this builds them without JSX or React.
type Node = { type: string; props: { style: Record<string, string | number>; children?: (Node | string)[] | string } };
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({
	type: 'div',
	props: children === undefined ? { style } : { style, children },
});

// The light theme of src/styles/global.css: cards are seen on feeds of any colour, light reads everywhere.
const INK = { bg: '#fdfcf9', text: '#1c1b19', muted: '#57534b', rule: '#d9d5cb', accent: '#9b1c12', scheduled: '#1d4f91' };
const PAD_X = 72;
const LINE_WIDTH = CARD_WIDTH - PAD_X * 2;
const DOT = 16;

function timelineStrip(timeline: CardTimeline): Node {
	const dots = timeline.positions.map((position, index) =>
		box({
			position: 'absolute',
			left: Math.round(position * (LINE_WIDTH - DOT)),
			top: 6,
			width: DOT,
			height: DOT,
			borderRadius: DOT / 2,
			boxSizing: 'border-box',
			...(index >= timeline.scheduledFrom
				? { background: INK.bg, border: `3px solid ${INK.scheduled}` }
				: { background: INK.accent }),
		}),
	);
	return box({ display: 'flex', flexDirection: 'column' }, [
		box({ display: 'flex', position: 'relative', width: LINE_WIDTH, height: 28 }, [
			box({ position: 'absolute', left: 0, top: 13, width: LINE_WIDTH, height: 2, background: INK.rule }),
			...dots,
		]),
		box({ display: 'flex', justifyContent: 'space-between', marginTop: 10, fontSize: 24, color: INK.muted }, [
			box({ display: 'flex' }, timeline.startLabel),
			box({ display: 'flex', fontWeight: 700, color: INK.text }, `Timeline · ${timeline.positions.length} dates`),
			box({ display: 'flex' }, timeline.endLabel),
		]),
	]);
}

export function cardElement(card: CardData): Node {
	const size = card.headline.length <= 60 ? 72 : card.headline.length <= 110 ? 58 : 48;
	return box(
		{
			width: '100%',
			height: '100%',
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			padding: `48px ${PAD_X}px 52px`,
			background: INK.bg,
			color: INK.text,
			fontFamily: 'Inter',
			borderTop: `14px solid ${INK.accent}`,
		},
		[
			box({ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }, [
				box({ display: 'flex', fontSize: 40, fontWeight: 800, letterSpacing: -1 }, card.siteName),
				box(
					{ display: 'flex', fontSize: 22, fontWeight: 700, color: INK.accent, letterSpacing: 2, textTransform: 'uppercase' },
					card.kicker,
				),
			]),
			box(
				{ display: 'block', marginTop: 36, fontSize: size, fontWeight: 800, lineHeight: 1.12, letterSpacing: -1, lineClamp: 4 },
				card.headline,
			),
			box({ display: 'block', marginTop: 24, fontSize: 26, color: INK.muted, lineClamp: 2 }, card.byline),
			box({ display: 'flex', flexGrow: 1 }),
			...(card.timeline ? [timelineStrip(card.timeline)] : []),
		],
	);
}

// Latin and Latin Extended cover the names our wire stories print (Nicolás, Gyeongju, Đà Nẵng).
const FONT_FILES = [400, 700, 800].flatMap((weight) =>
	['latin', 'latin-ext'].map((subset) => ({ weight, file: `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff` })),
);

// Resolved from the project root, not from this module: the build runs it from a bundled chunk.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

let fonts: { name: string; data: Buffer; weight: 400 | 700 | 800; style: 'normal' }[] | undefined;
function loadFonts() {
	fonts ??= FONT_FILES.map(({ weight, file }) => ({
		name: 'Inter',
		data: readFileSync(projectRequire.resolve(file)),
		weight: weight as 400 | 700 | 800,
		style: 'normal' as const,
	}));
	return fonts;
}

const RESVG_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;
/** zlib's default level; no metadata, so no timestamp, in the file. */
const PNG_OPTIONS = { compressionLevel: 6 } as const;

/** Draws the card; the same data gives the same bytes (no system fonts, no timestamps in the PNG). */
export async function drawCard(card: CardData): Promise<Buffer> {
	const svg = await satori(cardElement(card) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
	const image = new Resvg(svg, RESVG_OPTIONS).render();
	// The card is opaque, so resvg's premultiplied pixels are the plain RGBA that sharp reads.
	return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png(PNG_OPTIONS).toBuffer();
}

let pool: CardPool | undefined;

/** The same drawing as `drawCard`, in a worker thread: a build draws its cards on every core. */
export function drawCardInPool(card: CardData): Promise<Buffer> {
	pool ??= new CardPool({
		satori: projectRequire.resolve('satori'),
		resvg: projectRequire.resolve('@resvg/resvg-js'),
		sharp: projectRequire.resolve('sharp'),
		fonts: loadFonts(),
	});
	return pool.draw({ element: cardElement(card), width: CARD_WIDTH, height: CARD_HEIGHT, render: RESVG_OPTIONS, png: PNG_OPTIONS });
}

/**
 * Everything that shapes the picture: the data, the layout code, the fonts and the renderers' versions.
 * Change any and the key changes, so a stale card is never served.
 */
export function cardKey(card: CardData): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(card));
	hash.update(drawingKey());
	return hash.digest('hex').slice(0, 32);
}

// What every card shares (layout code, fonts, renderer versions) is hashed once per build, not once
// per card: the fonts alone are half a megabyte.
let sharedKey: string | undefined;
function drawingKey(): string {
	if (sharedKey === undefined) {
		const hash = createHash('sha256');
		hash.update(cardElement.toString() + timelineStrip.toString());
		for (const font of loadFonts()) hash.update(font.data);
		for (const pkg of ['satori', '@resvg/resvg-js']) hash.update(`${pkg}@${projectRequire(`${pkg}/package.json`).version}`);
		// sharp does not export its package.json; it reports its own version and libvips's.
		hash.update(`sharp ${JSON.stringify(sharp.versions)}`);
		sharedKey = hash.digest('hex');
	}
	return sharedKey;
}

/** Where drawn cards are kept between builds (see ./build-cache). */
export const DEFAULT_CARD_CACHE = cacheFolder('cards');

const drawingAhead = new Map<string, Promise<Buffer>>();

/**
 * Starts drawing cards in the worker pool now, for `renderCard` to pick up when their files are
 * written. Astro writes every explainer page before the first card; cards started from the card
 * route's getStaticPaths() are drawn on the other cores while the main thread renders those pages,
 * instead of afterwards with the main thread waiting for them (docs/benchmarks.md). Cards already in
 * the cache are not drawn.
 */
export function drawAhead(cards: CardData[], cacheDir = DEFAULT_CARD_CACHE): void {
	for (const card of cards) {
		const key = cardKey(card);
		if (drawingAhead.has(key) || existsSync(join(cacheDir, `${key}.png`))) continue;
		const drawing = drawCardInPool(card).then((png) => {
			writeCached(cacheDir, `${key}.png`, png);
			return png;
		});
		// A failure is reported by renderCard, which awaits this promise; until then it is not unhandled.
		drawing.catch(() => undefined);
		drawingAhead.set(key, drawing);
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
	const png = await drawCardInPool(card);
	writeCached(cacheDir, `${key}.png`, png);
	return { png, key, cached: false };
}
