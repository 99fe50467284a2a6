/**
 * The people and places loaders: Astro's glob loader over `content/people/*.yaml` and
 * `content/places/*.yaml` (files starting with `_` are drafts), each file checked the way an
 * explainer is, so a problem names the file, the field and its line. Once every place is loaded, two
 * files for one place (the same kind at the same spot) fail the build, naming both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkEntity, duplicateProblems } from '../lib/content/check';
import { ContentError } from '../lib/content/error';
import { folderErrors } from '../lib/content/folder';
import type { PlaceFacts } from '../schemas/entities';
import { clearIfCodeChanged } from './code-version';

const isDraft = (file: string) => basename(file).startsWith('_');

/**
 * `drafts`: load drafts (`_<id>.yaml`, as `npm run new` writes a file it could not complete) too, for
 * the dev server's preview, under their id without the `_`; one whose open fields the schema cannot
 * take (a kind or coordinates still TODO) is left out, and the draft explainer's banner says so.
 */
export function entityLoader({ base, list, drafts = false }: { base: string; list: 'people' | 'places'; drafts?: boolean }): Loader {
	const inner = glob({
		pattern: drafts ? '**/*.yaml' : '**/[^_]*.yaml',
		base,
		generateId: ({ entry }) => basename(entry, '.yaml').replace(/^_/, ''),
	});
	return {
		name: `backstory-${list}`,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			// Entries kept from the last build were checked by the code of that build (./code-version).
			clearIfCodeChanged(context, root);
			const absolute = (file: string) => (isAbsolute(file) ? file : join(root, file));
			const shown = (file: string) => relative(root, absolute(file));
			// A content folder without people or places (a test's, an explainer-less site) is allowed.
			if (!existsSync(absolute(base))) return;
			const [folderError] = folderErrors(dirname(absolute(base)), list, [root, dirname(absolute(base))], shown);
			if (folderError) throw folderError;

			const unfinished = new Set<string>();
			const parseData: typeof context.parseData = async (props) => {
				if (!props.filePath) return context.parseData(props);
				const draft = isDraft(props.filePath);
				const checked = checkEntity(list, await readFile(props.filePath, 'utf8'), { draft });
				if (checked.problems.length > 0 && draft) {
					unfinished.add(props.id);
					return props.data;
				}
				if (checked.problems.length > 0) throw new ContentError(shown(props.filePath), checked.problems, absolute(props.filePath));
				for (const warning of checked.warnings) context.logger.warn(`${shown(props.filePath)}: ${warning}`);
				return context.parseData({ ...props, data: checked.facts as unknown as typeof props.data });
			};
			const store = new Proxy(context.store, {
				get(target, property, receiver) {
					if (property === 'set') return (entry: Parameters<typeof target.set>[0]) => (unfinished.has(entry.id) ? false : target.set(entry));
					const value = Reflect.get(target, property, receiver);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			await inner.load({ ...context, store, parseData });

			if (list === 'places') {
				const places = new Map([...context.store.values()].map((entry) => [entry.id, entry.data as unknown as PlaceFacts]));
				const files = new Map([...context.store.values()].map((entry) => [entry.id, shown(entry.filePath ?? entry.id)]));
				const [first] = duplicateProblems(places, files, (id) => readFileSync(absolute(files.get(id) as string), 'utf8'));
				if (first) throw new ContentError(first.file, [first.problem], absolute(first.file));
			}
		},
	};
}
