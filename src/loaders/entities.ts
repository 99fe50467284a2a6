/**
 * The people and places loaders: Astro's glob loader over `content/people/*.yaml` and
 * `content/places/*.yaml` (files starting with `_` are drafts), each file checked the way an
 * explainer is, so a problem names the file, the field and its line. Once every place is loaded, two
 * files for one place (the same kind at the same spot) fail the build, naming both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkEntity, duplicateProblems } from '../lib/content-check';
import { ContentError } from '../lib/content-error';
import type { PlaceFacts } from '../schemas/entities';

export function entityLoader({ base, list }: { base: string; list: 'people' | 'places' }): Loader {
	const inner = glob({ pattern: '**/[^_]*.yaml', base });
	return {
		name: `backstory-${list}`,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const absolute = (file: string) => (isAbsolute(file) ? file : join(root, file));
			const shown = (file: string) => relative(root, absolute(file));
			// A content folder without people or places (a test's, an explainer-less site) is allowed.
			if (!existsSync(absolute(base))) return;

			const parseData: typeof context.parseData = async (props) => {
				if (!props.filePath) return context.parseData(props);
				const checked = checkEntity(list, await readFile(props.filePath, 'utf8'));
				if (checked.problems.length > 0) throw new ContentError(shown(props.filePath), checked.problems, absolute(props.filePath));
				return context.parseData({ ...props, data: checked.facts as unknown as typeof props.data });
			};
			await inner.load({ ...context, parseData });

			if (list === 'places') {
				const places = new Map([...context.store.values()].map((entry) => [entry.id, entry.data as unknown as PlaceFacts]));
				const files = new Map([...context.store.values()].map((entry) => [entry.id, shown(entry.filePath ?? entry.id)]));
				const [first] = duplicateProblems(places, files, (id) => readFileSync(absolute(files.get(id) as string), 'utf8'));
				if (first) throw new ContentError(first.file, [first.problem], absolute(first.file));
			}
		},
	};
}
