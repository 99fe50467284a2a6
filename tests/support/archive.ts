/**
 * An archive big enough to paginate: 41 variants of the AP explainer (bench/generate.ts makes them,
 * each valid), so the home list, every country and region, and the people and cities shared by about
 * half of them run to more pages than one, the last holding one explainer. Written to and built in
 * tests/.tmp/archive/, never part of the site. Built once per test run by `buildArchive` (a Vitest
 * global setup of the build and browser tests); BACKSTORY_SKIP_BUILD=1 reuses an earlier build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SOURCE, variant, writeEntityFiles } from '../../bench/generate.ts';
import { buildSite } from './astro-build.ts';
import { builtPages, samplePages } from './pages.ts';

export const ARCHIVE_ROOT = 'tests/.tmp/archive';
export const ARCHIVE_DIST = join(ARCHIVE_ROOT, 'dist');
export const ARCHIVE_SIZE = 41;
/** bench/generate.ts shares each person's and city's id among about a tenth of this many explainers. */
const SHARING = 20;

/** Writes the archive's explainers; returns the content folder (the one holding `explainers/`). */
export function writeArchive(): string {
	const content = join(ARCHIVE_ROOT, 'content');
	rmSync(content, { recursive: true, force: true });
	mkdirSync(join(content, 'explainers'), { recursive: true });
	const source = readFileSync(SOURCE, 'utf8');
	for (let i = 0; i < ARCHIVE_SIZE; i++) {
		const { slug, markdown } = variant(source, i, SHARING);
		writeFileSync(join(content, 'explainers', `${slug}.md`), markdown);
	}
	writeEntityFiles(content, SHARING);
	return content;
}

/** The archive's list pages, every page of them: home and archive, people and places. (Its explainer, search and 404 pages are the site's own, checked on dist/.) */
export const archiveListPages = (): string[] => builtPages(ARCHIVE_DIST).filter((path) => /^\/($|archive\/|people\/|places\/)/.test(path));

/** One list page of each kind, paginated: page 1 and a later page of the home list and of a place, and a later page of a person. */
export const archiveSamples = () =>
	samplePages(ARCHIVE_DIST)
		.filter(({ type }) => ['archive', 'person, later page', 'place, later page'].includes(type))
		.concat([{ type: 'home, paginated', path: '/', shares: false }, { type: 'place, paginated', path: '/places/beijing-0/', shares: false }]);

let built: Promise<void> | undefined;

export default async function buildArchive() {
	if (process.env.BACKSTORY_SKIP_BUILD && existsSync(join(ARCHIVE_DIST, 'index.html'))) return;
	built ??= (async () => {
		const content = writeArchive();
		rmSync(ARCHIVE_DIST, { recursive: true, force: true });
		// A cache of its own: the site's build runs at the same time.
		await buildSite({ outDir: resolve(ARCHIVE_DIST), content, env: { BACKSTORY_CACHE_DIR: resolve(ARCHIVE_ROOT, 'cache') } });
	})();
	await built;
}
