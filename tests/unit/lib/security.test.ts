import { describe, expect, it } from 'vitest';
import {
	CSP_DIRECTIVES,
	cspDirectives,
	formatHeadersFile,
	hashSource,
	headerPolicy,
	parseHeadersFile,
	SECURITY_HEADERS,
	siteHeaders,
	trimHashes,
	unionPolicy,
} from '../../../src/lib/security';

const meta = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';";

describe('the policy', () => {
	it('never allows inline script or eval by keyword', () => {
		expect(CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-inline|unsafe-eval/);
	});

	it('keeps every request on our own origin', () => {
		expect(CSP_DIRECTIVES).toContain("default-src 'self'");
	});
});

describe('cspDirectives', () => {
	it('splits a policy into trimmed directives, dropping empty ones', () => {
		expect(cspDirectives(meta)).toEqual([
			"default-src 'self'",
			"object-src 'none'",
			"script-src 'self' 'sha256-abc='",
			"style-src 'self' 'sha256-def='",
		]);
	});
});

describe('hashSource', () => {
	it('is the CSP source for a block of code, as browsers compute it', () => {
		// The example of the CSP specification: alert('Hello, world.');
		expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
		expect(hashSource('a', 'sha384')).toMatch(/^'sha384-[A-Za-z0-9+/]{64}'$/);
	});
});

describe('trimHashes', () => {
	const style = 'p{color:red}';
	const script = 'console.log(1)';
	const policy = `default-src 'self'; script-src 'self' ${hashSource(script)} ${hashSource('other()')}; style-src 'self' ${hashSource(style)} ${hashSource('q{}', 'sha512')}`;

	it('keeps only the hashes of the inline code the page has', () => {
		expect(trimHashes(policy, { scripts: [script], styles: [style] })).toBe(
			`default-src 'self'; script-src 'self' ${hashSource(script)}; style-src 'self' ${hashSource(style)}`,
		);
	});

	it('leaves keywords and other directives alone, even with no inline code at all', () => {
		expect(trimHashes("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x='; img-src 'self' data:", { scripts: [], styles: [] })).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:",
		);
	});
});

describe('unionPolicy', () => {
	it('allows what each page allows: the same directives, every page’s sources', () => {
		const search = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-def=' 'sha256-ghi='";
		expect(unionPolicy([meta, search])).toBe(
			"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-def=' 'sha256-ghi='",
		);
	});

	it('refuses pages whose policies have different directives', () => {
		expect(() => unionPolicy([meta, "default-src 'self'; script-src 'self'"])).toThrow(/different directives/);
	});
});

describe('headerPolicy', () => {
	it('is the pages’ policy plus what only a header can carry', () => {
		expect(headerPolicy([meta, meta])).toBe(
			"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; frame-ancestors 'none'",
		);
	});
});

describe('the _headers file', () => {
	it('gives every path the policy and the security headers', () => {
		const text = formatHeadersFile(siteHeaders([meta]));
		expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; /);
		expect(parseHeadersFile(text)).toEqual([
			{ path: '/*', headers: { 'Content-Security-Policy': headerPolicy([meta]), ...SECURITY_HEADERS } },
		]);
	});

	it('reads several rules and skips comments', () => {
		expect(parseHeadersFile('# site\n/*\n  A: 1\n\n/x/\n  B: two: parts\n')).toEqual([
			{ path: '/*', headers: { A: '1' } },
			{ path: '/x/', headers: { B: 'two: parts' } },
		]);
	});

	it('refuses a header outside any rule', () => {
		expect(() => parseHeadersFile('  A: 1\n')).toThrow(/not a header under a path/);
	});
});
