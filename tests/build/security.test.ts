/**
 * Security and privacy, read from the built files: every page carries the one Content-Security-Policy
 * (no 'unsafe-inline' or 'unsafe-eval'), every inline script and style is one the policy hashed, no
 * markup could run outside it (no event-handler or style attributes), `_headers` sends the same
 * policy, links out carry rel="noopener noreferrer", and nothing loads from another origin.
 * tests/browser/privacy.test.ts checks the same in Chromium, request by request.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { hashSource, headersFor, IMMUTABLE, parseHeadersFile, policySources, REVALIDATE, SECURITY_HEADERS } from '../support/headers-file.ts';
import { builtPages, distFile } from '../support/pages.ts';
import { DIST, SITE } from '../support/site.ts';

const pages = builtPages();
const site = new URL(SITE);
const load = (page: string) => cheerio.load(readFileSync(distFile(page), 'utf8'));

/** Script types the browser runs; anything else (application/ld+json) is a data block CSP ignores. */
const isRunnable = (type: string | undefined) => !type || /^(?:module|(?:text|application)\/(?:java|ecma)script)$/i.test(type);

function metaPolicy(page: string): string {
	const $ = load(page);
	const metas = $('meta[http-equiv="content-security-policy" i]');
	if (metas.length !== 1) throw new Error(`${page} has ${metas.length} content-security-policy <meta> elements`);
	return metas.attr('content') ?? '';
}

const sources = (policy: string, directive: string): string[] | undefined => policySources(policy).get(directive);

describe('content security policy', () => {
	it.each(pages)('%s: one policy, before anything it governs', (page) => {
		const $ = load(page);
		const head = $('head').children().toArray();
		const policyAt = head.findIndex((el) => $(el).is('meta[http-equiv="content-security-policy" i]'));
		const governed = (el: (typeof head)[number]) =>
			$(el).is('style, link[rel~="stylesheet"], link[rel~="modulepreload"], link[rel~="preload"]') || ($(el).is('script') && isRunnable($(el).attr('type')));
		const firstGoverned = head.findIndex(governed);
		expect(policyAt).toBeGreaterThanOrEqual(0);
		if (firstGoverned >= 0) expect(policyAt).toBeLessThan(firstGoverned);
		expect($('meta[http-equiv="content-security-policy" i]')).toHaveLength(1);
	});

	it.each(pages)('%s: scripts and styles only from our origin or by hash, never by keyword', (page) => {
		const policy = metaPolicy(page);
		const scripts = sources(policy, 'script-src');
		const styles = sources(policy, 'style-src');
		expect(sources(policy, 'default-src')).toEqual(["'self'"]);
		expect(scripts).toBeDefined();
		expect(styles).toBeDefined();
		for (const list of [scripts, styles, sources(policy, 'script-src-elem'), sources(policy, 'style-src-elem')]) {
			expect(list ?? []).not.toContain("'unsafe-inline'");
			expect(list ?? []).not.toContain("'unsafe-eval'");
			expect((list ?? []).filter((source) => !/^'(?:self|sha(?:256|384|512)-[A-Za-z0-9+/=]+|wasm-unsafe-eval|strict-dynamic)'$/.test(source))).toEqual([]);
		}
		expect(sources(policy, 'script-src-attr') ?? []).toEqual([]);
		expect(sources(policy, 'style-src-attr') ?? []).toEqual([]);
	});

	it.each(pages)('%s: every inline script and style is one the policy allows by its hash', (page) => {
		const $ = load(page);
		const policy = metaPolicy(page);
		const scriptHashes = sources(policy, 'script-src-elem') ?? sources(policy, 'script-src') ?? [];
		const styleHashes = sources(policy, 'style-src-elem') ?? sources(policy, 'style-src') ?? [];
		$('script:not([src])').each((_, el) => {
			if (isRunnable($(el).attr('type'))) expect(scriptHashes).toContain(hashSource($(el).text()));
		});
		$('style').each((_, el) => void expect(styleHashes).toContain(hashSource($(el).text())));
	});

	it.each(pages)('%s: no event-handler, style or javascript: attributes for the policy to block', (page) => {
		const $ = load(page);
		const offending: string[] = [];
		$('*').each((_, el) => {
			for (const [name, value] of Object.entries((el as unknown as { attribs: Record<string, string> }).attribs)) {
				if (/^on/i.test(name) || name === 'style' || /^\s*javascript:/i.test(value)) offending.push(`<${(el as unknown as { name: string }).name} ${name}="${value}">`);
			}
		});
		expect(offending).toEqual([]);
	});

	it('_headers sends the pages’ policy, plus frame-ancestors, with every file, and the security headers everywhere', () => {
		const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
		// The policy of the site's root: what every file outside Pagefind's is sent (checked below).
		const header = headersFor(rules, '/')['Content-Security-Policy'] ?? '';
		const withWasm = header.replace(/(script-src [^;]*)/, "$1 'wasm-unsafe-eval'");
		expect(withWasm).not.toBe(header);
		// Every file the site serves, and its root, by URL path.
		const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
			.filter((file) => file !== '_headers' && statSync(join(DIST, file)).isFile())
			.map((file) => `/${file.split(sep).join('/')}`);
		for (const path of ['/', ...pages, ...files]) {
			const headers = headersFor(rules, path);
			expect(headers, path).toMatchObject(SECURITY_HEADERS);
			// One rule gives each file its policy and its Cache-Control: hosts would join a second with a comma.
			expect(rules.filter((rule) => headersFor([rule], path)['Content-Security-Policy']).length, path).toBe(1);
			expect(rules.filter((rule) => headersFor([rule], path)['Cache-Control']).length, path).toBe(1);
			// Pagefind's worker compiles WebAssembly; nothing else may.
			expect(headers['Content-Security-Policy'], path).toBe(path.startsWith('/pagefind/') ? withWasm : header);
		}
		// Every page's own policy, directive by directive, is within the header's...
		const policies = pages.map((page) => policySources(metaPolicy(page)));
		for (const [index, policy] of policies.entries()) {
			for (const [name, allowed] of policy) expect(sources(header, name), `${pages[index]}: ${name}`).toEqual(expect.arrayContaining(allowed));
		}
		// ...and the header is just that: the pages' directives, each with no source that no page has, and frame-ancestors.
		const { 'frame-ancestors': ancestors, ...pagesPart } = Object.fromEntries(policySources(header));
		expect(ancestors).toEqual(["'none'"]);
		expect(new Set(Object.keys(pagesPart))).toEqual(new Set(policies.flatMap((policy) => [...policy.keys()])));
		for (const [name, allowed] of Object.entries(pagesPart)) {
			for (const source of allowed) expect(policies.some((policy) => policy.get(name)?.includes(source)), `${name} ${source}`).toBe(true);
		}
		// And the header allows nothing by keyword that some page's policy does not; no page compiles WebAssembly.
		const keywords = (policy: string) => [...policySources(policy).values()].flat().filter((s) => !s.startsWith("'sha"));
		expect(new Set(keywords(header))).toEqual(new Set([...pages.flatMap((page) => keywords(metaPolicy(page))), "'none'"]));
		expect(header).not.toContain('wasm-unsafe-eval');
		expect(header).toContain("frame-ancestors 'none'");
		const sent = headersFor(rules, '/');
		expect(sent['X-Content-Type-Options']).toBe('nosniff');
		expect(sent['Referrer-Policy']).toBe('no-referrer');
		expect(sent['Permissions-Policy']).toMatch(/camera=\(\)/);
	});

	it('_headers keeps fingerprinted files a year and has the rest revalidated', () => {
		const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
		const cache = (path: string) => headersFor(rules, path)['Cache-Control'];
		const under = (folder: string) => readdirSync(join(DIST, folder), { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(DIST, folder, f)).isFile()).map((f) => `/${folder}/${f.split(sep).join('/')}`);
		const astro = under('_astro');
		const chunks = [...under('pagefind/fragment'), ...under('pagefind/index')];
		expect(astro.length).toBeGreaterThan(0);
		expect(chunks.length).toBeGreaterThan(0);
		for (const path of [...astro, ...chunks]) expect(cache(path), path).toBe(IMMUTABLE);
		for (const path of ['/', ...pages, '/rss.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json']) {
			expect(cache(path), path).toBe(REVALIDATE);
		}
	});
});

