/**
 * Synthetic explainers for the build benchmark: N variants of the AP story's explainer, written to
 * bench/.out/content-N/explainers/ (ignored by git, never part of the published site).
 *
 * Every variant is valid against the schema and the story checks: the story's words and the names it
 * uses are kept, so every name and phrase is still found. What varies is what makes an archive an
 * archive: the slug, the title, the publication day (relative dates then resolve to other days), and
 * the ids of the people, cities and sites. Those ids are shared by about ten explainers each (a
 * person turns up in several stories), so entity pages grow with N the way they would in a newsroom;
 * countries and regions keep their ids and are shared by every explainer, the worst case for any
 * work that relates explainers to each other.
 *
 *   node bench/generate.ts 1000            writes bench/.out/content-1000/{explainers,people,places}/
 *   node bench/generate.ts 1000 --plain    writes bench/.out/plain-1000/blog/*.md for the baseline
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SOURCE = 'content/explainers/japan-south-korea-summit.md';
export const OUT = 'bench/.out';
const ENTITIES = 'content';

/** How many explainers share one person or city id, on average. */
const EXPLAINERS_PER_ENTITY = 10;
/** Places of these kinds are shared by every explainer; the rest are renamed like people. */
const SHARED_PLACE_KINDS = new Set(['country', 'region', 'island']);

const SLUG_WORDS = ['summit', 'talks', 'visit', 'ties', 'dispute', 'treaty', 'election', 'trade', 'alliance', 'accord'];
const DAY = 86_400_000;
const LATEST = Date.UTC(2026, 0, 12);

function split(source: string): { frontmatter: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${SOURCE} has no frontmatter block`);
	return { frontmatter: match[1], body: match[2] };
}

/** The ids of people and of places that are renamed per group: every person, and places of unshared kinds. */
function renamedIds(frontmatter: string): string[] {
	const ids: string[] = [];
	let list = '';
	for (const line of frontmatter.split('\n')) {
		const top = /^(\w+):/.exec(line);
		if (top) list = top[1];
		const id = /^ {2}- id: ([a-z0-9-]+)$/.exec(line);
		if (id && list === 'people') ids.push(id[1]);
		if (id && list === 'places' && !SHARED_PLACE_KINDS.has(placeKind(id[1]))) ids.push(id[1]);
	}
	return ids;
}

const placeKind = (id: string) => /^kind: (\w+)$/m.exec(readFileSync(join(ENTITIES, 'places', `${id}.yaml`), 'utf8'))?.[1] ?? '';

/**
 * The people's and places' files the variants name: each renamed person or place once per group. A
 * renamed place is moved a little over a kilometre per group (on a grid a third of a degree across at
 * most), since two files of one kind at one spot are one place filed twice, which the build refuses.
 */
export function entityFiles(n: number): { path: string; contents: string }[] {
	const groups = Math.max(1, Math.round(n / EXPLAINERS_PER_ENTITY));
	const renamed = new Set(renamedIds(split(readFileSync(SOURCE, 'utf8')).frontmatter));
	return (['people', 'places'] as const).flatMap((list) =>
		readdirSync(join(ENTITIES, list)).flatMap((file) => {
			const id = file.replace(/\.yaml$/, '');
			const contents = readFileSync(join(ENTITIES, list, file), 'utf8');
			if (!renamed.has(id)) return [{ path: join(list, file), contents }];
			return Array.from({ length: groups }, (_, group) => ({
				path: join(list, `${id}-${group}.yaml`),
				contents: contents.replace(/^coordinates: \[(.*), (.*)\]$/m, (_, lat: string, lon: string) => {
					const step = 0.0125;
					return `coordinates: [${(Number(lat) + (group % 24) * step).toFixed(4)}, ${(Number(lon) + Math.floor(group / 24) * step).toFixed(4)}]`;
				}),
			}));
		}),
	);
}

/** Writes the people's and places' files for n variants into a content folder. */
export function writeEntityFiles(root: string, n: number): void {
	for (const { path, contents } of entityFiles(n)) {
		mkdirSync(join(root, dirname(path)), { recursive: true });
		writeFileSync(join(root, path), contents);
	}
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The days a variant may be published: Mondays from mid-November to early February of the ten years
 * up to the story's own day. Only there does every relative date of the story still read as it was
 * written, as the build checks it does: "on Tuesday" the next day, "Aug. 15" and "in October" behind.
 */
const PUBLICATION_DAYS: string[] = Array.from({ length: 522 }, (_, week) => isoDay(LATEST - week * 7 * DAY)).filter((day) => {
	const [month, date] = [Number(day.slice(5, 7)), Number(day.slice(8, 10))];
	return (month === 11 && date >= 17) || month === 12 || month === 1 || (month === 2 && date <= 9);
});

export interface Variant {
	slug: string;
	markdown: string;
}

/** The i-th of n variants. Deterministic, so two runs build the same site. */
export function variant(source: string, i: number, n: number): Variant {
	const { frontmatter, body } = split(source);
	const groups = Math.max(1, Math.round(n / EXPLAINERS_PER_ENTITY));
	const group = i % groups;
	let changed = frontmatter;
	for (const id of renamedIds(frontmatter)) {
		// Whole ids only: "nara" but not "nara-history", which is a timeline id.
		changed = changed.replace(new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`, 'g'), `${id}-${group}`);
	}
	// Publication days spread over ten years, so relative dates resolve differently in each variant.
	const published = PUBLICATION_DAYS[(i * 37) % PUBLICATION_DAYS.length] as string;
	changed = changed
		.replace(/^published: .*$/m, `published: ${published}`)
		.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title} (${i + 1})"`);
	const slug = `${SLUG_WORDS[i % SLUG_WORDS.length]}-${String(i + 1).padStart(5, '0')}`;
	return { slug, markdown: `---\n${changed}\n---\n${body}` };
}

/** The same story as a plain blog post, for the baseline: title, description, date, text. */
export function plainPost(source: string, i: number): Variant {
	const { frontmatter, body } = split(source);
	const title = /^title: (".*")$/m.exec(frontmatter)?.[1] ?? '"Untitled"';
	const description = /^description: (".*")$/m.exec(frontmatter)?.[1] ?? '""';
	const published = isoDay(LATEST - ((i * 37) % 3650) * DAY);
	const slug = `post-${String(i + 1).padStart(5, '0')}`;
	return { slug, markdown: `---\ntitle: ${title}\ndescription: ${description}\npubDate: ${published}\n---\n${body}` };
}

/** Writes n variants and returns the content folder (the one that holds `explainers/` or `blog/`). */
export function generate(n: number, { plain = false } = {}): string {
	const source = readFileSync(SOURCE, 'utf8');
	const root = join(OUT, `${plain ? 'plain' : 'content'}-${n}`);
	const folder = join(root, plain ? 'blog' : 'explainers');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	for (let i = 0; i < n; i++) {
		const { slug, markdown } = plain ? plainPost(source, i) : variant(source, i, n);
		writeFileSync(join(folder, `${slug}.md`), markdown);
	}
	if (!plain) writeEntityFiles(root, n);
	return root;
}

if (import.meta.main) {
	const n = Number(process.argv[2]);
	if (!Number.isInteger(n) || n < 1) throw new Error('usage: node bench/generate.ts N [--plain]');
	console.log(generate(n, { plain: process.argv.includes('--plain') }));
}
