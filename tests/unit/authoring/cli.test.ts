import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runNew, writeAll } from '../../../src/authoring/cli';
import { InputError } from '../../../src/authoring/wire-story';
import { countryNamed } from '../../../src/authoring/gazetteer';
import { checkExplainerFile, readEntityFacts } from '../../../src/lib/content/folder';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let folders: string[] = [];
const contentFolder = () => {
	const folder = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
	folders.push(folder);
	return folder;
};
afterEach(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	folders = [];
});

function run(args: string[], contentRoot = contentFolder()) {
	const lines: string[] = [];
	const result = runNew(args, { cwd: fixtures, contentRoot, log: (line) => lines.push(line) });
	return { ...result, lines, contentRoot };
}

describe('npm run new', () => {
	it('writes the draft and the entity files, and says what it found and what is left', () => {
		const { written, lines, contentRoot, open } = run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'summit']);
		expect(written[0]).toBe(join(contentRoot, 'explainers/_summit.md'));
		expect(written).toContain(join(contentRoot, 'people/sanae-takaichi.yaml'));
		// A file the tool could not complete is a draft until the editor does.
		expect(written).toContain(join(contentRoot, 'people/_xi-jinping.yaml'));
		expect(written).toContain(join(contentRoot, 'places/_horyu-temple.yaml'));
		expect(written).toContain(join(contentRoot, 'places/nara.yaml'));
		expect(lines[0]).toMatch(/^Draft: .*explainers\/_summit\.md \(not published while its name starts with _\)$/);
		expect(lines[1]).toMatch(/^Found: 17 dates, 7 people \(0 already in content\/\), 15 places/);
		expect(lines.find((line) => line.startsWith('Left for the editor'))).toBe(`Left for the editor: ${open.length} open fields (TODO):`);
		expect(open.every((field) => field.note.length > 0)).toBe(true);
		// The story comes through word for word.
		const draft = readFileSync(written[0], 'utf8');
		expect(draft.endsWith(`${readFileSync(join(fixtures, 'ap-japan-south-korea-summit.txt'), 'utf8').trim().split('\n').slice(2).join('\n\n')}\n`)).toBe(true);
	});

	it('proposes nothing the build would refuse: once the editor fills the TODOs and drops the _, every check passes', () => {
		for (const [input, published] of [
			['ap-japan-south-korea-summit.txt', '2026-01-12'],
			['authoring/forest-fund.txt', '2026-03-10'],
			// With a byline, which the schema takes.
			['ninjs/1.4-ninjsExSimpleText1.json', '2013-07-09'],
		]) {
			const { written, contentRoot } = run([input, '--published', published, '--slug', 'story']);
			// The editor's part, done mechanically: every open field filled, every draft renamed.
			let spot = 0;
			for (const file of written) {
				const contents = readFileSync(file, 'utf8');
				// A site the gazetteer lacks is placed in its country (the build checks that it lies there),
				// a step apart from the others, so that no two are one place filed twice.
				const country = countryNamed(/^country: "([^"]+)"/m.exec(contents)?.[1] ?? '');
				const near = ([lat, lon]: [number, number]) => `[${(lat + spot / 20).toFixed(2)}, ${(lon + spot++ / 20).toFixed(2)}]`;
				const filled = contents
					.replace(/^coordinates: "TODO[^\n]*/gm, () => `coordinates: ${near(country?.coordinates ?? [10, 20])}`)
					.replace(/^kind: "TODO[^\n]*/gm, 'kind: site')
					.replace(/"TODO[^"\n]*"/g, '"Filled in by the editor."');
				expect(filled).not.toContain('TODO');
				rmSync(file);
				writeFileSync(join(dirname(file), basename(file).replace(/^_/, '')), filled);
			}
			const { facts, files } = readEntityFacts(contentRoot);
			expect(files).toEqual([]);
			const explainer = join(contentRoot, 'explainers/story.md');
			const checked = checkExplainerFile(explainer, facts, contentRoot);
			expect(checked.problems).toEqual([]);
			expect(checked.warnings).toEqual([]);
		}
	});

	it('leaves a draft the build refuses to publish until its open fields are filled, naming each with its line', () => {
		const { written, contentRoot } = run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'story']);
		const published = join(contentRoot, 'explainers/story.md');
		writeFileSync(published, readFileSync(written[0], 'utf8'));
		const { facts } = readEntityFacts(contentRoot);
		const { problems } = checkExplainerFile(published, facts, contentRoot);
		expect(problems.length).toBeGreaterThan(30);
		expect(problems[0]).toMatchObject({ field: 'people[0].summary', message: expect.stringMatching(/^is still open \("TODO: one line on who Sanae Takaichi is/) });
		expect(problems.every((problem) => typeof problem.line === 'number')).toBe(true);
	});

	it('reads ninjs, taking the publication day from it', () => {
		const { draft } = run(['ninjs/2.2-005_complex_text_article.json']);
		expect(draft).toMatchObject({ published: '2013-07-09', dateline: 'GROSSETO', source: 'The Associated Press' });
		expect(draft.people.map((person) => person.name)).toContain('Francesco Schettino');
		expect(draft.places.map((place) => place.name)).toEqual(expect.arrayContaining(['Italy', 'Tuscany']));
	});

	it('writes the byline a story names, apart from its paragraphs', () => {
		const { draft, written } = run(['ninjs/1.4-ninjsExSimpleText1.json']);
		expect(draft.byline).toBe("Paulo Santalucia and Frances d'Emilio");
		expect(readFileSync(written[0], 'utf8')).toMatch(/^byline: "Paulo Santalucia and Frances d'Emilio"\nsource: "The Associated Press"$/m);
	});

	it('proposes a person or place content/ already defines under its id, and writes no file for it', () => {
		const contentRoot = contentFolder();
		mkdirSync(join(contentRoot, 'people'));
		mkdirSync(join(contentRoot, 'places'));
		writeFileSync(join(contentRoot, 'people/lee-jae-myung.yaml'), 'name: Lee Jae Myung\ncountry: South Korea\n');
		writeFileSync(join(contentRoot, 'places/nara-city.yaml'), 'name: Nara\nkind: city\ncoordinates: [34.6851, 135.8048]\n');
		const { draft, written } = run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12'], contentRoot);
		expect(draft.people.find((p) => p.name === 'Lee Jae Myung')).toMatchObject({ id: 'lee-jae-myung', known: true });
		expect(draft.places.find((p) => p.name === 'Nara')).toMatchObject({ id: 'nara-city', known: true });
		expect(written.some((path) => /(lee-jae-myung|nara-city|places\/nara)\.yaml$/.test(path))).toBe(false);
		expect(readFileSync(written[0], 'utf8')).toContain('  - id: nara-city  # already in content/places');
	});

	it('never overwrites: an existing draft, or the published file of that name, stops it; an existing entity file is kept', () => {
		const contentRoot = contentFolder();
		run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'x'], contentRoot);
		const before = readFileSync(join(contentRoot, 'explainers/_x.md'), 'utf8');
		expect(() => run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'x'], contentRoot)).toThrow(/_x\.md already exists and is never overwritten/);
		expect(readFileSync(join(contentRoot, 'explainers/_x.md'), 'utf8')).toBe(before);
		writeFileSync(join(contentRoot, 'explainers/y.md'), 'published');
		expect(() => run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'y'], contentRoot)).toThrow(/y\.md already exists/);
		// A second story naming the same people: their files (from the first) are known now, and kept.
		writeFileSync(join(contentRoot, 'people/nicolas-maduro.yaml'), 'name: Someone Else\n');
		const { kept, written } = run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'z'], contentRoot);
		expect(written).toEqual([join(contentRoot, 'explainers/_z.md')]);
		expect(kept).toEqual([]);
		expect(readFileSync(join(contentRoot, 'people/nicolas-maduro.yaml'), 'utf8')).toBe('name: Someone Else\n');
	});

	it.each([
		[[], /give one story file/],
		[['missing.txt'], /missing\.txt does not exist; expected a wire story/],
		[['ap-japan-south-korea-summit.txt'], /does not say when it was published: add --published YYYY-MM-DD/],
		[['ap-japan-south-korea-summit.txt', '--published', '2026-01'], /--published must be a calendar day written YYYY-MM-DD; found "2026-01"/],
		[['ap-japan-south-korea-summit.txt', '--published', '2026-02-30'], /--published must be a calendar day/],
		[['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'Bad Slug'], /--slug must be lower-case/],
		[['ap-japan-south-korea-summit.txt', '--bogus'], /Unknown option '--bogus'/],
		[['ninjs/3.0-ntb_text.json'], /has no body/],
	])('refuses %j with a message, writing nothing', (args, message) => {
		const contentRoot = contentFolder();
		expect(() => run(args, contentRoot)).toThrow(InputError);
		expect(() => run(args, contentRoot)).toThrow(message);
		expect(existsSync(join(contentRoot, 'explainers'))).toBe(false);
	});

	it.each([
		[['ninjs'], /^ninjs is a folder; give the story file in it, such as ninjs\/story\.txt$/],
		[['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'a'.repeat(300)], /^--slug is 300 characters; a slug is the page's address and may have at most 80/],
	])('refuses %j with a message, not a stack trace, writing nothing', (args, message) => {
		const contentRoot = contentFolder();
		expect(() => run(args, contentRoot)).toThrow(InputError);
		expect(() => run(args, contentRoot)).toThrow(message);
		expect(existsSync(join(contentRoot, 'explainers'))).toBe(false);
	});
});

describe('npm run new: input read as what it is', () => {
	const ap = readFileSync(join(fixtures, 'ap-japan-south-korea-summit.txt'), 'utf8');
	const names = (draft: { people: { name: string }[]; places: { name: string }[] }) => [draft.people.map((p) => p.name), draft.places.map((p) => p.name)];
	const inputFile = (name: string, contents: string | Uint8Array) => {
		const file = join(contentFolder(), name);
		writeFileSync(file, contents);
		return file;
	};
	const clean = run(['ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'x']);

	it('drafts a story hard-wrapped at 70 columns with CRLF line endings as it drafts the story itself', () => {
		const wrapped = ap
			.trim()
			.split('\n')
			.map((line) => line.replace(/(.{62,}?) /g, '$1\n'))
			.join('\n\n')
			.replace(/\n/g, '\r\n');
		const { draft, written } = run([inputFile('wrapped.txt', wrapped), '--published', '2026-01-12', '--slug', 'x']);
		expect(draft.paragraphs).toEqual(clean.draft.paragraphs);
		expect(names(draft)).toEqual(names(clean.draft));
		expect(written.map((file) => basename(file))).toEqual(clean.written.map((file) => basename(file)));
	});

	it('drafts a story with bidi controls inside names as the story without them, and says what it removed', () => {
		const { draft, lines } = run([inputFile('bidi.txt', ap.replace('Lee Jae Myung', 'Lee Jae\u202E Myung').replace('Takaichi', 'Taka\u2066ichi')), '--published', '2026-01-12', '--slug', 'x']);
		expect(names(draft)).toEqual(names(clean.draft));
		expect(draft.paragraphs.join('')).not.toMatch(/[\u202E\u2066]/);
		expect(lines[0]).toMatch(/^Note: removed 2 invisible characters \(bidi controls.*\) from .*bidi\.txt: U\+2066 at line 1, column 48, U\+202E at line 1, column 94; they change how text shows, not what it says\.$/);
	});

	it('says when the headline is longer than previews show, as npm run check and the build will, and drafts it all the same', () => {
		const [summary, headline, ...body] = ap.trim().split('\n');
		const long = `${headline} as leaders from both countries meet in the ancient capital of Nara`;
		const { lines, written } = run([inputFile('long.txt', [summary, long, ...body].join('\n')), '--published', '2026-01-12', '--slug', 'x']);
		expect(lines).toContain(`Note: title: is ${long.length} characters, more than link previews and search results show (110: Google's results cut a title at about 60, X's cards at 70, and the site's own card at about 160): write the headline alone, in 110 characters or fewer.`);
		expect(written.length).toBeGreaterThan(0);
		expect(clean.lines.filter((line) => line.startsWith('Note:'))).toEqual([]);
	});

	it('refuses a Windows-1252 file by name, and binary without NUL bytes, writing nothing', () => {
		const cp1252 = new Uint8Array([...ap.replace(/[^\x00-\x7f’]/g, ' ')].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
		let seed = 3;
		const binary = new Uint8Array(8192).map(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed % 255) + 1));
		for (const [file, message] of [
			[inputFile('cp1252.txt', cp1252), /is not UTF-8: .*reads like windows-1252/],
			[inputFile('image.txt', binary), /is not text/],
		] as const) {
			const contentRoot = contentFolder();
			expect(() => run([file, '--published', '2026-01-12'], contentRoot)).toThrow(message);
			expect(existsSync(join(contentRoot, 'explainers'))).toBe(false);
		}
	});

	it('drafts a ninjs item with a 30-word person tag, leaving the tag out with a note', () => {
		const item = JSON.stringify({
			headline: 'Talks resume in Nara',
			firstcreated: '2026-01-12T10:00:00+09:00',
			body_html: '<p>NARA, Japan (AP) — Prime Minister Sanae Takaichi met President Lee Jae Myung on Tuesday.</p><p>They spoke for an hour.<script>alert(1)</script></p>',
			person: [{ name: 'Someone '.repeat(30) }],
			place: [{ name: 'Nara', geometry_point: { type: 'Point', coordinates: [999, 999] } }],
		});
		const { draft, written, lines } = run([inputFile('item.json', item)]);
		expect(lines.filter((line) => line.startsWith('Note:'))).toHaveLength(2);
		expect(draft.paragraphs).toEqual(['NARA, Japan (AP) — Prime Minister Sanae Takaichi met President Lee Jae Myung on Tuesday.', 'They spoke for an hour.']);
		for (const file of written) expect(readFileSync(file, 'utf8')).not.toMatch(/alert|999/);
	});

	it('writes every file or none: a failure on the last one takes back the others', () => {
		const folder = contentFolder();
		writeFileSync(join(folder, 'taken.yaml'), 'someone else\'s');
		const files = [join(folder, 'explainers/_x.md'), join(folder, 'people/a.yaml'), join(folder, 'taken.yaml')].map((path) => ({ path, contents: 'new' }));
		expect(() => writeAll(files)).toThrow(/^could not write 3 files \(EEXIST.*\); none was written\. Check that the content folder is writable/);
		expect(readdirSync(folder)).toEqual(['taken.yaml']);
		expect(readFileSync(join(folder, 'taken.yaml'), 'utf8')).toBe("someone else's");
	});

	it('says what went wrong without a stack trace, even where the tool itself fails', () => {
		const contentRoot = contentFolder();
		writeFileSync(join(contentRoot, 'places'), 'a file where the places folder should be');
		const result = spawnSync(process.execPath, ['scripts/new.ts', join(fixtures, 'ap-japan-south-korea-summit.txt'), '--published', '2026-01-12'], {
			env: { ...process.env, BACKSTORY_CONTENT: contentRoot, BACKSTORY_DEBUG: '' },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^npm run new failed: ENOTDIR.*\nNothing was written\. This is a fault in the tool, not in your story/);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(readdirSync(contentRoot)).toEqual(['places']);
	});

	it('names the input in the draft by its file name only, escaped: no path, no line break that writes YAML', () => {
		const file = inputFile('story\nsection: Pwned.txt', ap);
		const { written } = run([file, '--published', '2026-01-12', '--slug', 'x']);
		const draft = readFileSync(written[0], 'utf8');
		expect(draft.split('\n')[1]).toBe('# Draft written by `npm run new` from "story\\nsection: Pwned.txt". Check every value; fill in every "TODO" (an open');
		expect(draft).not.toMatch(/^section:/m);
		expect(draft).not.toContain(dirname(file));
	});
});
