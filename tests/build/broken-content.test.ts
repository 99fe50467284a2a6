/**
 * Broken content, end to end: each explainer under tests/fixtures/broken/<case>/explainers/ has one
 * fault, and the real build must refuse it with a message naming the file and the field (and Astro's
 * Location line pointing at the field's line). Every case goes through Astro's build in one process
 * (tests/support/build-cases.ts); two go through `astro build` itself, as `npm run build` runs it, one
 * of them beside the real explainers, which must not be blamed. The good site building beside the
 * fixtures is the global setup's build of content/.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, type BuildResult } from '../support/astro-build.ts';
import type { CaseResult } from '../support/build-cases.ts';
import { buildCases } from '../support/run-build-cases.ts';
import { runCheck } from '../support/check.ts';
import { DIST } from '../support/site.ts';
import { builtPages } from '../support/pages.ts';

const BROKEN = 'tests/fixtures/broken';
const GOOD = 'tests/fixtures/good';
const TMP = 'tests/.tmp/broken-content';

/**
 * Each case: the field the message must name, what it must say, and the file line Astro points at;
 * `file`, where the fault is in a person's or place's file rather than in the explainer.
 */
const CASES: Record<string, { field: string; says: RegExp; line: number; file?: string }> = {
	'missing-required-field': { field: 'title', says: /^is missing \(expected text\)$/, line: 1 },
	'malformed-yaml': { field: 'title', says: /^the frontmatter is not valid YAML \(line 2\): .*double quoted scalar/, line: 2 },
	'impossible-date': { field: 'published', says: /found "2026-02-30", which is not a calendar date/, line: 6 },
	'end-before-start': { field: 'dates[0].end', says: /^must come after the start \(1966\); found 1960$/, line: 20 },
	'duplicate-id': { field: 'dates[1].id', says: /^id "bridge-built" is used twice: dates\[0\] has it already$/, line: 23 },
	'unknown-person': { field: 'dates[1].people[0]', says: /^"ana-kosta" is not a person of this explainer/, line: 27 },
	'unknown-place': { field: 'dates[0].places[1]', says: /^"porto" is not a place of this explainer/, line: 22 },
	'open-field': { field: 'dates[1].summary', says: /^is still open \("TODO: one line on the event"\); fill it in, or keep the file a draft/, line: 26 },
	'phrase-not-in-story': { field: 'dates[1].phrase', says: /^"in February" is not in the story/, line: 24 },
	'paragraph-out-of-range': { field: 'dates[0].paragraph', says: /^names paragraph 9, but the story has 2$/, line: 19 },
	'coordinates-out-of-range': { field: 'coordinates[0]', says: /^latitude must be between -90 and 90; found 138.7223$/, line: 4, file: 'places/lisbon.yaml' },
	'swapped-coordinates': {
		field: 'coordinates',
		says: /^\[-9\.1393, 38\.7223\] lies outside Portugal, and \[38\.7223, -9\.1393\] inside it: coordinates are \[latitude, longitude\], latitude first; write \[38\.7223, -9\.1393\]$/,
		line: 4,
		file: 'places/lisbon.yaml',
	},
	'place-without-coordinates': { field: 'coordinates', says: /^is missing \(expected \[latitude, longitude\]/, line: 1, file: 'places/lisbon.yaml' },
	'empty-story': { field: 'body', says: /^the story is empty/, line: 1 },
	'name-not-in-story': { field: 'people[0].names[1]', says: /^"Anna" never occurs in the story/, line: 10 },
	'unknown-field': { field: 'author', says: /^is not a field an explainer can have here/, line: 5 },
	'unknown-nested-field': { field: 'people[0].nickname', says: /^is not a field an explainer can have here/, line: 10 },
	'raw-html': { field: 'body', says: /^raw HTML is not allowed in a story \(line 3 of the body: <b>\)/, line: 33 },
	'script-link': { field: 'body', says: /^a link to "javascript:alert\(1\)" is not allowed/, line: 33 },
	'remote-image': { field: 'body', says: /^the image "https:\/\/images\.example\.com\/bridge\.jpg" comes from another site/, line: 35 },
	// A second version of a place's facts, in an explainer: both files named.
	'conflicting-entity': {
		field: 'places[0].coordinates',
		says: /^\[41\.1579,-8\.6291\] contradicts tests\/fixtures\/broken\/conflicting-entity\/places\/lisbon\.yaml, which has \[38\.7223,-9\.1393\]\. "coordinates" is a fact of the place itself/,
		line: 14,
	},
	// One place filed twice, under two ids: both files named.
	'duplicate-place': {
		field: 'coordinates',
		says: /^is the same spot as tests\/fixtures\/broken\/duplicate-place\/places\/lisbon\.yaml, another city: one place has one file/,
		line: 4,
		file: 'places/lisbon-city.yaml',
	},
	'place-without-file': { field: 'places[1].id', says: /^"tagus" has no file tests\/fixtures\/broken\/place-without-file\/places\/tagus\.yaml/, line: 16 },
	// Saved as Windows-1252: read as UTF-8, its curly quotes and dash are lost (U+FFFD), where they are named.
	'not-utf8': { field: 'file', says: /^is not UTF-8, or lost characters before it was saved: U\+FFFD, .* stands at line 11, column 22; line 15, column 22; line 34, column 13\. Save the file as UTF-8/, line: 11 },
	// A right-to-left override inside a name: the name shows the same and is another to search.
	'bidi-control': { field: 'body', says: /^line 34, column 25: U\+202E, an invisible character .*: delete it$/, line: 34 },
	// "will hold ... on Saturday", read as the nearest Saturday, which is the one before publication.
	'tense-contradiction': {
		field: 'dates[0].tense',
		says: /^"on Saturday" is read as March 7, 2026, the nearest to publication \(March 10, 2026\), but its sentence speaks of the future .*add tense: future/,
		line: 18,
	},
};

const fileOf = (name: string) => `${BROKEN}/${name}/${CASES[name]?.file ?? `explainers/${name}.md`}`;

/** `- field: message` lines of a problem report. */
const problemLines = (message = '') =>
	[...message.matchAll(/^ {2}- ([^:]+): (.*)$/gm)].map((match) => ({ field: match[1], says: match[2] }));

let results: Map<string, CaseResult>;
let beside: BuildResult;
let malformed: BuildResult;
let check: BuildResult;
const BESIDE = join(TMP, 'beside');

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	mkdirSync(join(BESIDE, 'explainers'), { recursive: true });
	for (const folder of ['explainers', 'people', 'places']) cpSync(`content/${folder}`, join(BESIDE, folder), { recursive: true });
	cpSync(fileOf('unknown-person'), join(BESIDE, 'explainers', 'unknown-person.md'));
	for (const folder of ['people', 'places']) cpSync(`${BROKEN}/unknown-person/${folder}`, join(BESIDE, folder), { recursive: true });
	const cli = (content: string, name: string) =>
		runAstroBuild({ outDir: join(TMP, `${name}-dist`), content, env: { BACKSTORY_CACHE_DIR: join(TMP, `${name}-cache`) } });
	const [cases, besideResult, malformedResult, checkResult] = await Promise.all([
		buildCases(TMP, [...Object.keys(CASES).map((name) => `${BROKEN}/${name}`), GOOD]),
		cli(BESIDE, 'beside'),
		cli(`${BROKEN}/malformed-yaml`, 'malformed'),
		runCheck(Object.keys(CASES).map(fileOf)),
	]);
	check = checkResult;
	results = new Map(cases.map((result) => [result.content, result]));
	beside = besideResult;
	malformed = malformedResult;
}, 300_000);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('broken explainers fail the build, naming file and field', () => {
	it('every fixture folder is a case listed here, and every case has its fixture', () => {
		expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(CASES).sort());
	});

	it('the same harness builds a good explainer (so the failures are the faults’ doing)', () => {
		expect(results.get(GOOD)).toEqual({ content: GOOD, built: true });
	});

	it.each(Object.entries(CASES))('%s: names the file and %s', (name, expected) => {
		const result = results.get(`${BROKEN}/${name}`);
		expect(result?.built).toBe(false);
		expect(result?.message?.split('\n')[0]).toMatch(new RegExp(`^${fileOf(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has (a problem|\\d+ problems):$`));
		const problems = problemLines(result?.message);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((problem) => problem.field === expected.field)).toBe(true);
		expect(problems[0].says).toMatch(expected.says);
		expect(result?.file).toBe(resolve(fileOf(name)));
		expect(result?.line).toBe(expected.line);
	});
});

