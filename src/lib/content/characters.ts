/**
 * Characters no news text holds, whoever typed it: the same rules for a wire story given to `npm run
 * new` (src/authoring/input-text.ts) and for a content file an editor saved by hand, which the build
 * and `npm run check` read (./check.ts). A content file is read as UTF-8; one saved in another
 * encoding comes out with U+FFFD where its accented letters and curly quotes were, a wrong text that
 * would otherwise be published without a word.
 */
import type { ContentProblem } from './error';

/**
 * Format characters that change how text is shown, never what it says: bidi embeddings, overrides,
 * isolates and marks, zero-width spaces, word joiners, soft hyphens, a byte order mark inside the text.
 * Left in, "el-\u202ESissi" is another name than "el-Sissi" to every search. Zero-width joiners and
 * non-joiners are not among them: some scripts spell with them.
 */
export const INVISIBLE_CHARACTERS = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Control characters (tab, line feed, form feed and carriage return aside) and U+FFFD, the mark of text already lost. */
export const REFUSED_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What an invisible or control character is, and what to do about it, for an editor's message. */
function explain(character: string): string {
	if (new RegExp(INVISIBLE_CHARACTERS.source).test(character)) {
		return `${codePoint(character)}, an invisible character (a bidi control, zero-width space or soft hyphen) that changes how the text shows, not what it says, and hides the word from search: delete it`;
	}
	return `the control character ${codePoint(character)}, which no text holds: delete it`;
}

/** Positions shown in a message: five at most. */
const MAX_SHOWN = 5;

/**
 * A content file's characters no text should hold, as problems with their lines. Characters lost
 * (U+FFFD, a file saved in another encoding than UTF-8) are one problem of the `file`, naming where
 * the first few are; each invisible or control character is a problem of the frontmatter field its line
 * is in (its top-level key), or of the `body` for the story (the first few). `yaml`: the file is all
 * fields (a person's or place's), not an explainer's frontmatter and story. A byte order mark at the
 * very start is allowed.
 */
export function characterProblems(contents: string, { yaml = false }: { yaml?: boolean } = {}): ContentProblem[] {
	const lines = contents.replace(/^\uFEFF/, '').split('\n');
	// Where the fields end: the frontmatter's closing `---` if the file opens with one (lines after it
	// are the story), or the whole of a YAML file.
	const opening = yaml ? -1 : 0;
	const closing = yaml ? lines.length : lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
	const pattern = new RegExp(`${REFUSED_CHARACTERS.source}|${INVISIBLE_CHARACTERS.source}`, 'g');
	const lost: { line: number; column: number }[] = [];
	const others: ContentProblem[] = [];
	let field: string | undefined;
	for (const [index, text] of lines.entries()) {
		const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text);
		if (index < closing && key) field = key[1];
		for (const match of text.matchAll(pattern)) {
			const line = index + 1;
			const column = (match.index ?? 0) + 1;
			if (match[0] === '\uFFFD') lost.push({ line, column });
			else if (others.length < MAX_SHOWN) {
				const inFields = index > opening && index < closing;
				others.push({ field: inFields ? (field ?? (yaml ? 'file' : 'frontmatter')) : 'body', line, message: `line ${line}, column ${column}: ${explain(match[0])}` });
			}
		}
	}
	if (lost.length === 0) return others;
	const where = lost.slice(0, MAX_SHOWN).map(({ line, column }) => `line ${line}, column ${column}`).join('; ');
	const more = lost.length > MAX_SHOWN ? `, and ${lost.length - MAX_SHOWN} more` : '';
	return [
		{
			field: 'file',
			line: lost[0].line,
			message: `is not UTF-8, or lost characters before it was saved: U+FFFD, the mark of a character that could not be read, stands at ${where}${more}. Save the file as UTF-8 (in your editor: Save As, encoding UTF-8), then check those accented letters, quotes and dashes`,
		},
		...others,
	];
}
