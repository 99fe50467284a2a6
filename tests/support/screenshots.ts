/**
 * Screenshots of built pages at 375 and 1280 px, light and dark, for looking at what we made:
 *   npm run screenshots -- /explainers/japan-south-korea-summit/ [more paths] [--viewport] [--dist <folder>]
 * Writes PNGs to tests/.tmp/screenshots/ (ignored by git). `--dist` serves another build than dist/
 * (tests/.tmp/archive/dist, the paginated test archive); `--viewport` shoots the first screen only.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { serveSite } from './serve.ts';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args[distAt + 1] : 'dist';
const paths = args.filter((arg, i) => arg.startsWith('/') && (distAt < 0 || i !== distAt + 1));
const fullPage = !process.argv.includes('--viewport');
const outDir = 'tests/.tmp/screenshots';
mkdirSync(outDir, { recursive: true });
const site = await serveSite(dist ?? 'dist');
const browser = await launchChromium();
for (const path of paths.length ? paths : ['/']) {
	for (const width of [375, 1280]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
			await page.goto(site.origin + path);
			const name = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_')}${width}-${colorScheme}.png`;
			await page.screenshot({ path: name, fullPage });
			console.log(name);
			await page.close();
		}
	}
}
await browser.close();
await site.close();
