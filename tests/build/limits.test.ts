/**
 * Limits, end to end (issue 19): explainers past a limit build, and the build warns of each, naming
 * the file and the figure; `npm run check` prints the same warnings (all but the page's weight, which
 * only a build can measure). The cases are the issue's: a story of 200 paragraphs (over the first round
 * trip too), a 5,000-character title, and a paragraph pasted as the description; each a copy of
 * tests/fixtures/good's explainer, which builds beside them without a word.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, type BuildResult } from '../support/astro-build.ts';
import { runCheck } from '../support/check.ts';
import { FIRST_ROUND_TRIP_BYTES, measurePage } from '../support/page-weight.ts';

const TMP = 'tests/.tmp/limits';
const CONTENT = join(TMP, 'content');
const DIST = join(TMP, 'dist');
const GOOD = 'tests/fixtures/good';
const file = (slug: string) => `${CONTENT}/explainers/${slug}.md`;

/**
 * Paragraphs of plain words that differ from one another as a story's do (a repeated paragraph would
 * gzip to almost nothing), with no word the date finder or the names could take for theirs.
 */
function paragraphs(count: number): string[] {
	const words = (
		'the harbor bridge engineers cables steel traffic council inspectors river ferry workers repairs cracks deck tower ' +
		'crews city officials commuters drivers said found closed opened checked replaced painted measured reported ' +
		'new old heavy quiet busy long narrow northern southern main side lane toll budget plan study report vote ' +
		'residents shops cars buses trucks cyclists morning crowd noise lights signs barriers rail water wind rust bolts'
	).split(' ');
	let seed = 20_260_310;
	const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
	return Array.from({ length: count }, () => {
		const sentence = () => Array.from({ length: 12 + (next() % 10) }, () => words[next() % words.length]).join(' ');
		const text = `${sentence()}, ${sentence()}.`;
		return text[0].toUpperCase() + text.slice(1);
	});
}

const LONG_TITLE = 'Harbor bridge reopens after repairs as the city counts the cost of two months of detours, '.repeat(60).slice(0, 5_000).trim();
const PASTED_DESCRIPTION = paragraphs(6).join(' ');

let build: BuildResult;
let rebuild: BuildResult;
let check: BuildResult;

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	// Copies of the files themselves, never of links: a test writing into a copy must not write into content/.
	for (const folder of ['explainers', 'people', 'places']) cpSync(join(GOOD, folder), join(CONTENT, folder), { recursive: true, dereference: true });
	mkdirSync(join(CONTENT, 'explainers'), { recursive: true });
	const good = readFileSync(file('harbor-bridge'), 'utf8');
	writeFileSync(file('long-story'), `${good.trimEnd()}\n\n${paragraphs(198).join('\n\n')}\n`);
	writeFileSync(file('long-title'), good.replace(/^title: .*$/m, `title: "${LONG_TITLE}"`));
	writeFileSync(file('long-description'), good.replace(/^description: .*$/m, `description: "${PASTED_DESCRIPTION}"`));
	const buildIt = () => runAstroBuild({ outDir: DIST, content: CONTENT, env: { BACKSTORY_CACHE_DIR: join(TMP, 'cache') } });
	[build, check] = await Promise.all([buildIt(), runCheck([CONTENT])]);
	// Again, unchanged: the entries and pages are kept from the first build.
	rebuild = await buildIt();
}, 300_000);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** The build's warnings about one file: `<file>: <what>`, as the build's logger prints them. */
const buildWarnings = (slug: string, output = build.output) => [...output.matchAll(new RegExp(`^.*?\\[WARN\\].*?(${file(slug).replaceAll('.', '\\.')}: .*)$`, 'gm'))].map((match) => match[1]);

describe('the build, on explainers past a limit', () => {
	it('builds them: a limit warns, it does not stop the site', () => {
		expect(build.code, build.output).toBe(0);
	});

	it('warns of a 200-paragraph story, naming the file, its paragraphs and the page’s limit', () => {
		expect(buildWarnings('long-story')).toContainEqual(
			expect.stringMatching(/: body: has 200 paragraphs, more than an explainer page holds \(80\): /),
		);
	});

	it('warns that the 200-paragraph story’s page is over the first round trip, with the weight it measured', () => {
		const weight = measurePage(DIST, 'explainers/long-story/index.html').criticalGzip;
		expect(weight).toBeGreaterThan(FIRST_ROUND_TRIP_BYTES);
		expect(buildWarnings('long-story')).toContainEqual(
			expect.stringContaining(`: the page /explainers/long-story/ weighs ${weight.toLocaleString('en-US')} bytes gzipped with what blocks its first render, over the first round trip's 14,600`),
		);
	});

	it('warns of a 5,000-character title, naming the file and both figures, and still builds its page', () => {
		expect(buildWarnings('long-title')).toEqual([expect.stringMatching(/: title: is 5,000 characters, more than link previews and search results show \(110: .*\): write the headline alone/)]);
		expect(readFileSync(join(DIST, 'explainers/long-title/index.html'), 'utf8')).toContain('<title>Harbor bridge reopens');
	});

	it('warns of a paragraph pasted as the description, naming the file and both figures', () => {
		expect(buildWarnings('long-description')).toEqual([
			expect.stringMatching(new RegExp(`: description: is ${PASTED_DESCRIPTION.length.toLocaleString('en-US')} characters, more than any link preview or search result shows \\(400: `)),
		]);
	});

	it('says nothing of the explainer within every limit', () => {
		expect(buildWarnings('harbor-bridge')).toEqual([]);
		expect(build.output).toMatch(/weighed 4 explainer pages against the first round trip \(4 gzipped, the rest unchanged since the last build\); 1 over/);
	});

	it('warns again when it builds them again unchanged, from what the last build kept', () => {
		expect(rebuild.code, rebuild.output).toBe(0);
		expect(rebuild.output).toMatch(/\d+ kept from the last build/);
		// Its pages unchanged, none is gzipped again: their weights are kept from the first build.
		expect(rebuild.output).toMatch(/weighed 4 explainer pages against the first round trip \(0 gzipped, the rest unchanged since the last build\); 1 over/);
		for (const slug of ['long-story', 'long-title', 'long-description', 'harbor-bridge']) {
			expect(buildWarnings(slug, rebuild.output).sort(), slug).toEqual(buildWarnings(slug).sort());
		}
	});
});

describe('npm run check, on the same folder', () => {
	it('passes, with a warning for each limit the build warned of but the page’s weight', () => {
		expect(check.code, check.output).toBe(0);
		expect(check.output).toMatch(/^0 problems, 3 warnings\.$/m);
	});

	it('prints each of the build’s limit warnings word for word', () => {
		const limits = ['long-story', 'long-title', 'long-description'].flatMap((slug) => buildWarnings(slug)).filter((warning) => !warning.includes(': the page '));
		expect(limits).toHaveLength(3);
		for (const warning of limits) expect(check.output).toContain(`warning: ${warning}\n`);
	});
});
