/**
 * What the sitemap needs to know of a built page, read from its head: whether it asks not to be
 * indexed (a withdrawn explainer, a change page, the 404: such a page has no place in a sitemap), and
 * when it last changed (an explainer's `article:modified_time`, which follows its latest update).
 */

interface SitemapFacts {
	noindex: boolean;
	/** An ISO 8601 date or time, when the page says. */
	lastmod?: string;
}

/** The attributes of each `<meta>` element in a page's head. */
function metaTags(head: string): Record<string, string>[] {
	return [...head.matchAll(/<meta\b([^>]*)>/gi)].map((tag) =>
		Object.fromEntries([...tag[1].matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((attribute) => [attribute[1].toLowerCase(), attribute[2] ?? attribute[3]])),
	);
}

export function sitemapFacts(html: string): SitemapFacts {
	const end = html.search(/<\/head>/i);
	const head = end >= 0 ? html.slice(0, end) : html;
	const metas = metaTags(head);
	const noindex = metas.some((meta) => meta.name?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(meta.content ?? ''));
	const lastmod = metas.find((meta) => meta.property === 'article:modified_time')?.content;
	return lastmod ? { noindex, lastmod } : { noindex };
}
