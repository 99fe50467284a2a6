/**
 * Takumi's renderer (Rust, native, with its own lossless PNG encoder) with the card's fonts: Inter
 * from @fontsource/inter, read from the project, never fetched and never the system's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type FontDetails, Renderer } from '@takumi-rs/core';

// Resolved from the project root, not from this module: the build runs it from a bundled chunk.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

/**
 * Inter's latin, latin-ext and vietnamese subsets, each for the characters @fontsource says it holds
 * (its unicode.json, the unicode-range of its CSS). Names on wire stories need all three: Łódź,
 * Đorđe and Dvořák are in latin-ext, but the ẵ of Đà Nẵng only in vietnamese.
 */
const CARD_FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700, 800] as const;

/** "U+0100-02BA,U+1E00" as inclusive code point ranges. */
function unicodeRanges(range: string): [number, number][] {
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
