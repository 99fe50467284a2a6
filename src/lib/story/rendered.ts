/**
 * Reading the rendered story (its HTML, as the Markdown pipeline made it) for what the page prints
 * beside it: the story's own words, with its typography (curly quotes, dashes), never the editor's
 * straight-quoted copy of them in the frontmatter.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment: tags dropped, character references decoded. */
export function htmlText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string, dec: string, name: string) =>
			hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name] ?? whole),
		);
}

/**
 * The story's words for each timeline date, by the date's id: the text of the link that
 * src/markdown/rehype-timeline-links.ts made around its phrase (`<a id="ref-<id>">`), as the reader sees it.
 */
export function storyQuotes(html: string): Map<string, string> {
	const quotes = new Map<string, string>();
	for (const [, id, words] of html.matchAll(/<a\b[^>]*\bid="ref-([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) quotes.set(id!, htmlText(words!));
	return quotes;
}
