/**
 * What a built page must send before it can be shown: its HTML, plus every stylesheet and script that
 * blocks the first render, each gzipped as a server sends it (zlib's default level), summed. The
 * build's page-budget integration weighs explainers with it; tests/support/page-weight.ts counts the
 * same bytes with a full HTML parser, and tests/build/budgets.test.ts holds the two equal.
 *
 * Tags are found by pattern, not by parsing the page: the build weighs every explainer of the site
 * after each build, and a parse of each page would cost more than the gzip. Our pages are Astro's
 * output, whose tags are well formed.
 */
import { gzip as gzipCallback } from 'node:zlib';
import { promisify } from 'node:util';

const gzip = promisify(gzipCallback);

/** The attributes of one start tag, names in lower case; a bare attribute (`async`) is `''`. */
function attributes(tag: string): Map<string, string> {
	const found = new Map<string, string>();
	const inside = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
	for (const match of inside.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
		found.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
	}
	return found;
}

/** A stylesheet blocks the first render unless its media rule it out of it (print, `not all`). */
export function mediaBlocks(media: string | undefined): boolean {
	if (!media) return true;
	return media
		.split(',')
		.map((query) => query.trim().toLowerCase())
		.some((query) => !/^(?:only\s+)?print\b/.test(query) && query !== 'not all');
}

const CLASSIC_SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript']);

/**
 * The URLs of the stylesheets and scripts that block a page's first render, as the page writes them:
 * `<link rel="stylesheet">` not disabled and not for print only, and classic `<script src>` without
 * `async` or `defer` (a module script is deferred; inline code is part of the HTML already).
 */
export function blockingResources(html: string): { stylesheets: string[]; scripts: string[] } {
	const stylesheets: string[] = [];
	const scripts: string[] = [];
	// Comments hold no tags; script bodies hold code, not tags.
	const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1');
	for (const [tag] of markup.matchAll(/<link\b[^>]*>/gi)) {
		const attrs = attributes(tag);
		const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
		const href = attrs.get('href');
		if (rel.includes('stylesheet') && href && !attrs.has('disabled') && mediaBlocks(attrs.get('media'))) stylesheets.push(href);
	}
	for (const [tag] of markup.matchAll(/<script\b[^>]*>/gi)) {
		const attrs = attributes(tag);
		const src = attrs.get('src');
		const type = (attrs.get('type') ?? '').trim().toLowerCase();
		if (src && CLASSIC_SCRIPT_TYPES.has(type) && !attrs.has('async') && !attrs.has('defer')) scripts.push(src);
	}
	return { stylesheets, scripts };
}

/**
 * The page's first-round-trip bytes: its HTML and each blocking resource, gzipped one by one, summed.
 * `read` gives a resource's bytes by the URL the page wrote (undefined for one on another site, which
 * the site never has: tests/build/security.test.ts).
 */
export async function firstRoundTripBytes(html: string | Buffer, read: (url: string) => Buffer | string | undefined): Promise<number> {
	const text = typeof html === 'string' ? html : html.toString('utf8');
	const { stylesheets, scripts } = blockingResources(text);
	const parts = [html, ...[...stylesheets, ...scripts].flatMap((url) => read(url) ?? [])];
	const sizes = await Promise.all(parts.map(async (part) => (await gzip(part)).length));
	return sizes.reduce((sum, size) => sum + size, 0);
}
