/**
 * A content folder read from disk the way the site reads it, for `npm run check` and for tests:
 * every person's and place's file, and the explainers. Unlike the rest of src/lib this module reads
 * files; the checks it runs are the pure ones in content-check.ts, the same the loaders run.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { checkEntity, checkExplainer, duplicateProblems, type ExplainerCheck } from './check';
import { ContentError, type ContentProblem, type EntityFileLookup } from './error';
import type { EntityFacts } from '../entities/facts';
import { readYamlFile } from './frontmatter';
import type { PersonFacts, PlaceFacts } from '../../schemas/entities';

interface FileProblems {
	file: string;
	problems: ContentProblem[];
	/** What does not stop a build but should be looked at. */
	warnings: string[];
}

const published = (name: string) => !name.startsWith('_');

/** Every person's and place's facts in a content folder, and what is wrong with any of their files. */
export function readEntityFacts(root: string, shown: (path: string) => string = (path) => path): { facts: EntityFacts; files: FileProblems[] } {
	const files: FileProblems[] = [];
	const read = <T>(list: 'people' | 'places'): Map<string, T> => {
		const folder = join(root, list);
		const found = new Map<string, T>();
		if (!existsSync(folder)) return found;
		for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml') && published(n)).sort()) {
			const file = join(folder, name);
			const checked = checkEntity(list, readFileSync(file, 'utf8'));
			if (checked.problems.length > 0 || checked.warnings.length > 0) files.push({ file, problems: checked.problems, warnings: checked.warnings });
			if (checked.problems.length === 0) found.set(basename(name, '.yaml'), checked.facts as T);
		}
		return found;
	};
	const people = read<PersonFacts>('people');
	const places = read<PlaceFacts>('places');
	const placeFile = (id: string) => join(root, 'places', `${id}.yaml`);
	const fileOf = new Map([...places.keys()].map((id) => [id, shown(placeFile(id))]));
	for (const { id, problem } of duplicateProblems(places, fileOf, (id) => readFileSync(placeFile(id), 'utf8'))) {
		files.push({ file: placeFile(id), problems: [problem], warnings: [] });
	}
	return { facts: { people, places }, files };
}

/**
 * Where a person's or place's file is, and what it says, for messages about an explainer that names
 * it. `shown` turns the path into the one the editor is shown.
 */
export function entityFileReader(root: string, shown: (path: string) => string = (path) => path): EntityFileLookup {
	return (list, id) => {
		const file = join(root, list, `${id}.yaml`);
		// `npm run new` writes a file it could not complete as a draft, `_<id>.yaml`.
		const draft = join(root, list, `_${id}.yaml`);
		if (!existsSync(file) && existsSync(draft)) return { file: `${shown(file)} (only a draft, ${shown(draft)}: fill in its TODOs, then rename it without the _)` };
		if (!existsSync(file)) return { file: shown(file) };
		const read = readYamlFile(readFileSync(file, 'utf8'));
		return { file: shown(file), exists: true, data: 'data' in read ? read.data : undefined };
	};
}

/** Every problem of a content folder's files as `folderProblems` finds them, as one error per file. */
export function folderErrors(root: string, list: keyof typeof CONTENT_FOLDERS, allowed: readonly string[], shown: (path: string) => string): ContentError[] {
	const byFile = new Map<string, ContentProblem[]>();
	for (const { file, problem } of folderProblems(root, list, allowed, shown)) byFile.set(file, [...(byFile.get(file) ?? []), problem]);
	return [...byFile].map(([file, problems]) => new ContentError(shown(file), problems, file));
}

/** The published explainers of a content folder (sub-folders are refused: `folderProblems`). */
export function explainerFiles(root: string): string[] {
	const folder = join(root, 'explainers');
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { encoding: 'utf8' })
		.filter((name) => name.endsWith('.md') && published(name))
		.sort()
		.map((name) => join(folder, name));
}

/** The extension each folder's files have. */
export const CONTENT_FOLDERS = { explainers: '.md', people: '.yaml', places: '.yaml' } as const;

const inside = (folder: string, path: string) => {
	const rel = relative(folder, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The rules for the files of one content folder (`explainers`, `people`, `places`), the same for the
 * build (src/loaders/) and `npm run check`:
 * - no sub-folders: a file's name is its address (`/explainers/<slug>/`), and a file in a sub-folder
 *   would have none (the build stopped with "Missing parameter: slug", naming no file);
 * - no two files whose names differ only in case (`Foo.md`, `foo.md`): both would be one page, and
 *   one of them would be lost without a word;
 * - no link to a file outside the repository (`allowed`: the project and the content folder): the
 *   site would publish a file no one reviewed, from wherever the link points.
 * Each problem is the file's, named as `shown` shows it.
 */
export function folderProblems(
	root: string,
	list: keyof typeof CONTENT_FOLDERS,
	allowed: readonly string[],
	shown: (path: string) => string = (path) => path,
): { file: string; problem: ContentProblem }[] {
	const folder = join(root, list);
	if (!existsSync(folder)) return [];
	const extension = CONTENT_FOLDERS[list];
	const found: { file: string; problem: ContentProblem }[] = [];
	const names = readdirSync(folder, { encoding: 'utf8' }).sort();
	const byLowerCase = new Map<string, string>();
	const realRoots = allowed.filter((path) => existsSync(path)).map((path) => realpathSync(path));
	for (const name of names) {
		const path = join(folder, name);
		const stat = lstatSync(path);
		if (stat.isDirectory()) {
			const nested = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((file) => extname(file) === extension).sort();
			for (const file of nested) {
				found.push({
					file: join(path, file),
					problem: { field: 'file', message: `is in a sub-folder of ${shown(folder)}/; a ${list === 'explainers' ? 'story' : 'file'}'s name is its address, so ${list} live directly in ${shown(folder)}/: move it there (renaming it if that name is taken)` },
				});
			}
			continue;
		}
		if (extname(name) !== extension) continue;
		if (stat.isSymbolicLink()) {
			let target: string | undefined;
			try {
				target = realpathSync(path);
			} catch {
				found.push({ file: path, problem: { field: 'file', message: 'is a link to a file that does not exist: delete the link, or put the file itself here' } });
				continue;
			}
			if (!realRoots.some((allowedRoot) => inside(allowedRoot, target))) {
				found.push({
					file: path,
					problem: { field: 'file', message: `is a link to ${target}, outside the repository: the site would publish a file no one reviewed. Copy the file itself here, or delete the link` },
				});
				continue;
			}
		}
		const key = name.toLowerCase();
		const other = byLowerCase.get(key);
		if (other) {
			found.push({
				file: path,
				problem: { field: 'file', message: `and ${shown(join(folder, other))} differ only in case: both would be ${list === 'explainers' ? `the page /explainers/${basename(key, extension).replace(/^_/, '')}/` : `the id "${basename(key, extension).replace(/^_/, '')}"`}, and one would be lost. Rename one of them (names are lower case)` },
			});
		} else byLowerCase.set(key, name);
	}
	return found;
}

/** Every check of one explainer file, against the people and places of its content folder. */
export function checkExplainerFile(file: string, facts: EntityFacts, root: string, shown?: (path: string) => string): ExplainerCheck {
	return checkExplainer(readFileSync(file, 'utf8'), facts, entityFileReader(root, shown));
}
