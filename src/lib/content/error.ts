/**
 * How a content problem reaches the editor: `<file> has a problem:` then `  - <field>: <message>`,
 * with Astro's `Location:` line pointing at the field's line in the file (not at our code). The
 * explainer and entity loaders, the step that joins explainers to their people and places, and
 * `npm run check` all report through here, so a problem reads the same wherever it is found.
 */
import type { z } from 'astro/zod';
import { factFields } from '../../schemas/entities';

/** A person's or place's file: where it is, and what it says if it can be read. */
export type EntityFileLookup = (list: 'people' | 'places', id: string) => { file: string; exists?: boolean; data?: Record<string, unknown> };

export interface ContentProblem {
	/** The field as an editor finds it in the file: `dates[3].phrase`, or `body` for the story. */
	field: string;
	message: string;
	/** 1-based line in the whole file, where known. */
	line?: number;
	/**
	 * Where to find the line, for a check that works on parsed data (the story check), which cannot know
	 * it: the frontmatter field as a path (`['dates', 3, 'phrase']`)...
	 */
	path?: PropertyKey[];
	/** ...or, for a problem in the story itself, its 1-based line in the body. `storyProblems` in content-check.ts turns either into `line`. */
	bodyLine?: number;
}

export class ContentError extends Error {
	/** Where Astro's error overlay and terminal output point: the content file, not this code. */
	loc: { file: string; line: number; column: number };
	readonly file: string;
	readonly problems: ContentProblem[];

	constructor(file: string, problems: ContentProblem[], absoluteFile = file) {
		super(
			`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n` +
				problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n'),
		);
		this.name = 'ContentError';
		this.file = file;
		this.problems = problems;
		this.loc = { file: absoluteFile, line: problems.find((p) => p.line)?.line ?? 1, column: 1 };
		// The message says all an editor needs: where our code noticed is not theirs to read, and Astro
		// prints a stack trace under any error that has one.
		this.stack = '';
	}
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
	path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/**
 * Schema issues in the editor's words: an unknown key becomes a problem of that key's own field
 * (zod files it under the object holding it), a person's or place's fact written into an explainer
 * says where it belongs, and a missing field says it is missing.
 */
export function schemaProblems(
	issues: readonly z.core.$ZodIssue[],
	data: unknown,
	{ what = 'an explainer', entityFile }: { what?: string; entityFile?: EntityFileLookup } = {},
): { path: PropertyKey[]; message: string }[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const [list, index] = issue.path;
				const isFact = issue.path.length === 2 && (list === 'people' || list === 'places') && factFields[list].includes(key);
				if (!isFact) {
					return { path: [...issue.path, key], message: `is not a field ${what} can have here; check its spelling (see README, "Frontmatter reference")` };
				}
				const id = valueAt(data, [list, index as number, 'id']);
				const found = typeof id === 'string' ? entityFile?.(list, id) : undefined;
				const file = found?.file ?? `content/${list}/${typeof id === 'string' ? id : '<id>'}.yaml`;
				const given = JSON.stringify(valueAt(data, [...issue.path, key]));
				const kept = found?.data?.[key];
				const contradiction = kept !== undefined && JSON.stringify(kept) !== given ? `${given} contradicts ${file}, which has ${JSON.stringify(kept)}. ` : '';
				return {
					path: [...issue.path, key],
					message: `${contradiction}"${key}" is a fact of the ${list === 'people' ? 'person' : 'place'} itself, kept once in ${file} for every explainer: remove it here`,
				};
			});
		}
		const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
		return [{ path: [...issue.path], message: missing ? `is missing (${issue.message})` : issue.message }];
	});
}
