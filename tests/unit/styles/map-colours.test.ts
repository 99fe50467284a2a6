/**
 * The locator map's colours, read from the stylesheet: land and water far enough apart to tell the coast
 * at a glance (1.5:1, the floor), the coastline darker than both, and every label's colour
 * readable (4.5:1) on what it is set on, in light and dark. WCAG's relative luminance and contrast ratio.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');
// Dark tokens: the map's own dark block, then the page's (text, muted), each a `@media (prefers-color-scheme: dark)`.
const darkBlocks = css.split('@media (prefers-color-scheme: dark)').slice(1).map((block) => block.slice(0, block.indexOf('}')));

function token(name: string, theme: 'light' | 'dark'): string {
	const source = theme === 'dark' ? (darkBlocks.find((block) => block.includes(`--${name}:`)) ?? '') : css;
	const match = source.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'));
	if (!match) throw new Error(`--${name} not found (${theme})`);
	return match[1]!;
}
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(['light', 'dark'] as const)('map colours, %s', (theme) => {
	const t = (name: string) => token(name, theme);
	it('sets land and water at least 1.5:1 apart', () => expect(contrast(t('land'), t('water'))).toBeGreaterThanOrEqual(1.5));
	it('draws the coastline apart from both land and water', () => {
		expect(contrast(t('coast'), t('land'))).toBeGreaterThanOrEqual(1.5);
		expect(contrast(t('coast'), t('water'))).toBeGreaterThanOrEqual(1.5);
	});
	it('keeps labels readable: names of water on water and on land, area names on land, place names on water', () => {
		expect(contrast(t('water-text'), t('water'))).toBeGreaterThanOrEqual(4.5);
		expect(contrast(t('water-text'), t('land'))).toBeGreaterThanOrEqual(4.5);
		expect(contrast(t('muted'), t('land'))).toBeGreaterThanOrEqual(4.5);
		expect(contrast(t('text'), t('water'))).toBeGreaterThanOrEqual(4.5);
	});
});
