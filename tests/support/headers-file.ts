/**
 * What the site's headers look like from outside: `_headers` read as Netlify and Cloudflare Pages read
 * it, a Content-Security-Policy read as a browser reads it, and the headers every response must carry.
 * The site writes `_headers` (src/lib/head/security.ts) and never reads it; the tests and the test server
 * (./serve.ts) do, the way a host would.
 */
import { createHash } from 'node:crypto';
import type { HeaderRule } from '../../src/lib/head/security.ts';

/** The `_headers` file format shared by Netlify and Cloudflare Pages: a path, then indented headers. */
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

/**
 * The headers a host sends for a path under these rules, as Netlify and Cloudflare Pages read them:
 * every rule whose pattern matches (exact, or ending in `*` for everything below), and two values of
 * one header joined with a comma.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const matches = (pattern: string) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern);
	const headers: Record<string, string> = {};
	for (const rule of rules.filter((r) => matches(r.path))) {
		for (const [name, value] of Object.entries(rule.headers)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

/** A policy as a browser reads it: each directive's name and its sources (`"a x;  b ;"` → a: [x], b: []). */
export function policySources(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const directive of policy.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) directives.set(name, sources);
	}
	return directives;
}

/** The CSP source that allows a block of inline code, computed as a browser does: `'sha256-…'`. */
export function hashSource(code: string, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
	return `'${algorithm}-${createHash(algorithm).update(code, 'utf8').digest('base64')}'`;
}

/** The headers every file of the site is sent, whatever its path (an unknown one included). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy':
		'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'Strict-Transport-Security': 'max-age=63072000',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
};

/** Cache-Control of a fingerprinted file (its name changes with its content): kept a year unasked. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of everything else: kept, but asked after before each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
