/**
 * The site's security policy, in one place.
 *
 * astro.config.ts hands `CSP_DIRECTIVES` to Astro's `security.csp`, which adds `script-src` and
 * `style-src` with the hashes of every script and style it emits and writes the policy into a
 * `<meta http-equiv="content-security-policy">` on every page. After the build,
 * src/integrations/security-headers.ts copies those policies into `_headers` (for static hosts such
 * as Netlify and Cloudflare Pages), adding what a `<meta>` cannot carry. So the two never drift.
 *
 * Each page's `<meta>` lists only the hashes of its own styles and scripts. The header is one policy
 * for every path (hosts merge all the rules that match a path, and two policies for one page would
 * both apply), so it lists every page's hashes: the same directives and sources, the union of the
 * pages' hashes. A browser enforces both, so each page is held to its own `<meta>` policy.
 *
 * Astro lists on every page the hashes of its island scripts (we have no islands) and of other
 * pages' styles; `trimHashes` drops those, some 300 bytes a page that allowed nothing the page has.
 *
 * The policy: everything from our own origin only (no CDN, no fonts or tiles from the web, no
 * trackers), no plugins, no `<base>` rewriting, forms submit only to us, and no inline script or
 * style except the exact blocks Astro hashed (never `'unsafe-inline'`).
 */
import { createHash } from 'node:crypto';

export const CSP_DIRECTIVES = ["default-src 'self'", "base-uri 'none'", "object-src 'none'", "form-action 'self'"] as const;

/** Directives browsers ignore in a `<meta>` policy: they travel only in the HTTP header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The other response headers every file gets. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// Readers' next sites learn nothing of what they read here (external links add rel="noreferrer" too).
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	// The site uses none of these; a compromised or embedded script cannot ask for them either.
	'Permissions-Policy':
		'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** A policy's directives, trimmed, without empty ones: `"a;  b ;"` → `["a", "b"]`. */
export function cspDirectives(policy: string): string[] {
	return policy
		.split(';')
		.map((directive) => directive.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

const HASHED = { script: ['script-src', 'script-src-elem'], style: ['style-src', 'style-src-elem'] } as const;

/** The CSP source for a block of inline code: `'sha256-…'`. */
export function hashSource(code: string, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
	return `'${algorithm}-${createHash(algorithm).update(code, 'utf8').digest('base64')}'`;
}

/**
 * A page's policy with only the hashes of inline code the page has: every other hash allows nothing
 * there. Other sources, and directives, stay as they are.
 */
export function trimHashes(policy: string, inline: { scripts: readonly string[]; styles: readonly string[] }): string {
	return cspDirectives(policy)
		.map((directive) => {
			const [name = '', ...sources] = directive.split(' ');
			const kind = (Object.keys(HASHED) as (keyof typeof HASHED)[]).find((k) => (HASHED[k] as readonly string[]).includes(name));
			if (!kind) return directive;
			const code = kind === 'script' ? inline.scripts : inline.styles;
			const kept = sources.filter((source) => {
				const algorithm = /^'(sha256|sha384|sha512)-/.exec(source)?.[1] as 'sha256' | 'sha384' | 'sha512' | undefined;
				return !algorithm || code.some((block) => hashSource(block, algorithm) === source);
			});
			return [name, ...kept].join(' ');
		})
		.join('; ');
}

/**
 * One policy that allows what each of the given policies allows: every directive with the sources of
 * all of them, sorted. The policies must have the same directives: a directive one
 * page lacks would fall back to `default-src` there, which a union cannot express.
 */
export function unionPolicy(policies: readonly string[]): string {
	const directives = new Map<string, Set<string>>();
	const names = policies.map((policy) => cspDirectives(policy).map((directive) => directive.split(' ')[0]));
	const differing = names.find((list) => [...list].sort().join() !== [...names[0]].sort().join());
	if (differing) {
		throw new Error(`pages' policies have different directives (${names[0].join(', ')} / ${differing.join(', ')}); give every page the same ones`);
	}
	for (const policy of policies) {
		for (const directive of cspDirectives(policy)) {
			const [name, ...sources] = directive.split(' ');
			const known = directives.get(name) ?? new Set<string>();
			for (const source of sources) known.add(source);
			directives.set(name, known);
		}
	}
	// Sources sorted: the union is the same whatever order the pages come in (the build reads files,
	// the tests URL paths), so adding a page never reorders the header.
	return [...directives].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

/** The pages' `<meta>` policies, as the one HTTP header that serves them all. */
export function headerPolicy(metaPolicies: readonly string[]): string {
	return [...cspDirectives(unionPolicy(metaPolicies)), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

export interface HeaderRule {
	/** A URL path pattern as static hosts read it: `/*` is every path. */
	path: string;
	headers: Record<string, string>;
}

/** The `_headers` file format shared by Netlify and Cloudflare Pages: a path, then indented headers. */
export function formatHeadersFile(rules: HeaderRule[]): string {
	return rules
		.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
		.join('\n\n')
		.concat('\n');
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a header under a path`);
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** The headers of the whole site, given the policies its pages' `<meta>` elements carry. */
export function siteHeaders(metaPolicies: readonly string[]): HeaderRule[] {
	return [{ path: '/*', headers: { 'Content-Security-Policy': headerPolicy(metaPolicies), ...SECURITY_HEADERS } }];
}
