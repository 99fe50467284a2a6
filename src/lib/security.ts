/**
 * The site's security policy, in one place.
 *
 * astro.config.ts hands `CSP_DIRECTIVES` to Astro's `security.csp`, which adds `script-src` and
 * `style-src` with the hashes of every script and style it emits and writes the policy into a
 * `<meta http-equiv="content-security-policy">` on every page. After the build,
 * src/integrations/security-headers.ts copies that very policy into `_headers` (for static hosts
 * such as Netlify and Cloudflare Pages), adding what a `<meta>` cannot carry. So the two never drift.
 *
 * The policy: everything from our own origin only (no CDN, no fonts or tiles from the web, no
 * trackers), no plugins, no `<base>` rewriting, forms submit only to us, and no inline script or
 * style except the exact blocks Astro hashed (never `'unsafe-inline'`).
 */

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

/** The policy a page's `<meta>` carries, as the HTTP header sends it. */
export function headerPolicy(metaPolicy: string): string {
	return [...cspDirectives(metaPolicy), ...HEADER_ONLY_DIRECTIVES].join('; ');
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

/** The headers of the whole site, given the policy its pages' `<meta>` elements carry. */
export function siteHeaders(metaPolicy: string): HeaderRule[] {
	return [{ path: '/*', headers: { 'Content-Security-Policy': headerPolicy(metaPolicy), ...SECURITY_HEADERS } }];
}
