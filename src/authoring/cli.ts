/**
 * `npm run new -- <file> [--published YYYY-MM-DD] [--slug <slug>]`: a wire story in, a draft
 * explainer (content/explainers/_<slug>.md) and the entity files it needs out. Prints what it wrote,
 * what it found and what is left for the editor. Nothing is written when the input cannot be read,
 * and no existing file is ever overwritten.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { precisionOf } from '../lib/dates/calendar';
import { extractFrontmatter } from '../lib/content/frontmatter';
import { limitWarnings } from '../lib/content/limits';
import { findOpenFields } from '../lib/content/open-fields';
import { buildDraft, type Draft, draftFiles, type GeneratedFile } from './draft';
import { readKnownEntities } from './known-entities';
import { checkInputSize, decodeInput } from './input-text';
import { EXPECTED_INPUT, readWireStory } from './read-input';
import { InputError } from './wire-story';

const USAGE = 'usage: npm run new -- <story.txt | story.json> [--published YYYY-MM-DD] [--slug <slug>]';

interface NewOptions {
	/** Where relative input paths are read from (npm's INIT_CWD: where the editor typed the command). */
	cwd: string;
	/** The content folder: content/, or $BACKSTORY_CONTENT. */
	contentRoot: string;
	/** Where messages go. */
	log: (line: string) => void;
}

interface NewResult {
	draft: Draft;
	written: string[];
	/** Entity files that already existed (known by file name) and were left alone. */
	kept: string[];
	open: { file: string; field: string; note: string }[];
}

/** Runs the command; throws InputError (nothing written) for anything it cannot do. */
export function runNew(args: string[], { cwd, contentRoot, log }: NewOptions): NewResult {
	const started = performance.now();
	let parsed;
	try {
		parsed = parseArgs({ args, allowPositionals: true, options: { published: { type: 'string' }, slug: { type: 'string' } } });
	} catch (error) {
		throw new InputError(`${(error as Error).message}\n${USAGE}`);
	}
	const [input, ...extra] = parsed.positionals;
	if (!input || extra.length) throw new InputError(`give one story file\n${USAGE}`);
	const file = resolve(cwd, input);
	if (!existsSync(file)) throw new InputError(`${input} does not exist; expected ${EXPECTED_INPUT}`);
	const stat = statSync(file);
	if (stat.isDirectory()) throw new InputError(`${input} is a folder; give the story file in it, such as ${join(input, 'story.txt')}`);
	if (!stat.isFile()) throw new InputError(`${input} is not a regular file; save the story as a file and give its name`);
	checkInputSize(stat.size, input);
	const story = readWireStory(decodeInput(readFileSync(file), input), input);
	for (const note of story.notes ?? []) log(`Note: ${note}.`);

	const published = parsed.values.published ?? story.published;
	if (!published) throw new InputError(`${input} does not say when it was published: add --published YYYY-MM-DD\n${USAGE}`);
	if (precisionOf(published) !== 'day') throw new InputError(`--published must be a calendar day written YYYY-MM-DD; found "${published}"`);
	if (parsed.values.published && story.published && story.published !== published) {
		log(`Note: ${input} says it was published on ${story.published}; using --published ${published}.`);
	}
	const slug = parsed.values.slug;
	if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
		throw new InputError(`--slug must be lower-case letters, digits and hyphens, such as "japan-south-korea-summit"; found ${JSON.stringify(slug)}`);
	}
	if (slug !== undefined && slug.length > MAX_SLUG_LENGTH) {
		throw new InputError(`--slug is ${slug.length} characters; a slug is the page's address and may have at most ${MAX_SLUG_LENGTH}: a few words of the headline, such as "japan-south-korea-summit"`);
	}

	const draft = buildDraft(story, { published, slug, known: readKnownEntities(contentRoot) });
	// Past a limit of src/lib/content/limits.ts: said now, as npm run check and the build will say it.
	for (const warning of limitWarnings(draft, draft.paragraphs.length)) log(`Note: ${warning}.`);
	const files = draftFiles(draft, basename(input));
	const [explainer, ...entities] = files;
	const target = (generated: GeneratedFile) => join(contentRoot, generated.path);
	for (const published of [explainer.path, explainer.path.replace('/_', '/')]) {
		if (existsSync(join(contentRoot, published))) {
			throw new InputError(`${join(contentRoot, published)} already exists and is never overwritten; choose another name with --slug`);
		}
	}
	// What is left, read back from the files as the build will read them.
	const open = files.flatMap((generated) => {
		const yaml = generated.path.endsWith('.md') ? (extractFrontmatter(generated.contents)?.text ?? '') : generated.contents;
		return findOpenFields(load(yaml, { schema: CORE_SCHEMA })).map(({ field, note }) => ({ file: generated.path, field, note }));
	});
	// Everything is worked out before the first file is written; then all of them are, or none.
	const kept = [explainer, ...entities].map(target).filter((path) => existsSync(path));
	const written = writeAll([explainer, ...entities].map((generated) => ({ path: target(generated), contents: generated.contents })).filter(({ path }) => !kept.includes(path)));

	report(draft, { written, kept, open, contentRoot, seconds: (performance.now() - started) / 1000, log });
	return { draft, written, kept, open };
}

