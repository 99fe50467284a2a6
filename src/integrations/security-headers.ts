/**
 * After the build: trims each page's Content-Security-Policy `<meta>` to the hashes of the inline code
 * the page has (see `trimHashes`), then writes `_headers` from those policies, so static hosts send
 * them as a real header (which also carries `frame-ancestors`, and covers files that are not HTML): one
 * policy for every path, allowing each page's hashes (see src/lib/security.ts). A page without exactly
 * one policy stops the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, siteHeaders, trimHashes } from '../lib/security';

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)("\s*\/?>)/gi;
// Astro's own output, so simple patterns do: inline blocks are those without a src attribute.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
// A data block (JSON-LD) is not run, so no policy governs it.
const DATA_BLOCK = /\stype="(?!module"|text\/javascript"|application\/javascript")[^"]*"/i;

const decode = (value: string) =>
	value.replace(/&(#39|#x27|quot|amp|lt|gt);/g, (_, name: string) => ({ '#39': "'", '#x27': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[name] ?? _);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dir, file))
		.sort();
}

/** Trims one page's policy in place; returns it. */
export function trimPagePolicy(file: string, dir: string): string {
	const html = readFileSync(file, 'utf8');
	const policies = [...html.matchAll(META_CSP)];
	if (policies.length !== 1) {
		throw new Error(`${relative(dir, file)} has ${policies.length} content-security-policy <meta> elements; every page needs exactly one (see src/lib/security.ts)`);
	}
	const scripts = [...html.matchAll(INLINE_SCRIPT)].filter((match) => !DATA_BLOCK.test(match[1] ?? '')).map((match) => match[2] ?? '');
	const styles = [...html.matchAll(INLINE_STYLE)].map((match) => match[1] ?? '');
	const policy = trimHashes(decode(policies[0]?.[2] ?? ''), { scripts, styles });
	writeFileSync(file, html.replace(META_CSP, (_, open: string, __, close: string) => `${open}${policy}${close}`));
	return policy;
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'backstory-security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const policies = htmlFiles(out).map((file) => trimPagePolicy(file, out));
				writeFileSync(join(out, '_headers'), formatHeadersFile(siteHeaders(policies)));
				logger.info(`trimmed the content security policy of ${policies.length} pages; wrote _headers`);
			},
		},
	};
}
