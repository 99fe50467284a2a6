/**
 * An explainer's frontmatter, read the way its editor wrote it, and the words for where a problem is.
 *
 * Astro reads frontmatter with js-yaml's default schema, whose timestamp type turns an impossible
 * date such as 2026-02-30 into March 2 without a word. The loader reads it again here with the core
 * schema, so every date stays the text that was typed and the explainer schema can refuse what is
 * not a calendar day. When the YAML itself is malformed, the parser's complaint often lands far from
 * the cause (an unclosed quote is reported at the end of the frontmatter), so the field to blame is
 * found by reading each top-level field on its own.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { ContentProblem } from './error';

// The same delimiters Astro accepts (a leading BOM or blank lines, then `---`), so both read the same text.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const TOP_LEVEL_KEY = /^([^\s#\-:][^:]*?)\s*:(?:\s|$)/;

export interface Frontmatter {
	text: string;
	/** How many lines of the file come before the frontmatter's first line. */
	lineOffset: number;
}

export function extractFrontmatter(contents: string): Frontmatter | undefined {
	const match = FRONTMATTER.exec(contents);
	if (!match) return undefined;
	const before = contents.slice(0, match.index + match[0].indexOf('---') + 3);
	// The captured text starts with the rest of the `---` line, so its line 0 is the delimiter's line.
	return { text: match[1], lineOffset: before.split('\n').length - 1 };
}

/** `['dates', 3, 'phrase']` → `dates[3].phrase`. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

function indentOf(line: string): number {
	return line.length - line.trimStart().length;
}

const isBlank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/**
 * The 1-based file line where a field sits, found by indentation in block-style YAML (the style our
 * explainers use); when a part of the path is missing, the line of its nearest parent.
 */
export function lineOfField(frontmatter: Frontmatter, path: readonly PropertyKey[]): number | undefined {
	const lines = frontmatter.text.split('\n');
	let start = 0;
	let end = lines.length;
	let found: number | undefined;
	for (const part of path) {
		const first = lines.slice(start, end).findIndex((line) => !isBlank(line));
		if (first < 0) break;
		const indent = indentOf(lines[start + first]);
		const siblings = [...lines.keys()].slice(start, end).filter((i) => !isBlank(lines[i]) && indentOf(lines[i]) === indent);
		const isItem = (i: number) => /^- |^-$/.test(lines[i].trimStart());
		const at =
			typeof part === 'number'
				? siblings.filter(isItem)[part]
				: siblings.find((i) => lines[i].trimStart().startsWith(`${String(part)}:`));
		if (at === undefined) break;
		found = at;
		let stop = at + 1;
		if (typeof part === 'number') {
			// The item's first key shares the dash's line: shift it to where the item's other keys sit.
			lines[at] = `${' '.repeat(indent + 2)}${lines[at].trimStart().slice(2)}`;
			start = at;
			while (stop < end && (isBlank(lines[stop]) || indentOf(lines[stop]) > indent)) stop += 1;
		} else {
			start = at + 1;
			// A list may sit at its key's own indentation (`dates:` then `- id: ...`).
			while (stop < end && (isBlank(lines[stop]) || indentOf(lines[stop]) > indent || (indentOf(lines[stop]) === indent && isItem(stop)))) {
				stop += 1;
			}
		}
		end = stop;
	}
	return found === undefined ? undefined : frontmatter.lineOffset + found + 1;
}

/**
 * Which top-level field malformed YAML belongs to: the first field that fails to parse on its own,
 * else (for problems between fields, such as a key written twice) the field holding the error's line.
 */
function locateYamlError(text: string, error: YAMLException): { field: string; line: number } {
	const lines = text.split('\n');
	const keys = lines.flatMap((line, index) => {
		const match = TOP_LEVEL_KEY.exec(line);
		return match ? [{ key: match[1], line: index }] : [];
	});
	for (const [index, { key, line }] of keys.entries()) {
		const block = lines.slice(line, keys[index + 1]?.line ?? lines.length).join('\n');
		try {
			load(block, { schema: CORE_SCHEMA });
		} catch (blockError) {
			// Blame the field where it starts: its own error mark is often where the parser gave up.
			if (blockError instanceof YAMLException) return { field: key, line };
			throw blockError;
		}
	}
	const errorLine = error.mark?.line ?? 0;
	const holder = keys.filter((key) => key.line <= errorLine).at(-1);
	return { field: holder?.key ?? 'frontmatter', line: errorLine };
}

/**
 * The frontmatter as data, with dates left as the text the editor typed, or the YAML problem named
 * by field and file line.
 */
export function readFrontmatter(contents: string): { data: Record<string, unknown> } | { problem: ContentProblem } {
	const frontmatter = extractFrontmatter(contents);
	return frontmatter ? readYaml(frontmatter, 'the frontmatter') : { data: {} };
}

/** A whole YAML file (a person's or place's), read the same way as frontmatter. */
export function readYamlFile(contents: string): { data: Record<string, unknown> } | { problem: ContentProblem } {
	return readYaml(wholeFile(contents), 'the file');
}

/** A whole YAML file as `lineOfField` reads frontmatter: its first line is line 1. */
export const wholeFile = (contents: string): Frontmatter => ({ text: contents, lineOffset: 0 });

/**
 * The path of the first list or mapping the data holds twice, or undefined. Only a YAML alias
 * (`*name`, repeating the list or mapping an anchor `&name` marks) does that; one inside its own anchor
 * (`a: &x [*x]`) makes the data hold itself, and a few nested ones repeat a value billions of times:
 * every check that walks the data would overflow the stack or never end.
 */
function repeatedValue(data: unknown, path: (string | number)[] = [], seen = new Set<object>()): (string | number)[] | undefined {
	if (data === null || typeof data !== 'object') return undefined;
	if (seen.has(data)) return path;
	seen.add(data);
	const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((item, index) => [index, item]) : Object.entries(data);
	for (const [key, value] of entries) {
		const found = repeatedValue(value, [...path, key], seen);
		if (found) return found;
	}
	return undefined;
}

function readYaml(frontmatter: Frontmatter, what: string): { data: Record<string, unknown> } | { problem: ContentProblem } {
	try {
		const data = load(frontmatter.text, { schema: CORE_SCHEMA });
		const repeated = repeatedValue(data);
		if (repeated) {
			const line = lineOfField(frontmatter, repeated);
			return {
				problem: {
					field: fieldName(repeated) || 'frontmatter',
					...(line ? { line } : {}),
					message: `repeats a list or mapping through a YAML alias (*name): write the value out where it is needed; ${what} may not refer to itself or repeat a value by reference`,
				},
			};
		}
		return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		const { field, line } = locateYamlError(frontmatter.text, error);
		const fileLine = frontmatter.lineOffset + line + 1;
		return {
			problem: {
				field,
				line: fileLine,
				message: `${what} is not valid YAML (line ${fileLine}): ${error.reason}; check quotes, brackets and indentation`,
			},
		};
	}
}
