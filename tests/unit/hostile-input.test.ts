/**
 * Hostile and careless input, generated (fast-check, seeded): plain text, ninjs JSON and frontmatter
 * fed to `npm run new` (src/authoring/cli.ts runNew, in-process), to the checks `npm run check` and the
 * loaders share (src/lib/content/check.ts, folder.ts), and, a few times, to both commands as the editor
 * runs them. Whatever comes in:
 * - no stack trace: a refusal is an InputError (the message the editor reads), a content file's
 *   problems come back as problems, never as an exception; the commands print no `at file:line`;
 * - no partial write: a refused input leaves the content folder exactly as it was, and an accepted one
 *   only adds files, never changes one (the same input again is refused: its draft exists);
 * - no live markup: the draft's story renders through the site's Markdown pipeline as paragraphs of
 *   text, and an explainer the checks accept renders no script, event attribute or script URL;
 * - no finished file from doubtful input: the explainer is always a draft (`_<slug>.md`), and an
 *   entity file written finished (`<id>.yaml`, no `_`) holds no open field and passes every check.
 * A failure prints fast-check's seed and the shrunk input: add it as a plain regression test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNew } from '../../src/authoring/cli';
import { InputError } from '../../src/authoring/wire-story';
import { checkEntity, checkExplainer } from '../../src/lib/content/check';
import { entityFileReader, readEntityFacts } from '../../src/lib/content/folder';
import { extractFrontmatter } from '../../src/lib/content/frontmatter';
import { findOpenFields } from '../../src/lib/content/open-fields';
import { withMentions } from '../../src/lib/story/mentions';
import { withParagraphs } from '../../src/lib/story/check';
import rehypeDeepLinks from '../../src/markdown/rehype-deep-links';
import rehypeExternalLinks from '../../src/markdown/rehype-external-links';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids';
import rehypeSlug from 'rehype-slug';
import { CORE_SCHEMA, load } from 'js-yaml';
import { renderStory } from '../support/markdown';

const project = fileURLToPath(new URL('../../', import.meta.url));
// Seeded, so every run tries the same inputs; BACKSTORY_SEED=<n> tries others (and a failure names its seed).
const SEED = Number(process.env.BACKSTORY_SEED ?? 19);

// ---------------------------------------------------------------------------------------------
// What is generated

/** Markup, Markdown, YAML and text-direction tricks, line endings, control characters. */
const HOSTILE = [
	'<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '[x](javascript:alert(1))',
	'<javascript:alert(1)>', '<svg onload=alert(1)>', '<iframe src=//x></iframe>', '<style>*{}</style>', '&lt;script&gt;',
	'&#106;avascript:alert(1)', '<!-- x -->', '`code`', '*em*', '__b__', '# ', '> ', '- ', '1. ', '---', '===', '\\', '"', "'",
	'’', '“', ':', ': ', '#', '{', '}', '[', ']', '|', '~~', '\u202E', '\u200B', '\u00AD', '\uFEFF', '\u2028', '\r\n', '\r', '\t',
	'TODO', '"TODO: x"', '${x}', '{{x}}', '!!js/function', '&', '*a', '&a', '? ', '%', '@', 'é',
	'日本', '😀', 'e\u0301', '\n', '\n\n',
];
/** Characters no story holds: a story with one is refused, so they are drawn rarely (the rest is drafted). */
const REFUSED = ['\u0000', '\u0007', '\u001B', '\uFFFD', '\u0085'];
/** Words the finders act on: titles and names, places, date phrases, a dateline. */
const STORY_WORDS = [
	'Prime Minister Sanae Takaichi', 'President Lee Jae Myung', 'Xi', 'Lee', 'Nara', 'Tokyo', 'Paris', 'Georgia', 'the Washington-based',
	'Coca-Cola', 'on Tuesday', 'last week', 'Jan. 14', 'in 1965', 'Ten years later', 'the day before', 'this fall', 'TOKYO (AP) —',
	'said', 'will visit', 'Mr.', 'U.S.', 'St. Louis', 'the 1990s', 'fiscal 2012', 'Sen. Maria Soto', 'Center for Immigration Studies',
	'the', 'and', 'met', 'in', 'of',
];

const word = fc.oneof(
	{ weight: 30, arbitrary: fc.constantFrom(...STORY_WORDS) },
	{ weight: 20, arbitrary: fc.constantFrom(...HOSTILE) },
	{ weight: 8, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) },
	{ weight: 1, arbitrary: fc.constantFrom(...REFUSED) },
);
const sentence = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => `${sentences.join('. ')}.`);

