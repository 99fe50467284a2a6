/**
 * What a built page costs a reader before it can be read, computed from the files in dist/:
 *   - the critical bytes: the HTML plus every render-blocking stylesheet and script, each gzipped as
 *     a server would send it (zlib's default level), summed;
 *   - the JavaScript: every script the page runs (external files, the modules they import statically,
 *     inline scripts), gzipped and summed; a module a script fetches itself by a dynamic import()
 *     (the search page's Pagefind runtime) is left out, as the budget allows for search;
 *   - what could delay or move the first render: blocking scripts, preloaded fonts, @font-face rules
 *     without `font-display`, replaced elements without a reserved size.
 * The budget tests and the benchmark share it, so both count the same bytes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { mediaBlocks } from '../../src/lib/build/first-round-trip.ts';

/** RFC 6928's first round trip, the figure the build warns by too (src/lib/content/limits.ts). */
export { FIRST_ROUND_TRIP_BYTES } from '../../src/lib/content/limits.ts';
export const JS_BUDGET_BYTES = 2_048;

export const gzipSize = (content: string | Buffer): number => gzipSync(content).length;

/** Every HTML file under `dist`, as a path relative to it (`explainers/x/index.html`). */
export function htmlFiles(dist: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) found.push(relative(dist, path).split('\\').join('/'));
		}
	};
	walk(dist);
	return found.sort();
}

/** The URL path of a built file: `explainers/x/index.html` is `/explainers/x/`. */
export const urlPathOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The file a same-site URL names, or undefined for other sites and data: URLs. */
export function fileFor(dist: string, pageFile: string, url: string): string | undefined {
	if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
	const path = url.split(/[?#]/)[0];
	const resolved = path.startsWith('/') ? path : posix.join(posix.dirname(`/${pageFile}`), path);
	return join(dist, decodeURIComponent(resolved));
}

export interface Resource {
	/** The URL as the page wrote it, or `inline`. */
	url: string;
	gzip: number;
}

export interface PageWeight {
	file: string;
	path: string;
	htmlGzip: number;
	blockingStylesheets: Resource[];
	blockingScripts: Resource[];
	/** HTML + blocking stylesheets + blocking scripts, gzipped: what must arrive before first paint. */
	criticalGzip: number;
	/** All JavaScript the page runs, gzipped: external, imported and inline. */
	scripts: Resource[];
	jsGzip: number;
	preloadedFonts: string[];
	/** @font-face rules (inline or in stylesheets) that do not say how to swap in. */
	fontFacesWithoutDisplay: string[];
	/** Images, iframes, videos and embeds without width and height, inline SVGs without a viewBox or size. */
	unsizedMedia: string[];
	/** Same-site files the page refers to that are not in dist. */
	missing: string[];
}

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** The modules a built script imports statically (`import ... from "./x.js"`), relative paths only. */
function importsOf(code: string): string[] {
	const found = new Set<string>();
	for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
		if (match[1].startsWith('.') || match[1].startsWith('/')) found.add(match[1]);
	}
	return [...found];
}

function fontFacesWithoutDisplay(css: string, where: string): string[] {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
		.filter((match) => !/font-display\s*:\s*(?:swap|optional|fallback)/.test(match[1]))
		.map((match) => `${where}: @font-face {${match[1].slice(0, 60)}...}`);
}

export function measurePage(dist: string, file: string): PageWeight {
	const html = readFileSync(join(dist, file), 'utf8');
	const $ = cheerio.load(html);
	const missing: string[] = [];
	const read = (url: string): string | undefined => {
		const path = fileFor(dist, file, url);
		if (!path) return undefined;
		if (!existsSync(path)) {
			missing.push(url);
			return undefined;
		}
		return readFileSync(path, 'utf8');
	};

	const blockingStylesheets: Resource[] = [];
	const fontProblems: string[] = [];
	$('style').each((_, element) => {
		fontProblems.push(...fontFacesWithoutDisplay($(element).text(), 'inline <style>'));
	});
	$('link[rel~="stylesheet"]').each((_, element) => {
		const href = $(element).attr('href');
		if (!href || $(element).is('[disabled]')) return;
		const css = read(href);
		if (css === undefined) return;
		fontProblems.push(...fontFacesWithoutDisplay(css, href));
		if (mediaBlocks($(element).attr('media'))) blockingStylesheets.push({ url: href, gzip: gzipSize(css) });
	});

	const scripts: Resource[] = [];
	const blockingScripts: Resource[] = [];
	const seenModules = new Set<string>();
	const pageUrl = `/${file}`;
	const resolveUrl = (base: string, spec: string) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(base), spec));
	const addModuleGraph = (url: string, code: string) => {
		for (const imported of importsOf(code)) {
			const resolved = resolveUrl(url, imported);
			if (seenModules.has(resolved)) continue;
			seenModules.add(resolved);
			const importedCode = read(resolved);
			if (importedCode === undefined) continue;
			scripts.push({ url: resolved, gzip: gzipSize(importedCode) });
			addModuleGraph(resolved, importedCode);
		}
	};
	$('script').each((_, element) => {
		const script = $(element);
		const type = (script.attr('type') ?? '').trim().toLowerCase();
		if (!JS_TYPES.has(type)) return; // JSON-LD, import maps and other data are not run.
		const src = script.attr('src');
		const code = src ? read(src) : script.text();
		if (code === undefined) return;
		const resource = { url: src ?? 'inline', gzip: gzipSize(code) };
		scripts.push(resource);
		if (src) {
			const url = resolveUrl(pageUrl, src);
			seenModules.add(url);
			if (type === 'module') addModuleGraph(url, code);
			// A classic external script without async or defer stops the parser until it has run.
			if (type !== 'module' && !script.is('[async]') && !script.is('[defer]')) blockingScripts.push(resource);
		} else if (type === 'module') {
			addModuleGraph(pageUrl, code);
		}
	});

	const unsizedMedia: string[] = [];
	const sized = (node: ReturnType<typeof $>) => Number(node.attr('width')) > 0 && Number(node.attr('height')) > 0;
	$('img, iframe, video, embed, object').each((_, element) => {
		const node = $(element);
		if (!sized(node)) unsizedMedia.push(`<${element.tagName} ${node.attr('src') ?? node.attr('data') ?? ''}>`);
	});
	// An inline SVG (the locator map) scaled by CSS keeps its box from its viewBox's proportions; one
	// with neither a viewBox nor a size is laid out at 300x150 until something else decides.
	$('svg').not('svg svg').each((_, element) => {
		const node = $(element);
		if (!node.attr('viewBox') && !sized(node)) unsizedMedia.push(`<svg> ${(node.attr('class') ?? '').trim()}`.trim());
	});

	const htmlGzip = gzipSize(html);
	const sum = (list: Resource[]) => list.reduce((total, resource) => total + resource.gzip, 0);
	return {
		file,
		path: urlPathOf(file),
		htmlGzip,
		blockingStylesheets,
		blockingScripts,
		criticalGzip: htmlGzip + sum(blockingStylesheets) + sum(blockingScripts),
		scripts,
		jsGzip: sum(scripts),
		preloadedFonts: $('link[rel~="preload"][as="font"]')
			.map((_, element) => $(element).attr('href') ?? '')
			.get(),
		fontFacesWithoutDisplay: fontProblems,
		unsizedMedia,
		missing,
	};
}

/** Explainer pages are the ones under /explainers/<slug>/ (the list at /explainers/ itself is not one). */
export const isExplainerPage = (file: string): boolean => /^explainers\/[^/]+\/index\.html$/.test(file);
