/**
 * Open fields: what a draft explainer still needs from its editor.
 *
 * `npm run new` writes a value it could not work out as a marker, one form everywhere: a text that
 * starts with `TODO`, then what to write (`title: "TODO: the event in a few words"`). A draft (a file
 * whose name starts with `_`) may hold markers, and `npm run dev` lists them in a banner on its page;
 * a published file may not: the build fails, naming the file, the field and its line.
 */
import type { ContentProblem } from './error';
import { extractFrontmatter, fieldName, lineOfField } from './frontmatter';

/** The marker every open field starts with. */
const OPEN_MARKER = 'TODO';

/** Writes an open field's value: the marker, then what the editor should put there. */
export function openField(note: string): string {
	return `${OPEN_MARKER}: ${note}`;
}

/** Whether a value is still open: a text starting with the marker (`TODO`, `TODO: ...`). */
function isOpen(value: unknown): boolean {
	return typeof value === 'string' && new RegExp(`^${OPEN_MARKER}\\b`).test(value.trim());
}

interface OpenFieldEntry {
	path: (string | number)[];
	/** `dates[3].title`, as the editor finds it. */
	field: string;
	/** What the marker asks for. */
	note: string;
}

/** Every open field in parsed frontmatter (or an entity file), in document order. */
export function findOpenFields(data: unknown, path: (string | number)[] = []): OpenFieldEntry[] {
	if (isOpen(data)) {
		const note = (data as string).trim().slice(OPEN_MARKER.length).replace(/^[\s:]+/, '');
		return [{ path, field: fieldName(path), note: note || 'fill this in' }];
	}
	if (Array.isArray(data)) return data.flatMap((item, index) => findOpenFields(item, [...path, index]));
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => findOpenFields(value, [...path, key]));
	}
	return [];
}

/**
 * The open fields of a file as build problems, each with its line: what a published file may not have.
 * `contents` is the whole file (frontmatter between `---` lines, or a plain YAML file).
 */
export function openFieldProblems(contents: string, data: unknown): ContentProblem[] {
	const frontmatter = extractFrontmatter(contents) ?? { text: `\n${contents}`, lineOffset: -1 };
	return findOpenFields(data).map(({ path, field, note }) => ({
		field,
		line: lineOfField(frontmatter, path),
		message: `is still open ("${OPEN_MARKER}: ${note}"); fill it in, or keep the file a draft (its name starting with _) until it is done`,
	}));
}

export interface OpenFieldLine {
	field: string;
	note: string;
	line?: number;
}

/** A draft's open fields with their lines, as the dev preview's banner lists them. */
export function openFieldLines(contents: string, data: unknown): OpenFieldLine[] {
	const problems = openFieldProblems(contents, data);
	return findOpenFields(data).map(({ field, note }, index) => ({ field, note, line: problems[index]?.line }));
}

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A draft's frontmatter as the dev preview can show it. Open texts (titles, summaries, roles) show as
 * they are; an open value that is not text cannot: an open `native` is left out, and a timeline entry
 * with an open `date` or `phrase`, or a person or place with an open `kind`, `coordinates` or `names`,
 * is left out of the preview (with every reference to it). The banner lists them all.
 */
export function previewOf(data: Data): Data {
	const copy = structuredClone(data);
	const dropped = { people: new Set<string>(), places: new Set<string>() };
	for (const list of ['people', 'places'] as const) {
		if (!Array.isArray(copy[list])) continue;
		copy[list] = (copy[list] as unknown[]).filter((entity) => {
			if (!isRecord(entity)) return true;
			if (isOpen(entity.native)) delete entity.native;
			// A later version's draft (`npm run update`) leaves open the names of someone the story no longer names.
			const hidden = isOpen(entity.kind) || isOpen(entity.coordinates) || isOpen(entity.names);
			if (hidden && typeof entity.id === 'string') dropped[list].add(entity.id);
			return !hidden;
		});
	}
	if (Array.isArray(copy.dates)) {
		copy.dates = (copy.dates as unknown[])
			// ... and the phrase of an entry whose words the new version no longer has.
			.filter((entry) => !(isRecord(entry) && (isOpen(entry.date) || isOpen(entry.phrase))))
			.map((entry) => {
				if (!isRecord(entry)) return entry;
				for (const list of ['people', 'places'] as const) {
					if (Array.isArray(entry[list])) entry[list] = (entry[list] as unknown[]).filter((id) => !dropped[list].has(id as string));
				}
				return entry;
			});
	}
	if (Array.isArray(copy.offTimeline)) copy.offTimeline = (copy.offTimeline as unknown[]).filter((entry) => !(isRecord(entry) && isOpen(entry.phrase)));
	return copy;
}

/** The open fields the loader attached to a draft entry in the dev preview (none for a published one). */
export function openFieldsOf(data: object): OpenFieldLine[] {
	const open = (data as { openFields?: unknown }).openFields;
	return Array.isArray(open) ? (open as OpenFieldLine[]) : [];
}
