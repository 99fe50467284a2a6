/**
 * Incremental builds (experimental.incrementalBuild, src/lib/build/cache-key.ts): a rebuild copies every
 * page whose cache key is unchanged from the last build instead of rendering it. That is only safe if
 * each key covers everything its page shows, including what it shows of other explainers. So: build
 * the AP explainer and the fixture explainer, change the fixture's headline (which the AP explainer
 * lists among related explainers, and people's and places' pages list too), rebuild on the same cache,
 * and compare with a clean build of the changed content: the two must be the same, byte for byte,
 * while the rebuild really did skip pages.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/astro-build.ts';
import { AP_EXPLAINER, FIXTURE_EXPLAINER, loadExplainer } from '../support/explainers.ts';

const FIXTURE_CONTENT = 'tests/fixtures/content';

const TMP = resolve('tests/.tmp/incremental');
const CONTENT = join(TMP, 'content');
const OLD_TITLE = 'Fixture: Lee Jae Myung holds a final rally before South Korea’s snap election';
const NEW_TITLE = 'Fixture: Lee Jae Myung rallies supporters on the eve of South Korea’s snap election';

function filesIn(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => statSync(join(dir, file)).isFile())
		.sort();
}

const build = (name: string, cache: string) =>
	buildSite({
		outDir: join(TMP, name),
		content: CONTENT,
		env: { BACKSTORY_CACHE_DIR: join(TMP, cache, 'astro'), BACKSTORY_BUILD_CACHE: join(TMP, cache, 'build') },
	});

let first: BuildResult;
let rebuild: BuildResult;

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	mkdirSync(join(CONTENT, 'explainers'), { recursive: true });
	copyFileSync(AP_EXPLAINER, join(CONTENT, 'explainers', 'japan-south-korea-summit.md'));
	const fixture = readFileSync(FIXTURE_EXPLAINER, 'utf8');
	if (!fixture.includes(OLD_TITLE)) throw new Error(`${FIXTURE_EXPLAINER} no longer has the headline this test changes`);
	writeFileSync(join(CONTENT, 'explainers', 'lee-final-rally.md'), fixture);
	for (const folder of ['people', 'places']) cpSync(join(FIXTURE_CONTENT, folder), join(CONTENT, folder), { recursive: true, dereference: true });

	first = await build('first', 'kept');
	writeFileSync(join(CONTENT, 'explainers', 'lee-final-rally.md'), fixture.replace(OLD_TITLE, NEW_TITLE));
	rebuild = await build('rebuild', 'kept');
	await build('clean', 'empty');
}, 400_000);

describe('an incremental rebuild after one explainer changes', () => {
	it('renders every page on the first build, and copies unchanged ones on the rebuild', () => {
		const copied = (output: string) => output.match(/\((cached|restored)\)/g)?.length ?? 0;
		expect(copied(first.output)).toBe(0);
		// The AP explainer's card, and the pages of the people and places the fixture does not name;
		// the rest show the fixture's headline (or, like the home page, have no key and always render).
		const ids = (file: string) => {
			const { data } = loadExplainer(file);
			return [...data.people, ...data.places].map((entity) => entity.id);
		};
		const named = new Set(ids(FIXTURE_EXPLAINER));
		const untouched = ids(AP_EXPLAINER).filter((id) => !named.has(id));
		expect(untouched.length).toBeGreaterThan(0);
		expect(copied(rebuild.output)).toBe(1 + untouched.length);
	});

	it('feeds search the pages it kept from the first build, and only the rendered ones anew', () => {
		const fed = (output: string) => /Indexed (\d+) pages for search \((\d+) sent as rendered, (\d+) kept from the last build, (\d+) read back/.exec(output)?.slice(1).map(Number);
		const [pages, rendered, kept, readBack] = fed(rebuild.output) ?? [];
		expect(kept).toBeGreaterThan(0);
		expect(rendered! + kept!).toBe(pages);
		expect(readBack).toBe(0);
		expect(fed(first.output)?.[2]).toBe(0);
	});

	it('shows the new headline where the old one was', () => {
		for (const page of ['explainers/japan-south-korea-summit/index.html', 'explainers/lee-final-rally/index.html', 'index.html']) {
			const html = readFileSync(join(TMP, 'rebuild', page), 'utf8');
			expect(html, page).toContain(NEW_TITLE);
			expect(html, page).not.toContain(OLD_TITLE);
		}
	});

	it('writes the same files as a clean build of the changed content, byte for byte', () => {
		const rebuilt = join(TMP, 'rebuild');
		const clean = join(TMP, 'clean');
		const files = filesIn(clean);
		expect(files).toContain('explainers/lee-final-rally/index.html');
		expect(filesIn(rebuilt)).toEqual(files);
		const differing = files.filter((file) => !readFileSync(join(rebuilt, file)).equals(readFileSync(join(clean, file))));
		expect(differing).toEqual([]);
	});
});
