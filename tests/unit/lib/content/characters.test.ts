/**
 * Characters no text holds, in a content file an editor saved by hand (issue 19): a file saved in
 * another encoding than UTF-8 (read as UTF-8, its accented letters and quotes become U+FFFD), and
 * invisible or control characters, each named with its line and column and the field it is in.
 */
import { describe, expect, it } from 'vitest';
import { characterProblems } from '../../../../src/lib/content/characters';
import { checkEntity, checkExplainer } from '../../../../src/lib/content/check';

const file = (title: string, story: string) => `---\ntitle: ${title}\ndescription: A summary.\npeople:\n  - id: ana-costa\n    summary: The mayor.\n---\n\n${story}\n`;

describe('characterProblems', () => {
	it('says nothing of clean UTF-8 text, curly quotes, accents, CJK and joiners included, with CRLF line ends and a BOM', () => {
		expect(characterProblems(`\uFEFF${file('Łódź’s “mayor” — 奈良', 'Text with a zero-width joiner: क्‍ष.').replaceAll('\n', '\r\n')}`)).toEqual([]);
	});

	it('names a file read with lost characters once, with where the first five are and how many more', () => {
		const problems = characterProblems(file('The city\uFFFDs mayor', Array.from({ length: 7 }, () => 'It\uFFFDs late.').join('\n\n')));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ field: 'file', line: 2 });
		expect(problems[0].message).toMatch(/^is not UTF-8, .* stands at line 2, column 16; line 9, column 3; line 11, column 3; line 13, column 3; line 15, column 3, and 3 more\. Save the file as UTF-8/);
	});

	it('names a bidi control in the frontmatter by its field, line and column', () => {
		expect(characterProblems(file('Abdel Fattah el-\u202ESissi', 'Story.'))).toEqual([
			{ field: 'title', line: 2, message: expect.stringMatching(/^line 2, column 24: U\+202E, an invisible character .*: delete it$/) },
		]);
	});

	it('names a field by its top-level key, however deep the line', () => {
		expect(characterProblems(file('Title', 'Story.').replace('The mayor.', 'The\u200B mayor.'))[0]).toMatchObject({ field: 'people', line: 6 });
	});

	it('names a control character in the story as the body’s', () => {
		expect(characterProblems(file('Title', 'On Tuesday\u0007 the bridge opened.'))).toEqual([
			{ field: 'body', line: 9, message: 'line 9, column 11: the control character U+0007, which no text holds: delete it' },
		]);
	});

	it('allows a byte order mark at the start, and refuses one inside the text', () => {
		expect(characterProblems(`\uFEFF${file('Title', 'Story.')}`)).toEqual([]);
		expect(characterProblems(file('Title', 'Sto\uFEFFry.'))).toEqual([expect.objectContaining({ field: 'body', line: 9 })]);
	});

	it('reads a file without frontmatter as a story', () => {
		expect(characterProblems('Just\u202Etext')).toEqual([expect.objectContaining({ field: 'body', line: 1 })]);
	});
});

describe('the checks the build and npm run check run', () => {
	it('refuse a person’s file with a bidi control in the name, before reading its YAML', () => {
		const checked = checkEntity('people', 'name: Abdel Fattah el-\u202ESissi\ncountry: Egypt\n');
		expect(checked.problems).toEqual([expect.objectContaining({ field: 'name', line: 1, message: expect.stringContaining('U+202E') })]);
	});

	it('refuse an explainer saved in another encoding, naming the file’s problem', () => {
		const checked = checkExplainer(file('The city\uFFFDs mayor', 'Story.'), { people: new Map(), places: new Map() }, (list, id) => ({ file: `${list}/${id}.yaml` }));
		expect(checked.problems).toEqual([expect.objectContaining({ field: 'file', line: 2 })]);
	});
});
