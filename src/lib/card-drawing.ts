/**
 * Drawing the card: its layout as a Takumi node tree, Inter from @fontsource/inter, and Takumi's
 * renderer (Rust, native, with its own lossless PNG encoder). Nothing is fetched, and the same card
 * gives the same bytes: no system fonts, no timestamp in the PNG.
 *
 * Takumi renders on its own threads, off the JavaScript thread, so a build needs no worker threads
 * of its own to draw cards beside the pages (./card-images decides how many at once).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ContainerNode, type FontDetails, type Node, Renderer } from '@takumi-rs/core';
import { CARD_HEIGHT, CARD_WIDTH, type CardData, type CardTimeline } from './card';

type Style = NonNullable<ContainerNode['style']>;

// The card's tree, satori's shape mapped to Takumi's: a div is a container, a string a text node.
const box = (style: Style, children?: Node[] | string): ContainerNode => ({
	type: 'container',
	style,
	...(children === undefined ? {} : { children: typeof children === 'string' ? [{ type: 'text', text: children }] : children }),
});

// The light theme of src/styles/global.css: cards are seen on feeds of any colour, light reads everywhere.
const INK = { bg: '#fdfcf9', text: '#1c1b19', muted: '#57534b', rule: '#d9d5cb', accent: '#9b1c12', scheduled: '#1d4f91' };
const PAD_X = 72;
const LINE_WIDTH = CARD_WIDTH - PAD_X * 2;
const DOT = 16;

function timelineStrip(timeline: CardTimeline): ContainerNode {
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

export function cardElement(card: CardData): ContainerNode {
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

// Resolved from the project root, not from this module: the build runs it from a bundled chunk.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

/**
 * Inter's latin, latin-ext and vietnamese subsets, each for the characters @fontsource says it holds
 * (its unicode.json, the unicode-range of its CSS). Names on wire stories need all three: Łódź,
 * Đorđe and Dvořák are in latin-ext, but the ẵ of Đà Nẵng only in vietnamese.
 */
export const CARD_FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700, 800] as const;

/** "U+0100-02BA,U+1E00" as inclusive code point ranges. */
export function unicodeRanges(range: string): [number, number][] {
	return range.split(',').map((part) => {
		const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
		return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
	});
}

let fonts: FontDetails[] | undefined;
/** The card's fonts, read once per process. */
export function cardFonts(subsets: readonly string[] = CARD_FONT_SUBSETS): FontDetails[] {
	if (subsets !== CARD_FONT_SUBSETS) return readFonts(subsets);
	fonts ??= readFonts(subsets);
	return fonts;
}

function readFonts(subsets: readonly string[]): FontDetails[] {
	const ranges = projectRequire('@fontsource/inter/unicode.json') as Record<string, string>;
	return WEIGHTS.flatMap((weight) =>
		subsets.map((subset) => {
			const range = ranges[subset];
			if (!range) throw new Error(`@fontsource/inter has no "${subset}" subset`);
			return {
				name: 'Inter',
				weight,
				style: 'normal',
				unicodeRange: unicodeRanges(range),
				data: readFileSync(projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`)),
			};
		}),
	);
}

/** Takumi's version, part of every card's cache key: another renderer may draw other pixels. */
export function takumiVersion(): string {
	// The package does not export its package.json; it sits one folder above its entry point.
	const entry = projectRequire.resolve('@takumi-rs/core');
	const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
	return manifest.version;
}

/** A renderer with the given fonts registered (the card's own by default). */
export async function cardRenderer(fontSet: FontDetails[] = cardFonts()): Promise<Renderer> {
	const renderer = new Renderer();
	for (const font of fontSet) await renderer.registerFont(font);
	return renderer;
}

let shared: Promise<Renderer> | undefined;

/** Draws the card as a PNG; the same data gives the same bytes. */
export async function drawCard(card: CardData, renderer?: Renderer): Promise<Buffer> {
	shared ??= cardRenderer();
	return (renderer ?? (await shared)).render(cardElement(card), { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' });
}

/** What shapes every card's pixels besides its data: the layout code, the fonts and Takumi's version. */
export function drawingFingerprint(): (string | Uint8Array)[] {
	return [
		cardElement.toString(),
		timelineStrip.toString(),
		box.toString(),
		JSON.stringify(INK),
		`@takumi-rs/core@${takumiVersion()}`,
		...cardFonts().flatMap((font) => [`${font.weight} ${JSON.stringify(font.unicodeRange)}`, font.data as Uint8Array]),
	];
}
