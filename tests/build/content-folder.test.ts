/**
 * The content folder's rules, end to end (issue 19): a story in a sub-folder, two files whose names
 * differ only in case, and a link to a file outside the repository each stop Astro's build with a
 * message naming the file, or both files, and nothing written: no dist/ where there was none, and,
 * through `astro build` as `npm run build` runs it, an earlier dist/ left as it was. `npm run check` on
 * the folder says the same. (The rules themselves: tests/unit/lib/content/folder.test.ts.) The faults are made here, in
 * copies of tests/fixtures/good, rather than kept as fixtures: a checkout on a case-insensitive disk
 * cannot hold two names that differ only in case, and a link out of the repository points at this
 * machine.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, type BuildResult } from '../support/astro-build.ts';
import type { CaseResult } from '../support/build-cases.ts';
import { runCheck } from '../support/check.ts';
import { buildCases } from '../support/run-build-cases.ts';

const TMP = 'tests/.tmp/content-folder';
const GOOD = 'tests/fixtures/good';
const OUTSIDE = mkdtempSync(join(tmpdir(), 'backstory-outside-'));

/** A copy of the good content folder (its files, never links to them), with `fault` done to it. */
function contentFolder(name: string, fault: (explainers: string, places: string) => void): string {
	const root = join(TMP, name);
	for (const folder of ['explainers', 'people', 'places']) cpSync(join(GOOD, folder), join(root, folder), { recursive: true, dereference: true });
	fault(join(root, 'explainers'), join(root, 'places'));
	return root;
}

const story = join(GOOD, 'explainers', 'harbor-bridge.md');

/** Each case: the files its message must name, the one it is the problem of last (names sort as bytes: `L` before `l`). */
const CASES: Record<string, { make: (explainers: string, places: string) => void; names: string[] }> = {
	'sub-folder': {
		make: (explainers) => {
			mkdirSync(join(explainers, 'world'));
			cpSync(story, join(explainers, 'world', 'bridge-two.md'));
		},
		names: ['explainers/world/bridge-two.md'],
	},
	'case-twins': {
		make: (explainers) => cpSync(story, join(explainers, 'Harbor-Bridge.md')),
		names: ['explainers/Harbor-Bridge.md', 'explainers/harbor-bridge.md'],
	},
	'case-twin-places': {
		make: (_, places) => cpSync(join(places, 'lisbon.yaml'), join(places, 'Lisbon.yaml')),
		names: ['places/Lisbon.yaml', 'places/lisbon.yaml'],
	},
	'link-out': {
		make: (explainers) => {
			cpSync(story, join(OUTSIDE, 'outside.md'));
			symlinkSync(join(OUTSIDE, 'outside.md'), join(explainers, 'outside.md'));
		},
		names: ['explainers/outside.md'],
	},
};

/** Every file under a folder with a hash of its bytes, to tell whether a build touched any. */
function snapshot(folder: string): Record<string, string> {
	if (!existsSync(folder)) return {};
	return Object.fromEntries(
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort()
			.map((file) => [relative(folder, file), createHash('sha1').update(readFileSync(file)).digest('hex')]),
	);
}

const CASES_OUT = join(TMP, 'cases');
const results = new Map<string, { build: CaseResult; check: BuildResult; root: string }>();
let control: BuildResult;
let before: Record<string, string>;
let over: BuildResult;
let after: Record<string, string>;
const KEPT = join(TMP, 'kept-dist');

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	mkdirSync(CASES_OUT, { recursive: true });
	const roots = Object.fromEntries(Object.entries(CASES).map(([name, { make }]) => [name, contentFolder(name, make)]));
	// The control: the same copy with a link that stays inside the repository, which is allowed.
	const good = contentFolder('control', (explainers) => symlinkSync(resolve(story), join(explainers, 'linked.md')));
	const [built, ...checked] = await Promise.all([buildCases(CASES_OUT, Object.values(roots)), ...Object.values(roots).map((root) => runCheck([root]))]);
	Object.keys(roots).forEach((name, index) => results.set(name, { build: built[index], check: checked[index], root: roots[name] }));
	// A failed build over an earlier one, as an editor's next `npm run build` after a good one.
	const cli = (content: string) => runAstroBuild({ outDir: KEPT, content, env: { BACKSTORY_CACHE_DIR: join(TMP, 'kept-cache') } });
	control = await cli(good);
	before = snapshot(KEPT);
	over = await cli(roots['link-out']);
	after = snapshot(KEPT);
}, 300_000);

afterAll(() => {
	rmSync(TMP, { recursive: true, force: true });
	rmSync(OUTSIDE, { recursive: true, force: true });
});

describe('the cases', () => {
	it('each failed, and none wrote a dist/ (nor anything but its content cache)', () => {
		expect([...results.values()].map((result) => result.build.built)).toEqual(Object.keys(CASES).map(() => false));
		const written = readdirSync(CASES_OUT).flatMap((folder) => readdirSync(join(CASES_OUT, folder)).map((name) => name));
		expect(written.filter((name) => name !== 'cache')).toEqual([]);
	});
});

describe.each(Object.entries(CASES))('%s', (name, { names }) => {
	const result = () => results.get(name) as NonNullable<ReturnType<typeof results.get>>;

	it('stops the build with the file’s problem, naming every file involved', () => {
		const { build: built, root } = result();
		expect(built.built).toBe(false);
		expect(built.message).toMatch(new RegExp(`^${join(root, names[names.length - 1]).replaceAll('.', '\\.')} has a problem:\n {2}- file: `));
		for (const file of names) expect(built.message).toContain(join(root, file));
		expect(built.file).toBe(resolve(root, names[names.length - 1]));
	});

	it('fails npm run check on the folder with the same message', () => {
		const { build: built, check } = result();
		expect(check.code).toBe(1);
		expect(check.output).toContain(built.message);
	});
});

describe('the messages say what to do', () => {
	it('a sub-folder: move the story into explainers/', () => {
		expect(results.get('sub-folder')?.build.message).toMatch(/is in a sub-folder of \S+\/explainers\/; .*: move it there/);
	});

	it('case-only twins: both would be one page, rename one', () => {
		expect(results.get('case-twins')?.build.message).toMatch(/differ only in case: both would be the page \/explainers\/harbor-bridge\/, and one would be lost\. Rename one of them/);
	});

	it('a link out of the repository: where it points, and copy the file itself', () => {
		expect(results.get('link-out')?.build.message).toContain(`is a link to ${join(OUTSIDE, 'outside.md')}, outside the repository`);
	});
});

describe('a failed build after a good one', () => {
	it('the good one built, a link inside the repository included', () => {
		expect(control.code, control.output).toBe(0);
		expect(Object.keys(before)).toContain(join('explainers', 'linked', 'index.html'));
	});

	it('leaves the earlier dist/ exactly as it was', () => {
		expect(over.code).not.toBe(0);
		expect(over.output).toContain('outside.md has a problem:');
		expect(after).toEqual(before);
	});
});
