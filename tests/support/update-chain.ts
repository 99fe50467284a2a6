/**
 * A story taken through its later versions with `npm run update`, as an editor would: run the command
 * on the next version, fill in what it left open, publish the draft over the published file. For the
 * tests of the command (tests/unit/authoring/update-cli.test.ts) and of the pages it leads to
 * (tests/build/updates.test.ts). The story is tests/fixtures/updates/: our own, not a wire story.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { runUpdate } from '../../src/authoring/update-cli';
import { runAstroBuild } from './astro-build';
import { yamlField } from '../../src/authoring/yaml-writer';
import { splitExplainer } from '../../src/lib/content/check';
import { storyParagraphs } from '../../src/lib/story/text';
import { movedAnchors, paragraphIdsOf } from '../../src/lib/versions/paragraph-ids';
import { extractFrontmatter } from '../../src/lib/content/frontmatter';

export const UPDATES_FIXTURE = fileURLToPath(new URL('../fixtures/updates/', import.meta.url));
export const VERSIONS = join(UPDATES_FIXTURE, 'versions');
export const SLUG = 'nara-summit';

/** The steps of the fixture story: each version's file and the command's extra arguments. */
export const STEPS = {
	writeThrough: ['v2-write-through.txt', '--time', '2026-01-13T10:05+09:00'],
	addedRemoved: ['v3-added-removed.json'],
	correction: ['v4-correction.json'],
	kill: ['v5-kill.json'],
} as const;

/** A fresh content folder holding the fixture's first version (links followed: files of its own). */
export function freshContent(into: string): string {
	mkdirSync(into, { recursive: true });
	cpSync(join(UPDATES_FIXTURE, 'content'), into, { recursive: true, dereference: true });
	return into;
}

type Data = Record<string, unknown>;
const isOpen = (value: unknown) => typeof value === 'string' && value.startsWith('TODO');
const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

export const readDraft = (file: string): { data: Data; body: string } => {
	const contents = readFileSync(file, 'utf8');
	return { data: load(extractFrontmatter(contents)?.text ?? '', { schema: CORE_SCHEMA }) as Data, body: splitExplainer(contents).body };
};

/**
 * The editor's part, done mechanically: an entry whose phrase no longer anchors, or a person or place
 * the story no longer names, is deleted (with the ids that name it); an open date is the day the note
 * says the words now mean; every open text gets a text; the zone is Tokyo's.
 */
export function finishAsEditor(file: string): void {
	const { data, body } = readDraft(file);
	const gone = { people: new Set<string>(), places: new Set<string>() };
	for (const list of ['people', 'places'] as const) {
		data[list] = (data[list] as Data[]).filter((entity) => {
			if (isOpen(entity.names)) gone[list].add(String(entity.id));
			return !isOpen(entity.names);
		});
	}
	data.dates = (data.dates as Data[])
		.filter((entry) => !isOpen(entry.phrase))
		.map((entry) => {
			const date = isOpen(entry.date) ? /reads as (\w+\.? \d+, \d{4})/.exec(String(entry.date))?.[1] : undefined;
			return {
				...entry,
				...(date ? { date: new Date(`${date} UTC`).toISOString().slice(0, 10) } : {}),
				people: ((entry.people as string[] | undefined) ?? []).filter((id) => !gone.people.has(id)),
				places: ((entry.places as string[] | undefined) ?? []).filter((id) => !gone.places.has(id)),
			};
		});
	if (Array.isArray(data.offTimeline)) data.offTimeline = (data.offTimeline as Data[]).filter((entry) => !isOpen(entry.phrase));
	const fill = (value: unknown, key = ''): unknown => {
		if (isOpen(value)) return key === 'zone' ? 'Asia/Tokyo' : `Filled in by the test editor (${key}).`;
		if (Array.isArray(value)) return value.map((item) => fill(item, key));
		if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, k)]));
		return value;
	};
	const filled = fill(data) as Data;
	const lines = ['---', ...Object.entries(filled).flatMap(([key, value]) => yamlField(key, value)), '---', ''];
	writeFileSync(file, `${lines.join('\n')}${body}\n`);
}

/** Runs `npm run update` on one step of the fixture story; returns what it printed and wrote. */
export function runStep(contentRoot: string, args: readonly string[], extra: readonly string[] = []) {
	const lines: string[] = [];
	const [file, ...rest] = args;
	const result = runUpdate([SLUG, resolve(VERSIONS, file), ...rest, ...extra], { cwd: VERSIONS, contentRoot, log: (line) => lines.push(line) });
	return { ...result, lines, draft: join(contentRoot, 'explainers', `_${SLUG}.md`) };
}

/** The draft finished and published over the published file, as the README says. */
export function publish(contentRoot: string, slug = SLUG): void {
	const draft = join(contentRoot, 'explainers', `_${slug}.md`);
	finishAsEditor(draft);
	renameSync(draft, join(contentRoot, 'explainers', `${slug}.md`));
}

/** Each paragraph link of an explainer file, as the page will have it: the id, and the words it lands on. */
export function linksOf(file: string): Map<string, string> {
	const { data, body } = readDraft(file);
	const paragraphs = storyParagraphs(body);
	const ids = paragraphIdsOf(data as { paragraphIds?: string[] }, paragraphs.length);
	const links = new Map(ids.map((id, index) => [id, paragraphs[index]]));
	for (const [id, at] of movedAnchors(data as never, ids).moved) links.set(id, links.get(at) as string);
	return links;
}

/** The copy of the story taken on to its kill, published beside the updated one under this name. */
export const WITHDRAWN = 'nara-summit-withdrawn';

/**
 * The fixture story taken through a write-through, paragraphs added and removed and a correction,
 * a copy of it on to its kill, and the site built from them into <out>/dist. Returns the paragraph
 * links readers may have shared: those of the first version and of each published update.
 */
export async function buildUpdatedSite(out: string): Promise<Map<string, string>[]> {
	rmSync(out, { recursive: true, force: true });
	const content = freshContent(join(out, 'content'));
	const file = join(content, 'explainers', `${SLUG}.md`);
	const shared = [linksOf(file)];
	for (const step of [STEPS.writeThrough, STEPS.addedRemoved, STEPS.correction]) {
		runStep(content, step);
		publish(content);
		shared.push(linksOf(file));
	}
	const killed = freshContent(join(out, 'killed'));
	for (const step of Object.values(STEPS)) {
		runStep(killed, step);
		publish(killed);
	}
	copyFileSync(join(killed, 'explainers', `${SLUG}.md`), join(content, 'explainers', `${WITHDRAWN}.md`));
	const built = await runAstroBuild({ outDir: join(out, 'dist'), content, env: { BACKSTORY_CACHE_DIR: join(out, 'cache') } });
	if (built.code !== 0) throw new Error(`the updated fixture did not build:\n${built.output}`);
	return shared;
}
