import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, formatHeadersFile, pagePolicy, siteHeaders, withTrimmedPolicy } from '../../../../src/lib/head/security';
import { hashSource, headersFor, IMMUTABLE, parseHeadersFile, REVALIDATE, SECURITY_HEADERS } from '../../../support/headers-file';

const meta = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';";
// The site's own files, and Pagefind's, as the build finds them.
const entries = {
	root: ['_astro/', '_headers', '404.html', 'explainers/', 'index.html', 'pagefind/', 'rss.xml'],
	searchIndex: ['fragment/', 'index/', 'pagefind.en_b6c9c0637a.pf_meta', 'pagefind-worker.js', 'pagefind.js', 'wasm.en.pagefind'],
};
/** The header policy the site's pages are sent, given their `<meta>` policies. */
const headerPolicy = (policies: string[]) => headersFor(siteHeaders(policies, entries), '/index.html')['Content-Security-Policy'];
/** A page whose head holds this `<meta>` policy and this inline code. */
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
/** That page's policy once it is rendered (src/middleware.ts trims every page with withTrimmedPolicy). */
async function trimmed(policy: string, body: string): Promise<string> {
	const response = await withTrimmedPolicy(new Response(page(policy, body), { headers: { 'content-type': 'text/html' } }), '/x/');
	return pagePolicy(await response.text(), '/x/');
}

describe('the policy', () => {
	it('never allows inline script or eval by keyword', () => {
		expect(CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-inline|unsafe-eval/);
	});

	it('keeps every request on our own origin', () => {
		expect(CSP_DIRECTIVES).toContain("default-src 'self'");
	});
});

describe('the header policy', () => {
	it('splits the pages’ policy into trimmed directives, dropping empty ones', () => {
		expect(headerPolicy([meta])).toBe(
			"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; frame-ancestors 'none'",
		);
	});

	it('allows what each page allows: the same directives, every page’s sources', () => {
		const search = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-def=' 'sha256-ghi='";
		expect(headerPolicy([meta, search])).toBe(
			"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-def=' 'sha256-ghi='; frame-ancestors 'none'",
		);
	});

	it('refuses pages whose policies have different directives', () => {
		expect(() => siteHeaders([meta, "default-src 'self'; script-src 'self'"], entries)).toThrow(/different directives/);
	});

	it('is the pages’ policy plus what only a header can carry', () => {
		expect(headerPolicy([meta, meta])).toBe(
			"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; frame-ancestors 'none'",
		);
	});
});

describe('a page’s policy, trimmed as it is rendered', () => {
	it('keeps the hash of a block as browsers compute it', async () => {
		// The example of the CSP specification: alert('Hello, world.');
		const spec = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";
		expect(await trimmed(`script-src 'self' ${spec} 'sha256-other='`, "<script>alert('Hello, world.');</script>")).toBe(`script-src 'self' ${spec}`);
		expect(await trimmed(`script-src 'self' ${hashSource('a', 'sha384')}`, '<script>a</script>')).toBe(`script-src 'self' ${hashSource('a', 'sha384')}`);
	});

	const style = 'p{color:red}';
	const script = 'console.log(1)';
	const policy = `default-src 'self'; script-src 'self' ${hashSource(script)} ${hashSource('other()')}; style-src 'self' ${hashSource(style)} ${hashSource('q{}', 'sha512')}`;

	it('keeps only the hashes of the inline code the page has', async () => {
		expect(await trimmed(policy, `<script>${script}</script><style>${style}</style>`)).toBe(
			`default-src 'self'; script-src 'self' ${hashSource(script)}; style-src 'self' ${hashSource(style)}`,
		);
	});

	it('leaves keywords and other directives alone, even with no inline code at all', async () => {
		expect(await trimmed("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x='; img-src 'self' data:", '')).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:",
		);
	});
});

describe('the _headers file', () => {
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
		expect(csp('/pagefind/pagefind-worker.js')).toBe(
			"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-def='; frame-ancestors 'none'",
		);
		for (const path of paths.filter((p) => !p.startsWith('/pagefind/'))) {
			expect(csp(path), path).toBe("default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; frame-ancestors 'none'");
		}
	});

	it('keeps fingerprinted files a year, and has everything else revalidated', () => {
		const cache = (path: string) => headersFor(rules, path)['Cache-Control'];
		for (const path of ['/_astro/page.B1x2.css', '/pagefind/fragment/en_1a2b.pf_fragment', '/pagefind/pagefind.en_b6c9c0637a.pf_meta']) expect(cache(path), path).toBe(IMMUTABLE);
		for (const path of ['/', '/index.html', '/explainers/summit/', '/rss.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en.pagefind']) expect(cache(path), path).toBe(REVALIDATE);
	});

	it('sends HSTS, COOP and the other security headers to a path no rule names', () => {
		const unnamed = headersFor(rules, '/no/such/page/');
		expect(unnamed).toEqual(SECURITY_HEADERS);
		expect(unnamed['Strict-Transport-Security']).toMatch(/^max-age=(\d+)/);
		expect(Number(/max-age=(\d+)/.exec(unnamed['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(15_768_000);
		expect(unnamed['Cross-Origin-Opener-Policy']).toBe('same-origin');
	});
});

describe('a page’s policy, read and trimmed', () => {
	it('keeps the hashes of the page’s own inline code, and drops the rest, data blocks aside', async () => {
		const script = 'console.log(1)';
		const style = 'p{color:red}';
		const policy = `default-src 'self'; script-src 'self' ${hashSource(script)} 'sha256-other='; style-src 'self' ${hashSource(style)} 'sha256-gone='`;
		expect(await trimmed(policy, `<script>${script}</script><style>${style}</style><script type="application/ld+json">{}</script>`)).toBe(
			`default-src 'self'; script-src 'self' ${hashSource(script)}; style-src 'self' ${hashSource(style)}`,
		);
	});

	it('refuses a page without exactly one policy, naming it', async () => {
		expect(() => pagePolicy('<html></html>', '/x/')).toThrow(/\/x\/ has 0 content-security-policy <meta> elements/);
		expect(() => pagePolicy(page('a', '') + page('b', ''), '/y/')).toThrow(/\/y\/ has 2/);
		const twice = new Response(page('a', '') + page('b', ''), { headers: { 'content-type': 'text/html' } });
		await expect(withTrimmedPolicy(twice, '/y/')).rejects.toThrow(/\/y\/ has 2/);
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

	it('moves the policy to the start of the head, right after the charset, before anything made from content', async () => {
		const page = `<html><head><meta charset="utf-8"><title>A</title><script type="application/ld+json">{}</script><meta http-equiv="content-security-policy" content="default-src 'self'"></head></html>`;
		const response = await withTrimmedPolicy(new Response(page, { headers: { 'content-type': 'text/html' } }), '/x/');
		expect(await response.text()).toBe(
			`<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><title>A</title><script type="application/ld+json">{}</script></head></html>`,
		);
	});

	it('leaves other files, and a page without a policy, as they came', async () => {
		const feed = new Response(html, { headers: { 'content-type': 'application/xml' } });
		expect(await withTrimmedPolicy(feed, '/rss.xml')).toBe(feed);
		const bare = await withTrimmedPolicy(new Response('<p>dev</p>', { headers: { 'content-type': 'text/html' } }), '/');
		expect(await bare.text()).toBe('<p>dev</p>');
	});
});

