import { describe, expect, it } from 'vitest';
import {
	CSP_DIRECTIVES,
	cspDirectives,
	formatHeadersFile,
	hashSource,
	headerPolicy,
	headersFor,
	IMMUTABLE,
	pagePolicy,
	parseHeadersFile,
	REVALIDATE,
	SECURITY_HEADERS,
	siteHeaders,
	trimHashes,
	trimPagePolicy,
	unionPolicy,
	withScriptSource,
	withTrimmedPolicy,
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
	const entries = {
		root: ['_astro/', '_headers', '404.html', 'explainers/', 'index.html', 'pagefind/', 'rss.xml'],
		searchIndex: ['fragment/', 'index/', 'pagefind.en_b6c9c0637a.pf_meta', 'pagefind-worker.js', 'pagefind.js', 'wasm.en.pagefind'],
	};
	const rules = siteHeaders([meta], entries);
	const paths = ['/', '/index.html', '/404.html', '/explainers/summit/', '/rss.xml', '/_astro/page.B1x2.css', '/pagefind/pagefind-worker.js', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/pagefind/fragment/en_1a2b.pf_fragment', '/pagefind/pagefind.en_b6c9c0637a.pf_meta'];

	it('gives every path the security headers, and each of the site’s files one policy and one Cache-Control', () => {
		for (const path of paths) {
			const headers = headersFor(rules, path);
			expect(headers, path).toMatchObject(SECURITY_HEADERS);
			// One rule each: a second would be joined to the first with a comma.
			expect(rules.filter((rule) => headersFor([rule], path)['Content-Security-Policy']), path).toHaveLength(1);
			expect(rules.filter((rule) => headersFor([rule], path)['Cache-Control']), path).toHaveLength(1);
		}
		expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
		expect(rules.map((rule) => rule.path)).not.toContain('/_headers');
	});

	it('grants \'wasm-unsafe-eval\' to Pagefind’s files only', () => {
		const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'];
		expect(csp('/pagefind/pagefind-worker.js')).toBe(withScriptSource(headerPolicy([meta]), "'wasm-unsafe-eval'"));
		expect(csp('/pagefind/pagefind-worker.js')).toContain("script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'");
		for (const path of paths.filter((p) => !p.startsWith('/pagefind/'))) expect(csp(path), path).toBe(headerPolicy([meta]));
	});

	it('keeps fingerprinted files a year, and has everything else revalidated', () => {
		const cache = (path: string) => headersFor(rules, path)['Cache-Control'];
		for (const path of ['/_astro/page.B1x2.css', '/pagefind/fragment/en_1a2b.pf_fragment', '/pagefind/pagefind.en_b6c9c0637a.pf_meta']) expect(cache(path), path).toBe(IMMUTABLE);
		for (const path of ['/', '/index.html', '/explainers/summit/', '/rss.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en.pagefind']) expect(cache(path), path).toBe(REVALIDATE);
	});

	it('sends HSTS, COOP and the other security headers to a path no rule names', () => {
		expect(headersFor(rules, '/no/such/page/')).toEqual(SECURITY_HEADERS);
		expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/^max-age=(\d+)/);
		expect(Number(/max-age=(\d+)/.exec(SECURITY_HEADERS['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(15_768_000);
		expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
	});

	it('joins two values of one header with a comma, as hosts do', () => {
		expect(headersFor([{ path: '/*', headers: { A: '1' } }, { path: '/x/*', headers: { A: '2', B: '3' } }], '/x/y')).toEqual({ A: '1, 2', B: '3' });
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

describe('trimPagePolicy', () => {
	const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

	it('keeps the hashes of the page’s own inline code, and drops the rest', () => {
		const script = 'console.log(1)';
		const style = 'p{color:red}';
		const policy = `default-src 'self'; script-src 'self' ${hashSource(script)} 'sha256-other='; style-src 'self' ${hashSource(style)} 'sha256-gone='`;
		const html = page(policy, `<script>${script}</script><style>${style}</style><script type="application/ld+json">{}</script>`);
		expect(pagePolicy(trimPagePolicy(html, '/x/'), '/x/')).toBe(`default-src 'self'; script-src 'self' ${hashSource(script)}; style-src 'self' ${hashSource(style)}`);
	});

	it('refuses a page without exactly one policy, naming it', () => {
		expect(() => trimPagePolicy('<html></html>', '/x/')).toThrow(/\/x\/ has 0 content-security-policy <meta> elements/);
		expect(() => pagePolicy(page('a', '') + page('b', ''), '/y/')).toThrow(/\/y\/ has 2/);
	});
});

describe('withTrimmedPolicy', () => {
	const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-gone='"></head></html>`;

	it('trims an HTML page’s policy, keeping the response’s status and headers', async () => {
		const response = await withTrimmedPolicy(new Response(html, { status: 404, headers: { 'content-type': 'text/html' } }), '/404/');
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('text/html');
		expect(pagePolicy(await response.text(), '/404/')).toBe("script-src 'self'");
	});

	it('leaves other files, and a page without a policy, as they came', async () => {
		const feed = new Response(html, { headers: { 'content-type': 'application/xml' } });
		expect(await withTrimmedPolicy(feed, '/rss.xml')).toBe(feed);
		const bare = await withTrimmedPolicy(new Response('<p>dev</p>', { headers: { 'content-type': 'text/html' } }), '/');
		expect(await bare.text()).toBe('<p>dev</p>');
	});
});

