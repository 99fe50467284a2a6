/**
 * Writes `_headers` after the build with the policy Astro put in every page's `<meta>`, so static
 * hosts send it as a real header (which also carries `frame-ancestors`, and covers files that are
 * not HTML). The policy is one for the whole site: hosts merge every rule that matches a path, and two
 * policies for one page would both apply. A page with another policy, or none, stops the build.
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

/** Every page's `<meta>` policy, keyed by policy: one key when the site is consistent. */
export function pagePolicies(dir: string): Map<string, string[]> {
	const byPolicy = new Map<string, string[]>();
	for (const file of htmlFiles(dir)) {
		const policies = [...readFileSync(file, 'utf8').matchAll(META_CSP)].map((match) => decode(match[1]));
		const page = relative(dir, file);
		if (policies.length !== 1) {
			throw new Error(`${page} has ${policies.length} content-security-policy <meta> elements; every page needs exactly one (see src/lib/security.ts)`);
		}
		byPolicy.set(policies[0], [...(byPolicy.get(policies[0]) ?? []), page]);
	}
	return byPolicy;
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'backstory-security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const policies = pagePolicies(out);
				if (policies.size !== 1) {
					const listing = [...policies].map(([policy, pages]) => `  ${pages.join(', ')}:\n    ${policy}`).join('\n');
					throw new Error(
						`Pages carry ${policies.size} different content security policies, but _headers can send only one for the whole site. Put page-specific sources in CSP_DIRECTIVES (src/lib/security.ts) instead of Astro.csp:\n${listing}`,
					);
				}
				const [policy] = policies.keys();
				writeFileSync(join(out, '_headers'), formatHeadersFile(siteHeaders(policy)));
				logger.info('wrote _headers with the pages’ content security policy');
			},
		},
	};
}
