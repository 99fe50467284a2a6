/**
 * Frontmatter written back as an editor would write it: block style, texts quoted (a JSON string is
 * a YAML double-quoted scalar, so any text is written safely), short lists of ids and numbers on one
 * line (`people: [lee-jae-myung, sanae-takaichi]`), and a comment where one helps. For
 * `npm run update`, which writes the whole frontmatter of an explainer's next version.
 */

/** A value with a comment written after it (`- p-21  # "Takaichi and Lee met ..."`). */
export interface Commented {
	value: unknown;
	comment: string;
}

const isCommented = (value: unknown): value is Commented => value !== null && typeof value === 'object' && 'comment' in value && 'value' in value;
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !isCommented(value);
// Written without quotes: ids and words YAML cannot read as anything but text (not `null`, `true`, `1965`).
const isBare = (value: unknown): value is string =>
	typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && !/^(?:\d+|true|false|null|yes|no|on|off|y|n)$/.test(value);

function scalar(value: unknown): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(String(value));
}

/** Ids, numbers and kinds on one line: `[a, b]`; anything else quoted. */
function flowList(values: readonly unknown[]): string {
	return `[${values.map((value) => (isBare(value) ? value : scalar(value))).join(', ')}]`;
}

const comment = (text: string) => `  # ${text.replace(/\s+/g, ' ')}`;

/** The lines of one `key: value` at `indent`; objects and lists of objects in block style. */
export function yamlField(key: string, value: unknown, indent = ''): string[] {
	if (value === undefined) return [];
	if (isCommented(value)) {
		const [first, ...rest] = yamlField(key, value.value, indent);
		return [first + comment(value.comment), ...rest];
	}
	if (Array.isArray(value)) {
		if (value.length === 0) return [`${indent}${key}: []`];
		if (value.every((item) => !isPlainObject(item) && !Array.isArray(item) && !isCommented(item))) {
			const line = `${indent}${key}: ${flowList(value)}`;
			// Long lists of texts read better one to a line.
			if (line.length <= 100 || value.every((item) => typeof item !== 'string' || isBare(item))) return [line];
		}
		return [`${indent}${key}:`, ...value.flatMap((item) => yamlItem(item, `${indent}  `))];
	}
	if (isPlainObject(value)) {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return [`${indent}${key}: {}`];
		return [`${indent}${key}:`, ...entries.flatMap(([k, v]) => yamlField(k, v, `${indent}  `))];
	}
	// `id: nara-summit`, `kind: correction`; dates and numbers-as-text stay quoted.
	return [`${indent}${key}: ${isBare(value) && /[a-z]/.test(value) ? value : scalar(value)}`];
}

/** One list item at `indent`: `- value`, or an object whose first field shares the dash's line. */
function yamlItem(item: unknown, indent: string): string[] {
	if (isCommented(item)) {
		const [first, ...rest] = yamlItem(item.value, indent);
		return [first + comment(item.comment), ...rest];
	}
	if (isPlainObject(item)) {
		const lines = Object.entries(item)
			.filter(([, v]) => v !== undefined)
			.flatMap(([k, v]) => yamlField(k, v, `${indent}  `));
		if (lines.length === 0) return [`${indent}- {}`];
		return [`${indent}- ${lines[0].slice(indent.length + 2)}`, ...lines.slice(1)];
	}
	if (Array.isArray(item)) return [`${indent}- ${flowList(item)}`];
	return [`${indent}- ${isBare(item) ? item : scalar(item)}`];
}
