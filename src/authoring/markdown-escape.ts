/**
 * A wire paragraph as a Markdown paragraph that renders back to exactly its words.
 *
 * Wire text is plain text, but Markdown reads meaning into some of its characters: `*` and `_` make
 * emphasis, `<` starts HTML (which the loader refuses), `[` a link, `&amp;` a character reference,
 * and a line that opens with `1.`, `-`, `+`, `#` or `>` becomes a list, heading or quote. Each such
 * character is written with a backslash (CommonMark's escape for ASCII punctuation), so the reader
 * sees the character and nothing else changes.
 */

// Inline syntax anywhere in a line: escapes, emphasis, code, links and images, HTML and autolinks,
// character references, and GFM's strikethrough (harmless when GFM is off, needed if it is turned on).
const INLINE = /[\\`*_[\]<>&~|]/g;

/** One paragraph of wire text (any internal line breaks become spaces) as a Markdown paragraph. */
function escapeMarkdownParagraph(text: string): string {
	// A paragraph is one line in the draft: a second line could turn the first into a setext heading
	// (`---` underneath) and leading spaces into a code block.
	const line = text.replace(/\s*\n\s*/g, ' ').trim();
	let escaped = line.replace(INLINE, (character) => `\\${character}`);
	// Block syntax only counts at the start of the line.
	escaped = escaped
		// ATX heading, block quote, list bullets and thematic breaks (`-`, `+`, `*` already escaped, `=`).
		.replace(/^([#>+=-])/, '\\$1')
		// Ordered list: up to nine digits then `.` or `)`.
		.replace(/^(\d{1,9})([.)])/, '$1\\$2');
	return escaped;
}

/** The paragraphs as a Markdown story: one paragraph per block, separated by blank lines. */
export function storyMarkdown(paragraphs: readonly string[]): string {
	return `${paragraphs.map(escapeMarkdownParagraph).join('\n\n')}\n`;
}
