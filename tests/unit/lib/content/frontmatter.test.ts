import { describe, expect, it } from 'vitest';
import { extractFrontmatter, fieldName, lineOfField, readFrontmatter, readYamlFile } from '../../../../src/lib/content/frontmatter';

const file = `---
title: Harbor bridge
published: 2026-03-10
people:
  - id: ana-costa
    names: [Ana Costa, Costa]
    native:
      name: Ana
      lang: pt
  - id: rui-lopes
    name: Rui Lopes
dates:
- id: built
  date: 1966
---

LISBON (AP) — Text.
`;

describe('readFrontmatter', () => {
	it('keeps dates as the text the editor typed, so impossible days can be refused', () => {
		const read = readFrontmatter('---\npublished: 2026-02-30\nupdated: 2026-03-02\nyear: 1966\n---\nText\n');
		expect(read).toEqual({ data: { published: '2026-02-30', updated: '2026-03-02', year: 1966 } });
	});

	it('reads a file without frontmatter as no fields', () => {
		expect(readFrontmatter('Just a story.\n')).toEqual({ data: {} });
	});

	it('blames the field where an unclosed quote starts, not the end of the frontmatter', () => {
		const read = readFrontmatter('---\nsource: AP\ntitle: "Harbor\n  more: [x\ndescription: text\n---\nText\n');
		expect(read).toMatchObject({ problem: { field: 'title', line: 3 } });
		expect('problem' in read && read.problem.message).toMatch(/not valid YAML \(line 3\).*double quoted scalar/);
	});

	it('names the field written twice', () => {
		const read = readFrontmatter('---\ntitle: A\nsource: AP\ntitle: B\n---\n');
		expect(read).toMatchObject({ problem: { field: 'title', line: 4 } });
	});
});

describe('readFrontmatter and readYamlFile: YAML aliases', () => {
	it('refuses a list that holds itself through an alias, naming the field, instead of overflowing the stack', () => {
		// Found by tests/unit/hostile-input.test.ts: `name: &x [*x]` made every check that walks the data recurse for ever.
		const read = readYamlFile('name: &x [*x]\ncountry: Japan\n');
		expect(read).toEqual({ problem: { field: 'name[0]', line: 1, message: expect.stringMatching(/^repeats a list or mapping through a YAML alias/) } });
	});

	it('refuses aliases nested to repeat a value billions of times, which no check could walk', () => {
		const levels = Array.from({ length: 10 }, (_, n) => `l${n + 1}: &l${n + 1} [${Array(10).fill(n === 0 ? '"x"' : `*l${n}`).join(', ')}]`);
		const read = readFrontmatter(`---\ntitle: T\n${levels.join('\n')}\n---\nStory.\n`);
		expect(read).toEqual({ problem: { field: 'l2[0]', line: 4, message: expect.stringMatching(/YAML alias/) } });
	});

	it('still reads a scalar repeated through an alias (a copy, not a reference) and ordinary lists', () => {
		expect(readYamlFile('name: &n Nara\nother: *n\nlist: [a, b]\n')).toEqual({ data: { name: 'Nara', other: 'Nara', list: ['a', 'b'] } });
	});
});

describe('extractFrontmatter', () => {
	it('counts the lines before the frontmatter, as Astro finds it', () => {
		expect(extractFrontmatter('\n\n---\na: 1\n---\n')).toEqual({ text: '\na: 1\n', lineOffset: 2 });
		expect(extractFrontmatter('no frontmatter')).toBeUndefined();
	});
});

describe('fieldName', () => {
	it('writes a path the way an editor reads it', () => {
		expect(fieldName(['dates', 3, 'phrase'])).toBe('dates[3].phrase');
		expect(fieldName(['places', 0, 'coordinates', 1])).toBe('places[0].coordinates[1]');
		expect(fieldName(['title'])).toBe('title');
	});
});

describe('lineOfField', () => {
	const frontmatter = extractFrontmatter(file)!;
	it.each([
		[['title'], 2],
		[['published'], 3],
		[['people', 0, 'id'], 5],
		[['people', 0, 'names', 1], 6],
		[['people', 0, 'native', 'lang'], 9],
		[['people', 1, 'name'], 11],
		[['dates', 0, 'date'], 14],
		// A field that is not there: the line of its nearest parent.
		[['people', 1, 'role'], 10],
	] as const)('finds %j on line %i', (path, line) => {
		expect(lineOfField(frontmatter, path)).toBe(line);
	});

	it('gives no line for a missing top-level field', () => {
		expect(lineOfField(frontmatter, ['description'])).toBeUndefined();
	});
});
