/**
 * What Pagefind reads of a page, and nothing else: the `<html>` start tag (its `lang`), the `<title>`
 * (Pagefind's fallback title), and the element marked `data-pagefind-body`, less the insides of the
 * elements Pagefind skips within it (`data-pagefind-ignore`, and the `svg`, `script`, `style`, `nav`
 * and other elements it never indexes). Pagefind indexes only the body's text once a site has one, and
 * takes a page's title (its first `<h1>`), image, meta, filters and sort keys from attributes and
 * elements that are, on our pages, all inside it.
 *
 * The extract is what the search index is fed, and what the build keeps to feed it again for a page an
 * incremental build restores (src/integrations/pagefind.ts). Wherever something Pagefind reads might
 * be left out (a `data-pagefind-*` attribute, an `<h1>` or an `<img>` outside the body or inside a
 * skipped element, a second body, an element whose end is not found), more is kept, up to the whole
 * page, so the index is the same either way: tests/unit/lib/build/search-extract.test.ts compares Pagefind's
 * index of the extracts with its index of the pages, byte for byte.
 */

/** A start tag's attributes, quoted values and all (a `>` inside quotes does not end the tag). */
const ATTRIBUTES = String.raw`(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*\s*/?`;
const START_TAG = new RegExp(`<([a-zA-Z][a-zA-Z0-9-]*)(${ATTRIBUTES})>`, 'g');
const hasAttribute = (attributes: string, name: string) => new RegExp(`\\s${name}(?=[\\s=/]|$)`, 'i').test(attributes);

/** What Pagefind reads anywhere in a page, whether or not it is indexing the text around it. */
const READ_ANYWHERE = /<h1[\s/>]|<img[\s/>]|\sdata-pagefind-/i;
/** Elements whose insides Pagefind never indexes (its REMOVE_SELECTORS that can be within a body). */
const SKIPPED_ELEMENTS = new Set(['svg', 'style', 'script', 'noscript', 'nav', 'footer', 'form', 'iframe', 'template']);
/**
 * Inline elements, as Pagefind lists them: the text inside one that is skipped still counts towards the
 * title of a heading around it, so their insides are kept.
 */
const INLINE = new Set(
	'a abbr acronym b bdo big br button cite code dfn em i img input kbd label map object output q samp script select small span strong sub sup textarea time tt var'.split(' '),
);

/** A page's search extract, or undefined for a page with nothing to index (no `data-pagefind-body`). */
export function searchExtract(html: string): string | undefined {
	const bodies = [...html.matchAll(START_TAG)].filter((tag) => hasAttribute(tag[2], 'data-pagefind-body'));
	if (bodies.length === 0) return undefined;
	if (bodies.length > 1) return html;
	const [open] = bodies;
	const start = open.index;
	const insideStart = start + open[0].length;
	const end = closingTagEnd(html, open[1], insideStart);
	if (end === undefined) return html;
	const before = html.slice(0, start);
	if (READ_ANYWHERE.test(before) || READ_ANYWHERE.test(html.slice(end))) return html;
	const root = new RegExp(`<html${ATTRIBUTES}>`, 'i').exec(before)?.[0] ?? '';
	const title = /<title\b[^>]*>[^<]*<\/title>/i.exec(before)?.[0] ?? '';
	return `${root}<head>${title}</head><body>${open[0]}${withoutSkippedInsides(html.slice(insideStart, end))}</body></html>`;
}

/** The body's insides with the insides of each element Pagefind skips taken out, its own tags kept. */
function withoutSkippedInsides(inside: string): string {
	let out = '';
	let from = 0;
	const tags = new RegExp(START_TAG.source, 'g');
	for (let tag = tags.exec(inside); tag; tag = tags.exec(inside)) {
		const name = tag[1].toLowerCase();
		const skipped = SKIPPED_ELEMENTS.has(name) || (!INLINE.has(name) && ignored(tag[2]));
		if (!skipped || tag[0].endsWith('/>')) continue;
		const openEnd = tag.index + tag[0].length;
		const end = closingTagEnd(inside, name, openEnd);
		if (end === undefined) continue;
		const closeStart = inside.lastIndexOf('</', end - 1);
		if (READ_ANYWHERE.test(inside.slice(openEnd, closeStart))) continue;
		out += inside.slice(from, openEnd);
		from = closeStart;
		tags.lastIndex = end;
	}
	return out + inside.slice(from);
}

/** `data-pagefind-ignore` with a value Pagefind reads as "skip" (none, index, true or all). */
const ignored = (attributes: string) => /\sdata-pagefind-ignore(?:\s*=\s*(?:""|''|"(?:index|true|all)"|'(?:index|true|all)'|index|true|all))?(?=[\s/]|$)/i.test(attributes);

/**
 * Where the element whose start tag ends at `from` ends: after its matching end tag, counting nested
 * ones. `<script>` and `<style>` hold text, not tags, up to their end tag.
 */
function closingTagEnd(html: string, name: string, from: number): number | undefined {
	if (name === 'script' || name === 'style') {
		const close = new RegExp(`</${name}\\s*>`, 'gi');
		close.lastIndex = from;
		const match = close.exec(html);
		return match ? match.index + match[0].length : undefined;
	}
	const tags = new RegExp(`<(/?)${name}(?:${ATTRIBUTES})>`, 'gi');
	tags.lastIndex = from;
	let depth = 1;
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		if (match[0].endsWith('/>') && !match[1]) continue;
		depth += match[1] ? -1 : 1;
		if (depth === 0) return match.index + match[0].length;
	}
	return undefined;
}

/** This module's own file, which stands for the extraction code: extracts kept by a build made with other code are not used. */
export const EXTRACT_CODE_URL = import.meta.url;
