/**
 * The page-weight measure behind the budget tests, on a small site written here: it must find what
 * blocks rendering, follow a module's imports, and notice unsized images and fonts that do not swap.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSize, htmlFiles, isExplainerPage, measurePage, urlPathOf } from '../../support/page-weight.ts';

const dist = 'tests/.tmp/page-weight';
const files: Record<string, string> = {
	'explainers/a/index.html': `<!doctype html><html><head>
		<link rel="stylesheet" href="/style.css"><link rel="stylesheet" href="/print.css" media="print">
		<script src="/blocking.js"></script><script src="/deferred.js" defer></script>
		<script type="module" src="/entry.js"></script><script type="application/ld+json">{"a":1}</script>
		<style>@font-face{font-family:X;src:url(/x.woff2)}</style>
		<link rel="preload" as="font" href="/x.woff2" crossorigin>
		</head><body><img src="/a.png" alt=""><img src="/b.png" width="10" height="5" alt=""><script>let inline = 1;</script>
		<svg viewBox="0 0 10 5"><svg></svg></svg><svg class="bare"></svg><svg width="4" height="4"></svg></body></html>`,
	'index.html': `<!doctype html><html><head><style>@font-face{font-family:Y;src:url(/y.woff2);font-display:swap}</style></head><body><p>Hi</p></body></html>`,
	'style.css': 'body { color: red }',
	'print.css': 'body { color: black }',
	'blocking.js': 'console.log("blocking")',
	'deferred.js': 'console.log("deferred")',
	'entry.js': 'import { x } from "./chunk.js"; console.log(x)',
	'chunk.js': 'export const x = 1;',
};

beforeAll(() => {
	rmSync(dist, { recursive: true, force: true });
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, file)), { recursive: true });
		writeFileSync(join(dist, file), content);
	}
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('measurePage', () => {
	it('finds every page, and tells explainers from the rest', () => {
		expect(htmlFiles(dist)).toEqual(['explainers/a/index.html', 'index.html']);
		expect(urlPathOf('explainers/a/index.html')).toBe('/explainers/a/');
		expect(isExplainerPage('explainers/a/index.html')).toBe(true);
		expect(isExplainerPage('index.html')).toBe(false);
	});

	it('counts the HTML, blocking stylesheets and blocking scripts as critical, and print styles not', () => {
		const page = measurePage(dist, 'explainers/a/index.html');
		expect(page.blockingStylesheets.map((r) => r.url)).toEqual(['/style.css']);
		expect(page.blockingScripts.map((r) => r.url)).toEqual(['/blocking.js']);
		expect(page.criticalGzip).toBe(
			gzipSize(files['explainers/a/index.html']) + gzipSize(files['style.css']) + gzipSize(files['blocking.js']),
		);
	});

	it('counts every script the page runs, following module imports, and no JSON data', () => {
		const page = measurePage(dist, 'explainers/a/index.html');
		expect(page.scripts.map((r) => r.url).sort()).toEqual(['/blocking.js', '/chunk.js', '/deferred.js', '/entry.js', 'inline']);
		const expected = ['blocking.js', 'deferred.js', 'entry.js', 'chunk.js'].reduce((sum, f) => sum + gzipSize(files[f]), 0);
		expect(page.jsGzip).toBe(expected + gzipSize('let inline = 1;'));
	});

	it('notices preloaded fonts, fonts that do not swap in, and images without a reserved size', () => {
		const page = measurePage(dist, 'explainers/a/index.html');
		expect(page.preloadedFonts).toEqual(['/x.woff2']);
		expect(page.fontFacesWithoutDisplay).toHaveLength(1);
		expect(page.unsizedMedia).toEqual(['<img /a.png>', '<svg> bare']);
		const clean = measurePage(dist, 'index.html');
		expect(clean.fontFacesWithoutDisplay).toEqual([]);
		expect(clean.jsGzip).toBe(0);
		expect(clean.missing).toEqual([]);
	});
});
