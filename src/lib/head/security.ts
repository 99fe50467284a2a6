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
 * for the site's pages and files, so it lists every page's hashes: the same directives and sources,
 * the union of the pages' hashes. A browser enforces both, so each page is held to its own `<meta>`
 * policy. Pagefind's files (its worker compiles WebAssembly) get the same policy plus
 * `'wasm-unsafe-eval'`, and no other path does.
 *
 * Hosts apply every rule that matches a path and join two values of one header with a comma, which for
 * a policy means both apply and for Cache-Control is nonsense. So a header whose value differs by path
 * (the policy, Cache-Control) is given by rules that never match the same path: one per top-level file
 * and folder of the site, and one per file and folder of Pagefind's (`siteHeaders`). Headers that are
 * the same everywhere go on `/*`.
 *
 * Astro lists on every page the hashes of its island scripts (we have no islands) and of other
 * pages' styles; `trimHashes` drops those, some 300 bytes a page that allowed nothing the page has.
 * src/middleware.ts trims each page as it is rendered (`trimPagePolicy`), so a page an incremental
 * build copies from its cache is not rewritten.
 *
 * The policy: everything from our own origin only (no CDN, no fonts or tiles from the web, no
 * trackers), no plugins, no `<base>` rewriting, forms submit only to us, and no inline script or
 * style except the exact blocks Astro hashed (never `'unsafe-inline'`).
 */
import { createHash } from 'node:crypto';

export const CSP_DIRECTIVES = ["default-src 'self'", "base-uri 'none'", "object-src 'none'", "form-action 'self'"] as const;