/** A story laid out roughly as the wire sends it (so that most reach the finders), hostile words inside. */
const plainStory = fc
	.record({
		summary: fc.option(sentence, { nil: undefined }),
		headline: sentence,
		paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
		newline: fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r'),
	})
	.map(({ summary, headline, paragraphs, newline }) => [...(summary === undefined ? [] : [`${summary}.`]), headline, ...paragraphs].join(newline) + newline);

const personTags = fc.array(fc.record({ name: fc.oneof(sentence, fc.constantFrom('Sanae Takaichi', 'Lee Jae Myung'), fc.integer()) }), { maxLength: 3 });
const placeTags = (geometry: string) =>
	fc.array(
		fc.record({
			name: fc.oneof(sentence, fc.constantFrom('Nara', 'Tokyo', 'Paris')),
			[geometry]: fc.record({ type: fc.constantFrom('Point', 'Polygon'), coordinates: fc.tuple(fc.oneof(fc.double(), fc.integer({ min: -400, max: 400 })), fc.oneof(fc.double(), fc.integer({ min: -400, max: 400 }))) }),
		}),
		{ maxLength: 3 },
	);

/** ninjs 1.x, 2.x or 3.x (fields of each may mix), right, wrong or missing, texts hostile. */
const ninjs = fc
	.record(
		{
			headlines: fc.array(fc.record({ role: fc.constantFrom('main', 'sub'), value: fc.oneof(sentence, fc.integer()) }), { maxLength: 2 }),
			people: personTags,
			places: placeTags('geoJSON'),
			versionCreated: fc.oneof(fc.constant('2026-01-12T09:00:00+09:00'), sentence),
			headline: fc.oneof(sentence, fc.integer(), fc.constant(null)),
			body_html: fc.array(fc.oneof(paragraph.map((text) => `<p>${text}</p>`), paragraph, fc.constantFrom('<div><script>x()</script></div>', '<p><b>on Tuesday</b></p>', '<p>'.repeat(50))), { maxLength: 4 }).map((parts) => parts.join('')),
			body_text: paragraph,
			bodies: fc.array(fc.record({ role: fc.constantFrom('main', 'x'), contenttype: fc.constantFrom('text/plain', 'text/html'), value: paragraph })),
			versioncreated: fc.oneof(fc.constant('2026-01-12T09:00:00Z'), fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), sentence, fc.integer()),
			located: sentence,
			person: personTags,
			place: placeTags('geometry_geojson'),
		},
		{ requiredKeys: [] },
	)
	.map((item) => JSON.stringify(item));

/** The file's bytes: UTF-8 mostly, sometimes UTF-16, Latin-1, or bytes at random. */
const storyBytes = fc.oneof(
	{ weight: 6, arbitrary: plainStory.map((text) => Buffer.from(text, 'utf8')) },
	{ weight: 3, arbitrary: ninjs.map((text) => Buffer.from(text, 'utf8')) },
	{ weight: 1, arbitrary: plainStory.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])) },
	{ weight: 1, arbitrary: plainStory.map((text) => Buffer.from(text, 'latin1')) },
	{ weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map((text) => Buffer.from(text, 'utf8')) },
);

/** Arguments beside the file: a good or bad --published, sometimes a --slug, sometimes nonsense. */
const extraArgs = fc.oneof(
	{ weight: 5, arbitrary: fc.constant(['--published', '2026-01-12']) },
	{ weight: 1, arbitrary: fc.constant([]) },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('--published', '--slug', '--nope'), fc.oneof(sentence, fc.constantFrom('2026-02-30', '2026-1-5', '../../etc', 'a'.repeat(300), 'ok-slug'))).map((pair) => ['--published', '2026-01-12', ...pair]) },
);

// ---------------------------------------------------------------------------------------------
// What is checked

/** Every file under a folder, with its contents: the folder before and after a run. */
function snapshot(folder: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
		const path = join(folder, name);
		if (statSync(path).isFile()) files.set(name, readFileSync(path, 'utf8'));
	}
	return files;
}