describe('npm run check, on the same files', () => {
	it('fails', () => {
		expect(check.code).toBe(1);
	});

	it.each(Object.keys(CASES))('%s: says what the build says, and where', (name) => {
		const result = results.get(`${BROKEN}/${name}`);
		expect(check.output).toContain(result?.message);
		expect(check.output).toContain(`Location: ${fileOf(name)}:${CASES[name]?.line}`);
	});
});

describe('astro build, as npm run build runs it', () => {
	it('fails on a broken explainer beside the real ones, blaming only the broken file', () => {
		const file = join(BESIDE, 'explainers', 'unknown-person.md');
		expect(beside.code).not.toBe(0);
		expect(beside.output).toContain(`${file} has a problem:\n  - dates[1].people[0]: "ana-kosta" is not a person of this explainer`);
		expect(beside.output).toMatch(new RegExp(`Location:\\s+${resolve(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${CASES['unknown-person']?.line}:1`));
		expect(beside.output).not.toMatch(/japan-south-korea-summit\.md has/);
		// The message and its location are all an editor needs: no stack trace of our code.
		expect(beside.output).not.toMatch(/Stack trace|^\s+at /m);
	});

	it('fails on malformed YAML, naming the file and the field', () => {
		expect(malformed.code).not.toBe(0);
		expect(malformed.output).toContain(`${fileOf('malformed-yaml')} has a problem:\n  - title: the frontmatter is not valid YAML (line 2)`);
	});

	it('builds the good site (content/) with the fixtures in the repository', () => {
		expect(builtPages(DIST)).toContain('/explainers/japan-south-korea-summit/');
	});
});