/** Directives browsers ignore in a `<meta>` policy: they travel only in the HTTP header. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The other response headers every file gets, whatever its path (an unknown one included). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// Readers' next sites learn nothing of what they read here (external links add rel="noreferrer" too).
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	// The site uses none of these; a compromised or embedded script cannot ask for them either.
	'Permissions-Policy':
		'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	// HTTPS only, for two years, once a browser has seen the site over HTTPS. Not includeSubDomains or
	// preload: those bind every subdomain of the domain, which is the domain owner's call.
	'Strict-Transport-Security': 'max-age=63072000',
	// No window another site opens can reach into ours, nor ours into it.
	'Cross-Origin-Opener-Policy': 'same-origin',
	// frame-ancestors for browsers that predate it, and for paths no rule below names (a 404).
	'X-Frame-Options': 'DENY',
};

/** Where Pagefind writes the search index and its scripts, under the site's root. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Fingerprinted files: their name changes with their content, so a browser keeps them a year unasked. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, feeds, Pagefind's entry points): kept, but asked after (ETag) before each use. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** A policy's directives, trimmed, without empty ones: `"a;  b ;"` → `["a", "b"]`. */
function cspDirectives(policy: string): string[] {
	return policy
		.split(';')
		.map((directive) => directive.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

const HASHED = { script: ['script-src', 'script-src-elem'], style: ['style-src', 'style-src-elem'] } as const;

/** The CSP source for a block of inline code: `'sha256-…'`. */
function hashSource(code: string, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
	return `'${algorithm}-${createHash(algorithm).update(code, 'utf8').digest('base64')}'`;
}

/**
 * A page's policy with only the hashes of inline code the page has: every other hash allows nothing
 * there. Other sources, and directives, stay as they are.
 */
function trimHashes(policy: string, inline: { scripts: readonly string[]; styles: readonly string[] }): string {
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
function unionPolicy(policies: readonly string[]): string {
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
function headerPolicy(metaPolicies: readonly string[]): string {
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

/** The policy with one more source in its `script-src`. */
function withScriptSource(policy: string, source: string): string {
	return cspDirectives(policy)
		.map((directive) => (directive.split(' ')[0] === 'script-src' && !directive.split(' ').includes(source) ? `${directive} ${source}` : directive))
		.join('; ');
}

/**
 * What the built site holds, as the rules need it: its top-level files and folders, and those of
 * Pagefind's folder (names relative to each; a folder's name ends in `/`).
 */
interface SiteEntries {
	root: readonly string[];
	searchIndex: readonly string[];
}

// Astro's bundles (/_astro/) and Pagefind's chunks are named by a hash of their content: Pagefind's
// fragment/, index/ and filter/ folders hold only such files, and its metadata file carries its hash.
const isFingerprinted = (folder: 'root' | 'searchIndex', name: string) =>
	folder === 'root' ? name === '_astro/' : name.endsWith('/') || /_[0-9a-f]{8,}\.pf_meta$/.test(name);

/**
 * The headers of the whole site, given the policies its pages' `<meta>` elements carry and the files it
 * has. No path is matched by two rules that set the same header (see the comment at the top).
 */
export function siteHeaders(metaPolicies: readonly string[], entries: SiteEntries): HeaderRule[] {
	const policy = headerPolicy(metaPolicies);
	// Pagefind's worker compiles its WebAssembly index reader; a worker takes its policy from the header
	// sent with its script, so only Pagefind's files need 'wasm-unsafe-eval', and no page does.
	const searchPolicy = withScriptSource(policy, "'wasm-unsafe-eval'");
	const rule = (path: string, csp: string, cache: string): HeaderRule => ({
		path,
		headers: { 'Content-Security-Policy': csp, 'Cache-Control': cache },
	});
	const pattern = (prefix: string, name: string) => `${prefix}${name}${name.endsWith('/') ? '*' : ''}`;
	const sorted = (names: readonly string[]) => [...names].sort();
	return [
		{ path: '/*', headers: { ...SECURITY_HEADERS } },
		rule('/', policy, REVALIDATE),
		...sorted(entries.root)
			.filter((name) => name !== `${SEARCH_INDEX_FOLDER}/` && name !== '_headers')
			.map((name) => rule(pattern('/', name), policy, isFingerprinted('root', name) ? IMMUTABLE : REVALIDATE)),
		...sorted(entries.searchIndex).map((name) =>
			rule(pattern(`/${SEARCH_INDEX_FOLDER}/`, name), searchPolicy, isFingerprinted('searchIndex', name) ? IMMUTABLE : REVALIDATE),
		),
	];
}

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)("\s*\/?>)/gi;
// Astro's own output, so simple patterns do: inline blocks are those without a src attribute.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
// A data block (JSON-LD) is not run, so no policy governs it.
const DATA_BLOCK = /\stype="(?!module"|text\/javascript"|application\/javascript")[^"]*"/i;

const decodeAttribute = (value: string) =>
	value.replace(/&(#39|#x27|quot|amp|lt|gt);/g, (_, name: string) => ({ '#39': "'", '#x27': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[name] ?? _);

/** The policy of a page's one `<meta>`; `page` names it in the error when it has none or several. */
export function pagePolicy(html: string, page: string): string {
	const policies = [...html.matchAll(META_CSP)];
	if (policies.length !== 1) {
		throw new Error(`${page} has ${policies.length} content-security-policy <meta> elements; every page needs exactly one (see src/lib/head/security.ts)`);
	}
	return decodeAttribute(policies[0]?.[2] ?? '');
}

/** The page with its `<meta>` policy trimmed to the hashes of the inline code it has (`trimHashes`). */
function trimPagePolicy(html: string, page: string): string {
	const scripts = [...html.matchAll(INLINE_SCRIPT)].filter((match) => !DATA_BLOCK.test(match[1] ?? '')).map((match) => match[2] ?? '');
	const styles = [...html.matchAll(INLINE_STYLE)].map((match) => match[1] ?? '');
	const policy = trimHashes(pagePolicy(html, page), { scripts, styles });
	return policyFirst(html.replace(META_CSP, (_, open: string, __, close: string) => `${open}${policy}${close}`));
}

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;
/**
 * The policy moved to the head's start, right after the charset: a browser applies a `<meta>` policy
 * only to what comes after it, and Astro writes it after the page's own tags (title, description,
 * JSON-LD), which are made from content. Nothing an editor writes then precedes the policy.
 */
function policyFirst(html: string): string {
	const meta = html.match(META_CSP)?.[0];
	const charset = CHARSET.exec(html);
	if (!meta || !charset) return html;
	const without = html.replace(meta, '');
	const at = without.indexOf(charset[0]) + charset[0].length;
	return `${without.slice(0, at)}${meta}${without.slice(at)}`;
}

/**
 * A rendered response with its page's policy trimmed (src/middleware.ts); anything but HTML, and a
 * page without a policy (the dev server writes none), as it came. The build's last step still refuses
 * a page without exactly one policy (src/integrations/security-headers.ts).
 */
export async function withTrimmedPolicy(response: Response, page: string): Promise<Response> {
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(META_CSP_PRESENT.test(html) ? trimPagePolicy(html, page) : html, response);
}
const META_CSP_PRESENT = /<meta http-equiv="content-security-policy"/i;