/** The longest slug `--slug` takes (ids and slugs the tool makes are shorter: src/authoring/draft.ts). */
const MAX_SLUG_LENGTH = 80;

/**
 * Every file written, or none: each is written beside its place under a temporary name, then linked
 * to its name (which, unlike a rename, fails rather than replace a file that appeared meanwhile).
 * On any failure, every file this call put in place and every temporary file is removed again.
 */
export function writeAll(files: { path: string; contents: string }[]): string[] {
	const temporary = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	const placed: string[] = [];
	const created: string[] = [];
	try {
		for (const { path, contents } of files) {
			const folder = dirname(path);
			const made = mkdirSync(folder, { recursive: true });
			if (made) created.push(made);
			writeFileSync(temporary(path), contents, { flag: 'wx' });
		}
		for (const { path } of files) {
			linkSync(temporary(path), path);
			placed.push(path);
		}
		return placed;
	} catch (error) {
		for (const path of placed) rmSync(path, { force: true });
		for (const { path } of files) rmSync(temporary(path), { force: true });
		// Folders this call made, when nothing else was put in them meanwhile.
		for (const folder of created.reverse()) {
			try {
				rmdirSync(folder);
			} catch {
				// Not empty, or gone: left as it is.
			}
		}
		throw new InputError(`could not write ${files.length} files (${(error as Error).message}); none was written. Check that the content folder is writable and has room, then run again`);
	} finally {
		for (const { path } of files) rmSync(temporary(path), { force: true });
	}
}

function report(
	draft: Draft,
	{ written, kept, open, contentRoot, seconds, log }: { written: string[]; kept: string[]; open: NewResult['open']; contentRoot: string; seconds: number; log: (line: string) => void },
) {
	const shown = (path: string) => relative(process.cwd(), path) || path;
	const known = (list: { known: boolean }[]) => list.filter((entity) => entity.known).length;
	log(`Draft: ${shown(join(contentRoot, `explainers/_${draft.slug}.md`))} (not published while its name starts with _)`);
	log(`Found: ${draft.dates.length} dates, ${draft.people.length} people (${known(draft.people)} already in content/), ${draft.places.length} places (${known(draft.places)} already in content/).`);
	log(`Wrote ${written.length} files${kept.length ? `; kept ${kept.length} that already exist` : ''}:`);
	for (const path of written) log(`  ${shown(path)}`);
	const byKind = new Map<string, number>();
	for (const { field } of open) {
		const kind = field.replace(/\[\d+\]/g, '[]');
		byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
	}
	log(`Left for the editor: ${open.length} open fields (TODO):`);
	for (const [kind, count] of byKind) log(`  ${String(count).padStart(3)} × ${kind}`);
	const unfinished = written.filter((path) => /\/_[^/]+\.yaml$/.test(path));
	if (unfinished.length) log(`Unfinished entity files (drafts: fill in their TODOs, then drop the _): ${unfinished.map((path) => relative(join(contentRoot), path)).join(', ')}.`);
	const noCoordinates = draft.places.filter((place) => !place.known && !place.coordinates && !place.open);
	if (noCoordinates.length) log(`Not in the gazetteer (coordinates to look up): ${noCoordinates.map((place) => place.name).join(', ')}.`);
	const ambiguous = draft.places.filter((place) => !place.known && place.open);
	if (ambiguous.length) log(`Several places of the name, none certain (candidates in the file): ${ambiguous.map((place) => place.name).join(', ')}.`);
	// The exact command: a plain `npm run check` checks the published files only, and would say
	// "0 problems" of a draft full of TODOs.
	const drafts = [join(contentRoot, `explainers/_${draft.slug}.md`), ...unfinished].map(shown).join(' ');
	log(`Next: fill in the TODOs with \`npm run dev\` open on the draft, then \`npm run check -- ${drafts}\`, then rename the files without their _ to publish (README: "Adding an explainer", step 3).`);
	log(`(${seconds.toFixed(1)} s)`);
}
