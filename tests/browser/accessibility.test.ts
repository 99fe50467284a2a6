/**
 * Accessibility in Chromium: axe-core finds no violation (WCAG 2.2 A and AA, and best practice) on one
 * page of every type (tests/support/pages.ts), and of each paginated list of the test archive
 * (tests/support/archive.ts), light and dark, 375 and 1280 px wide; colour contrast is
 * among axe's checks, so it holds in both schemes. (No sideways scroll at 320 px: every-page.test.ts.)
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DIST, archiveSamples } from '../support/archive.ts';
import { openPage, sitesInChromium } from '../support/browser.ts';
import { samplePages } from '../support/pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280] as const;

const DISTS = ['dist', ARCHIVE_DIST] as const;
// One context per site for all its pages: each test looks only at what its own page added to the
// records, and cookies or storage left by any page would still be there for the next test to find.
const { sites } = sitesInChromium(DISTS);

/** For SVG text drawn over a halo (`paint-order: stroke`), the contrast of its fill with the halo. */
function haloContrast(el: Element): number | undefined {
	if (!(el instanceof SVGElement)) return undefined;
	const style = getComputedStyle(el);
	if (!style.paintOrder.startsWith('stroke') || style.stroke === 'none' || parseFloat(style.strokeWidth) < 2) return undefined;
	const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
	const luminance = (color: string) => {
		const [r, g, b] = channels(color).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [a, b] = [luminance(style.fill), luminance(style.stroke)];
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const cases = [...samplePages().map((page) => ({ ...page, dist: 'dist' })), ...archiveSamples().map((page) => ({ ...page, dist: ARCHIVE_DIST }))].flatMap(
	({ type, path, dist }) => SCHEMES.map((colorScheme) => ({ type, path, dist, colorScheme })),
);

describe('axe-core', () => {
	// One load per page and scheme, analysed at each width in turn (the layout follows the viewport).
	it.each(cases)(`$type page ($path), $colorScheme, at ${WIDTHS.join(' and ')} px: no violations`, async ({ path, dist, colorScheme }) => {
		const { site, watched } = sites.get(dist)!;
		const { page } = await openPage(watched, site.origin + path, { colorScheme, width: WIDTHS[0] });
		const found: Record<number, { passes: number; violations: unknown[]; unresolved: string[] }> = {};
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			// The timeline column follows the story from the first screen on (reading.ts), so it may open
			// scrolled; axe cannot decide the contrast of text scrolled out above a scrolling box ("partially
			// obscured"), though its colours are those of the text in view. Each scrolling box is read from its
			// top, as the page is: the colours of the text it scrolls are the same at any scroll position.
			await page.evaluate(async () => {
				// After the page has looked at the new screen (two frames), as the reader would see it.
				await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
				for (const el of document.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0;
			});
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			// Contrast axe could not decide counts as failing, except for SVG text (the map's labels),
			// which axe cannot see behind: those must carry their own background, a halo of stroke
			// painted under the letters, and the letters must stand out from it (4.5:1).
			const undecided = results.incomplete.filter((result) => result.id === 'color-contrast').flatMap((result) => result.nodes.map((node) => node.target.join(' ')));
			const unresolved: string[] = [];
			for (const target of undecided) {
				const halo = await page.locator(target).first().evaluate(haloContrast);
				if (halo === undefined || halo < 4.5) unresolved.push(`${target}: ${halo === undefined ? 'no halo' : `${halo.toFixed(2)}:1 against its halo`}`);
			}
			found[width] = {
				passes: results.passes.length,
				violations: results.violations.map((violation) => ({
					rule: violation.id,
					help: violation.help,
					nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ')}`),
				})),
				unresolved,
			};
		}
		await page.close();
		for (const width of WIDTHS) {
			expect(found[width]?.passes, `${width} px: axe ran its checks`).toBeGreaterThan(10);
			expect(found[width]?.violations, `${width} px`).toEqual([]);
			expect(found[width]?.unresolved, `${width} px: undecided contrast`).toEqual([]);
		}
	});
});