describe('links and resources', () => {
	it.each(pages)('%s: every link to another site carries rel="noopener noreferrer"', (page) => {
		const $ = load(page);
		const bare: string[] = [];
		$('a[href], area[href]').each((_, el) => {
			const href = $(el).attr('href') ?? '';
			const url = new URL(href, new URL(page, site));
			if (!/^https?:$/.test(url.protocol) || url.origin === site.origin) return;
			const rel = ($(el).attr('rel') ?? '').split(/\s+/);
			if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(href);
		});
		expect(bare).toEqual([]);
	});

	it.each(pages)('%s: loads nothing from another origin (no CDN, fonts, tiles, trackers)', (page) => {
		const $ = load(page);
		const base = new URL(page, site);
		const foreign: string[] = [];
		const check = (value: string | undefined) => {
			if (!value || /^(?:data|blob):/i.test(value.trim())) return;
			const url = new URL(value.trim(), base);
			if (url.origin !== site.origin) foreign.push(value);
		};
		$('img, script, iframe, embed, source, track, video, audio, input[type="image"]').each((_, el) => void check($(el).attr('src')));
		$('img[srcset], source[srcset]').each((_, el) => {
			for (const candidate of ($(el).attr('srcset') ?? '').split(',')) check(candidate.trim().split(/\s+/)[0]);
		});
		$('link[href]').each((_, el) => void check($(el).attr('href')));
		$('object[data]').each((_, el) => void check($(el).attr('data')));
		$('video[poster]').each((_, el) => void check($(el).attr('poster')));
		$('[xlink\\:href], use[href], image[href]').each((_, el) => void check($(el).attr('href') ?? $(el).attr('xlink:href')));
		$('style').each((_, el) => {
			for (const match of $(el).text().matchAll(/url\(\s*['"]?([^'")]+)/g)) check(match[1]);
			for (const match of $(el).text().matchAll(/@import\s+['"]([^'"]+)/g)) check(match[1]);
		});
		expect(foreign).toEqual([]);
	});
});
