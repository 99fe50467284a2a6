/**
 * The explainers loader: Astro's glob loader, plus the checks that need frontmatter and story together.
 *
 * The glob loader validates frontmatter against the schema, but the schema never sees the story's
 * text. Here every entry is checked against its text before it is stored (phrases in the story, names
 * that occur in it, no raw HTML, not empty), each timeline entry learns its paragraph, and each person
 * and place the paragraphs that mention it. A failed
 * check throws, so `astro build` stops with the file and the field named.
 *
 * The frontmatter the schema sees is read again from the file (see src/lib/content/frontmatter.ts: YAML
 * would otherwise turn 2026-02-30 into March 2), and every problem, in the YAML, the schema or the
 * story, is reported the same way: `<file> has a problem:` then `  - <field>: <message>`.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { characterProblems } from '../lib/content/characters';
import { problemsWithLines, explainerWarnings, storyProblems } from '../lib/content/check';
import { ContentError } from '../lib/content/error';
import { entityFileReader, folderErrors } from '../lib/content/folder';
import { extractFrontmatter, readFrontmatter } from '../lib/content/frontmatter';
import { withMentions } from '../lib/story/mentions';
import { clearIfCodeChanged } from './code-version';
import { openFieldLines, openFieldProblems, previewOf } from '../lib/content/open-fields';
import { withParagraphs } from '../lib/story/check';
import { paragraphIdsOf } from '../lib/versions/paragraph-ids';
import { storyChanges } from '../lib/versions/story-changes';
import { storyParagraphs } from '../lib/story/text';
import { educateText } from '../markdown/remark-smart-punctuation';
import { explainerSchema, type ExplainerFrontmatter } from '../schemas/explainer';

/** A draft's file name starts with `_`: it is never published, and may hold open fields (TODO). */
const isDraft = (file: string) => basename(file).startsWith('_');

function openFieldsOfFile(file: string) {
	const contents = readFileSync(file, 'utf8');
	const read = readFrontmatter(contents);
	return 'data' in read ? openFieldLines(contents, read.data) : [];
}

