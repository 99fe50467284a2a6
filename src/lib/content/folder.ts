/**
 * A content folder read from disk the way the site reads it, for `npm run check` and for tests:
 * every person's and place's file, and the explainers. Unlike the rest of src/lib this module reads
 * files; the checks it runs are the pure ones in content-check.ts, the same the loaders run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkEntity, checkExplainer, duplicateProblems, type ExplainerCheck } from './check';
import type { ContentProblem, EntityFileLookup } from './error';
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

/** The published explainers of a content folder. */
export function explainerFiles(root: string): string[] {
	const folder = join(root, 'explainers');
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md') && published(basename(name)))
		.sort()
		.map((name) => join(folder, name));
}

/** Every check of one explainer file, against the people and places of its content folder. */
export function checkExplainerFile(file: string, facts: EntityFacts, root: string, shown?: (path: string) => string): ExplainerCheck {
	return checkExplainer(readFileSync(file, 'utf8'), facts, entityFileReader(root, shown));
}