/** Elements, attributes and URLs that would run in a reader's browser. */
function liveMarkup(html: string): string[] {
	const $ = cheerio.load(html, null, false);
	const found: string[] = [];
	$('*').each((_, element) => {
		const name = String($(element).prop('tagName')).toLowerCase();
		if (/^(script|iframe|object|embed|style|svg|math|form|base|meta|link|frame|frameset)$/.test(name)) found.push(`<${name}>`);
		for (const [attribute, value] of Object.entries($(element).attr() ?? {})) {
			if (/^on/i.test(attribute)) found.push(`${name}[${attribute}]`);
			// Browsers ignore whitespace and control characters inside a URL's scheme.
			if (/^(href|src|action|formaction|xlink:href|srcset|data)$/i.test(attribute) && /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}[${attribute}=${value}]`);
		}
	});
	return found;
}

const STACK_LINE = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;

/** The content folder runs draft into: a copy of the site's own (known people and places to meet). */
let content: string;
let inputs: string;
beforeAll(() => {
	const base = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
	content = join(base, 'content');
	inputs = join(base, 'inputs');
	cpSync(join(project, 'content'), content, { recursive: true });
	mkdirSync(inputs);
});
afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

interface DraftOutcome {
	refused?: string;
	written: string[];
}

/**
 * Runs `npm run new` in-process on the bytes; checks the folder is untouched on refusal and only added
 * to otherwise; removes what it wrote, so the next run meets the same folder.
 */
function draft(bytes: Buffer, args: readonly string[]): DraftOutcome {
	const file = join(inputs, 'story.txt');
	writeFileSync(file, bytes);
	const before = snapshot(content);
	let outcome: DraftOutcome;
	try {
		const { written } = runNew(['story.txt', ...args], { cwd: inputs, contentRoot: content, log: () => {} });
		outcome = { written };
	} catch (error) {
		// Anything but an InputError is "a fault in the tool" for the editor: a failure here.
		if (!(error instanceof InputError)) throw error;
		expect(error.message).not.toMatch(STACK_LINE);
		outcome = { refused: error.message, written: [] };
	}
	const after = snapshot(content);
	const added = [...after.keys()].filter((name) => !before.has(name));
	expect([...before].filter(([name, contents]) => after.get(name) !== contents).map(([name]) => name), 'files changed or removed').toEqual([]);
	expect(added.sort(), outcome.refused ? `written although refused: ${outcome.refused}` : 'written but not reported').toEqual(outcome.written.map((path) => relative(content, path)).sort());
	return outcome;
}

async function checkDraftFiles(written: string[]) {
	for (const path of written) {
		const name = relative(content, path);
		const contents = readFileSync(path, 'utf8');
		try {
			if (name.startsWith('explainers/')) {
				expect(name, 'the explainer is written as a draft').toMatch(/^explainers\/_[a-z0-9-]+\.md$/);
				const frontmatter = extractFrontmatter(contents);
				expect(frontmatter, 'the draft has frontmatter').toBeDefined();
				const data = load(frontmatter?.text ?? '', { schema: CORE_SCHEMA });
				expect(data).toBeTypeOf('object');
				// The build's checks on the draft (as `npm run check` makes them) answer; they do not throw.
				const checked = checkExplainer(contents, readEntityFacts(content).facts, entityFileReader(content), { draft: true });
				expect(checked.problems.every((problem) => typeof problem.message === 'string')).toBe(true);
				// The story renders as its paragraphs of text, one for one, and nothing else (but each
				// paragraph's own empty link to itself, rehype-deep-links').
				const html = await renderStory(checked.body, {}, [rehypeSlug, rehypeParagraphIds, rehypeDeepLinks, rehypeExternalLinks]);
				const $ = cheerio.load(html, null, false);
				const tagOf = (element: Parameters<typeof $>[0]) => String($(element).prop('tagName')).toLowerCase();
				const other = $('*').toArray().filter((element) => tagOf(element) !== 'p' && !(tagOf(element) === 'a' && /^#p-\d+$/.test($(element).attr('href') ?? '') && $(element).text() === ''));
				expect(other.map((element) => $.html(element)), 'elements other than paragraphs').toEqual([]);
				expect($('p').length, 'one paragraph for each of the story').toBe(checked.body.split('\n\n').length);
				expect(liveMarkup(html)).toEqual([]);
			} else {
				const list = name.startsWith('people/') ? 'people' : 'places';
				const finished = !/\/_[^/]+$/.test(name);
				const checked = checkEntity(list, contents, { draft: !finished });
				if (finished) {
					expect(findOpenFields(load(contents, { schema: CORE_SCHEMA })), 'a finished file holds no TODO').toEqual([]);
					expect(checked.problems, 'a finished file passes the checks').toEqual([]);
				}
			}
		} catch (error) {
			throw new Error(`${name}:\n${contents}\n${(error as Error).message}`);
		}
	}
}

const cleanUp = (written: string[]) => {
	for (const path of written) rmSync(path, { force: true });
};

// ---------------------------------------------------------------------------------------------

describe('npm run new on hostile input (generated)', () => {
	it('refuses with a message and writes nothing, or writes a draft with no live markup and no unfounded finished file', async () => {
		await fc.assert(
			fc.asyncProperty(storyBytes, extraArgs, async (bytes, args) => {
				const { written } = draft(bytes, args);
				try {
					await checkDraftFiles(written);
					// The same story again: its draft exists and is never overwritten, so nothing is written.
					if (written.length > 0) expect(draft(bytes, args).refused).toMatch(/already exists and is never overwritten/);
				} finally {
					cleanUp(written);
				}
			}),
			{ seed: SEED, numRuns: 120 },
		);
	}, 120_000);
});

// A published explainer (the site's own) with hostile values put into its frontmatter and story.
const explainerFile = readFileSync(join(project, 'content/explainers/japan-south-korea-summit.md'), 'utf8');
const [, frontmatterText, storyText] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(explainerFile) as RegExpExecArray;
const frontmatterLines = frontmatterText.split('\n');
const storyParagraphs = storyText.trim().split('\n\n');

const yamlValue = fc.oneof(
	fc.constantFrom(...HOSTILE).map((text) => JSON.stringify(text)),
	fc.constantFrom(...HOSTILE),
	fc.constantFrom('~', 'null', '[]', '{}', '- a', '&x [*x]', '*x', '!!binary aGk=', '!!js/function "f(){}"', '1e400', '-0', '.nan', '2026-02-30', '2026-01-12T10:00:00Z', '9'.repeat(40), '"a"\n  bad: indent', '|\n  block', '>-\n  folded'),
	sentence.map((text) => JSON.stringify(text)),
);

/** One edit: a frontmatter line's value replaced, a line inserted or dropped, or the story changed. */
const edit = fc.oneof(
	fc.record({ kind: fc.constant('value' as const), line: fc.nat(frontmatterLines.length - 1), value: yamlValue }),
	fc.record({ kind: fc.constant('insert' as const), line: fc.nat(frontmatterLines.length), text: fc.oneof(yamlValue.map((value) => `extra: ${value}`), fc.constantFrom('title: twice', 'dates: []', '<<: *x', '---', '...', 'people:\n  - id: "<script>"')) }),
	fc.record({ kind: fc.constant('drop' as const), line: fc.nat(frontmatterLines.length - 1) }),
	fc.record({ kind: fc.constant('story' as const), paragraph: fc.nat(storyParagraphs.length - 1), text: fc.oneof(fc.constantFrom(...HOSTILE), sentence), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdits(edits: Edit[]): string {
	const lines = [...frontmatterLines];
	const paragraphs = [...storyParagraphs];
	for (const change of edits) {
		if (change.kind === 'value') {
			const line = lines[change.line % lines.length] ?? '';
			const colon = line.indexOf(': ');
			lines[change.line % lines.length] = colon > 0 ? `${line.slice(0, colon)}: ${change.value}` : `${line}${change.value}`;
		} else if (change.kind === 'insert') lines.splice(change.line % (lines.length + 1), 0, change.text);
		else if (change.kind === 'drop') lines.splice(change.line % lines.length, 1);
		else {
			const text = paragraphs[change.paragraph];
			const at = Math.floor(text.length * change.at);
			paragraphs[change.paragraph] = `${text.slice(0, at)}${change.text}${text.slice(at)}`;
		}
	}
	return `---\n${lines.join('\n')}\n---\n${paragraphs.join('\n\n')}\n`;
}

describe('npm run check and the loaders on hostile content (generated)', () => {
	const { facts } = readEntityFacts(join(project, 'content'));
	const entityFile = entityFileReader(join(project, 'content'));

	it('answer every edited explainer with problems or a story that renders no live markup', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
				const contents = applyEdits(edits);
				const checked = checkExplainer(contents, facts, entityFile);
				for (const problem of checked.problems) {
					expect(problem.message).toBeTypeOf('string');
					expect(problem.message).not.toMatch(STACK_LINE);
				}
				if (checked.problems.length > 0 || !checked.data) return;
				// Accepted: the page renders it as the site would, with every plugin.
				const html = await renderStory(checked.body, withMentions(withParagraphs(checked.data, checked.body), checked.body));
				expect(liveMarkup(html), contents).toEqual([]);
			}),
			{ seed: SEED, numRuns: 150 },
		);
	}, 120_000);

	it('answer every person or place file with problems or facts, never an exception', () => {
		const entity = fc.record({
			list: fc.constantFrom('people' as const, 'places' as const),
			lines: fc.array(
				fc.oneof(
					fc.tuple(fc.constantFrom('name', 'native', 'country', 'kind', 'coordinates', 'summary', 'x'), yamlValue).map(([key, value]) => `${key}: ${value}`),
					fc.constantFrom('name: Nara', 'kind: city', 'country: Japan', 'coordinates: [34.68, 135.8]', 'coordinates: [999, 999]', 'coordinates: [0, 0]', 'native: { name: 奈良, lang: ja }', 'native: { name: x, lang: "<script>" }'),
				),
				{ maxLength: 6 },
			),
			draft: fc.boolean(),
		});
		fc.assert(
			fc.property(entity, ({ list, lines, draft }) => {
				const checked = checkEntity(list, `${lines.join('\n')}\n`, { draft });
				for (const problem of checked.problems) expect(problem.message).not.toMatch(STACK_LINE);
				if (checked.problems.length === 0 && !draft && list === 'places') {
					const [lat, lon] = (checked.facts as { coordinates: [number, number] }).coordinates;
					expect(Math.abs(lat) <= 90 && Math.abs(lon) <= 180).toBe(true);
				}
			}),
			{ seed: SEED, numRuns: 300 },
		);
	});
});

describe('the commands themselves on hostile input (a few generated cases, as the editor runs them)', () => {
	const node = process.execPath;
	const run = (script: string, args: string[], env: Record<string, string> = {}) =>
		spawnSync(node, [join(project, 'scripts', script), ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, ...env, INIT_CWD: inputs }, timeout: 60_000 });

	it('npm run new: a refusal is a message and exit code 1, no stack trace, nothing written', () => {
		// Inputs the in-process test shows refused, drawn from the same generator.
		const refused = fc.sample(storyBytes.filter((bytes) => {
			try {
				return draft(bytes, ['--published', '2026-01-12']).refused !== undefined;
			} catch {
				return false;
			}
		}), { seed: SEED, numRuns: 2 });
		for (const [index, bytes] of [...refused, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])].entries()) {
			writeFileSync(join(inputs, `refused-${index}.txt`), bytes);
			const before = snapshot(content);
			const result = run('new.ts', [`refused-${index}.txt`, '--published', '2026-01-12'], { BACKSTORY_CONTENT: content });
			expect(result.status, result.stderr).toBe(1);
			expect(result.stderr).toMatch(/^npm run new: .+\nNothing was written\.\n$/s);
			expect(result.stderr).not.toMatch(STACK_LINE);
			expect(snapshot(content)).toEqual(before);
		}
	}, 120_000);

	it('npm run check: a hostile explainer is named with its problems and exit code 1, no stack trace', () => {
		const folder = mkdtempSync(join(tmpdir(), 'backstory-hostile-check-'));
		try {
			cpSync(join(project, 'content'), folder, { recursive: true });
			const samples = fc.sample(fc.array(edit, { minLength: 2, maxLength: 3 }), { seed: SEED, numRuns: 3 });
			const files = samples.map((edits, index) => {
				const file = join(folder, 'explainers', `hostile-${index}.md`);
				writeFileSync(file, applyEdits(edits));
				return file;
			});
			files.push(join(folder, 'explainers', 'binary.md'));
			writeFileSync(files.at(-1) as string, Buffer.from([0xff, 0xfe, 0, 0x3c, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74]));
			const result = run('check.ts', files);
			expect(result.stderr).not.toMatch(STACK_LINE);
			expect(result.stdout).not.toMatch(STACK_LINE);
			const accepted = files.filter((file) => !result.stderr.includes(relative(project, file)));
			// Every file the check passes, the in-process check passes too (and it renders no live markup, above).
			for (const file of accepted) expect(checkExplainer(readFileSync(file, 'utf8'), readEntityFacts(folder).facts, entityFileReader(folder)).problems).toEqual([]);
			expect(result.status).toBe(accepted.length === files.length ? 0 : 1);
			expect(accepted).not.toContain(files.at(-1));
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	}, 120_000);
});