/** `drafts`: load drafts too, for the dev server's preview (they are never built into the site). */
export function explainerLoader({ base, drafts = false }: { base: string; drafts?: boolean }): Loader {
	const inner = glob({ pattern: drafts ? '**/*.md' : '**/[^_]*.md', base });
	return {
		name: 'backstory-explainers',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			// Entries kept from the last build were derived by the code of that build (./code-version).
			clearIfCodeChanged(context, root);
			const absolute = (file: string) => (isAbsolute(file) ? file : join(root, file));
			const shown = (file: string) => relative(root, absolute(file));

			// For messages about the people and places an explainer names: where their files are.
			const entityFile = entityFileReader(dirname(absolute(base)), shown);
			// The folder's own rules (no sub-folders, no case-only twins, no links out), as `npm run check` has them.
			const [folderError] = folderErrors(dirname(absolute(base)), 'explainers', [root, dirname(absolute(base))], shown);
			if (folderError) throw folderError;

			const parseData: typeof context.parseData = async (props) => {
				if (!props.filePath) return context.parseData(props);
				const contents = await readFile(props.filePath, 'utf8');
				// A file saved in another encoding than UTF-8, or holding invisible or control characters.
				const garbled = characterProblems(contents);
				if (garbled.length > 0) throw new ContentError(shown(props.filePath), garbled, absolute(props.filePath));
				const read = readFrontmatter(contents);
				if ('problem' in read) throw new ContentError(shown(props.filePath), [read.problem], absolute(props.filePath));
				// An open field (TODO) may stay in a draft, never in a published file.
				const open = openFieldProblems(contents, read.data);
				if (open.length > 0 && !isDraft(props.filePath)) throw new ContentError(shown(props.filePath), open, absolute(props.filePath));
				const data = isDraft(props.filePath) ? previewOf(read.data) : read.data;
				try {
					return await context.parseData({ ...props, data: data as typeof props.data });
				} catch (error) {
					// Only on failure is the schema run again, for its issues in the editor's words.
					const checked = explainerSchema.safeParse(data);
					if (checked.success) throw error;
					const problems = problemsWithLines(checked.error.issues, data, extractFrontmatter(contents), { entityFile });
					throw new ContentError(shown(props.filePath), problems, absolute(props.filePath));
				}
			};

			type Entry = Parameters<typeof context.store.set>[0];
			/** An entry checked against its story, ready to keep: with its paragraphs and mentions, less what pages never read. */
			const checkedEntry = (entry: Entry): Entry => {
				const file = entry.filePath ?? entry.id;
				const data = entry.data as unknown as ExplainerFrontmatter;
				const body = entry.body ?? '';
				// A draft's preview lists its open fields in a banner (src/components/DraftBanner.astro).
				const draftOpen = isDraft(file) ? openFieldsOfFile(absolute(file)) : undefined;
				const problems = storyProblems(data, body, () => readFileSync(absolute(file), 'utf8')).filter(
					(problem) => !draftOpen?.some((open) => open.field === problem.field),
				);
				if (problems.length > 0) throw new ContentError(shown(file), problems, absolute(file));
				// Kept with the entry, so a build that keeps the entry from the last one warns again (below).
				const warnings = explainerWarnings(data, body);
				return {
					...entry,
					// A copy whose strings are its own: js-yaml's are slices of the file it read, so each name
					// and title kept in the store would keep the whole file (some 20 KB, story included) alive
					// for the rest of the build, as Astro holds the store until it ends (docs/benchmarks.md, 13).
					data: structuredClone({
						...withMentions(withParagraphs(data, body), body),
						...(draftOpen ? { openFields: draftOpen } : {}),
						...changeView(data, body),
						...(warnings.length > 0 ? { warnings } : {}),
					}) as unknown as Record<string, unknown>,
					// Pages use the rendered story, never the Markdown: not keeping it halves the content
					// cache that every build writes and every page render loads (docs/benchmarks.md).
					body: undefined,
					// Nor the copy of the frontmatter that rendering adds to its metadata (for remark plugins
					// that change it; ours do not, and pages read `data`): a third of each entry in the store,
					// which every build compiles as one JavaScript module.
					rendered: entry.rendered && {
						...entry.rendered,
						metadata: entry.rendered.metadata && { ...entry.rendered.metadata, frontmatter: undefined },
					},
				};
			};

			try {
				await inner.load({ ...context, store: storeKeeping(context.store, checkedEntry), parseData });
				// Every entry's warnings, those kept from the last build too: a warning lasts until the file is fixed.
				for (const entry of context.store.values()) {
					for (const warning of (entry.data as { warnings?: string[] }).warnings ?? []) context.logger.warn(`${shown(entry.filePath ?? entry.id)}: ${warning}`);
				}
			} catch (error) {
				// Astro parses the YAML before our parseData sees it; name the field it broke at instead.
				const file = (error as { loc?: { file?: string } }).loc?.file;
				if (!(error instanceof ContentError) && file?.endsWith('.md')) {
					const read = readFrontmatter(await readFile(file, 'utf8').catch(() => ''));
					if ('problem' in read) throw new ContentError(shown(file), [read.problem], file);
				}
				throw error;
			}
		},
	};
}

/** What each later version changed, for the change page; only for a story an update changed. */
function changeView(data: ExplainerFrontmatter, body: string): { changeView?: ReturnType<typeof storyChanges> } {
	if (!data.updates.some((update) => update.changes)) return {};
	const texts = storyParagraphs(body);
	const ids = paragraphIdsOf(data, texts.length);
	return { changeView: storyChanges(texts.map((text, index) => ({ id: ids[index], text: educateText(text) })), data.updates, educateText) };
}

/**
 * The glob loader's store, with every entry passed through `keep` before it is stored: the glob
 * loader parses and renders, and this is the one place an entry can be checked against its story.
 */
function storeKeeping<Store extends { set: (entry: Entry) => unknown }, Entry>(store: Store, keep: (entry: Entry) => Entry): Store {
	return new Proxy(store, {
		get(target, property, receiver) {
			if (property === 'set') return (entry: Entry) => target.set(keep(entry));
			const value = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}
