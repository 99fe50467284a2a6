/**
 * Writes `_headers` after the build from the policies Astro put in the pages' `<meta>` elements, so
 * static hosts send them as a real header (which also carries `frame-ancestors`, and covers files
 * that are not HTML): one policy for every path, allowing each page's hashes (see src/lib/security.ts).
 * A page without exactly one policy stops the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, siteHeaders } from '../lib/security';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/gi;

const decode = (value: string) =>
	value.replace(/&(#39|#x27|quot|amp|lt|gt);/g, (_, name: string) => ({ '#39': "'", '#x27': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[name] ?? _);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dir, file))
		.sort();
}

/** Every page's `<meta>` policy. */
export function pagePolicies(dir: string): string[] {
	return htmlFiles(dir).map((file) => {
		const policies = [...readFileSync(file, 'utf8').matchAll(META_CSP)].map((match) => decode(match[1]));
		if (policies.length !== 1) {
			throw new Error(`${relative(dir, file)} has ${policies.length} content-security-policy <meta> elements; every page needs exactly one (see src/lib/security.ts)`);
		}
		return policies[0];
	});
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'backstory-security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				writeFileSync(join(out, '_headers'), formatHeadersFile(siteHeaders(pagePolicies(out))));
				logger.info('wrote _headers with the pages’ content security policy');
			},
		},
	};
}
