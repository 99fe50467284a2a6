import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { extractFrontmatter } from '../../../../src/lib/content/frontmatter';
import { findOpenFields, openField, openFieldLines, openFieldProblems, previewOf } from '../../../../src/lib/content/open-fields';

const file = `---
title: "TODO: the headline"
published: 2026-01-12
people:
  - id: lee
    names: [Lee]
    role: President of South Korea
    summary: "TODO: one line on who he is"
dates:
  - id: tuesday
    phrase: on Tuesday
    title: TODO
    summary: Not open, though it mentions TODO later.
---
The story.
`;
const data = load(extractFrontmatter(file)?.text ?? '');
/** Whether findOpenFields takes the value itself (not something inside it) for an open field. */
const isOpen = (value: unknown) => findOpenFields(value).some((open) => open.path.length === 0);

describe('open fields', () => {
	it('writes and recognises one marker form', () => {
		expect(openField('the event in a few words')).toBe('TODO: the event in a few words');
		expect(isOpen(openField('x'))).toBe(true);
		expect(isOpen('TODO')).toBe(true);
		expect(isOpen('  TODO: x')).toBe(true);
		expect(isOpen('TODOS are fine')).toBe(false);
		expect(isOpen('A text with TODO inside')).toBe(false);
		expect(isOpen(['TODO'])).toBe(false);
	});

	it('finds every open field with its path and note, in order', () => {
		expect(findOpenFields(data)).toEqual([
			{ path: ['title'], field: 'title', note: 'the headline' },
			{ path: ['people', 0, 'summary'], field: 'people[0].summary', note: 'one line on who he is' },
			{ path: ['dates', 0, 'title'], field: 'dates[0].title', note: 'fill this in' },
		]);
	});

	it('reports each as a build problem naming the field and its line in the file', () => {
		const problems = openFieldProblems(file, data);
		expect(problems.map((p) => [p.field, p.line])).toEqual([
			['title', 2],
			['people[0].summary', 8],
			['dates[0].title', 12],
		]);
		expect(problems[0].message).toBe('is still open ("TODO: the headline"); fill it in, or keep the file a draft (its name starting with _) until it is done');
	});

	it('finds lines in a plain YAML file too (an entity file)', () => {
		const yaml = 'name: Horyu Temple\nkind: site\ncoordinates: "TODO: [latitude, longitude]"\n';
		expect(openFieldProblems(yaml, load(yaml)).map((p) => [p.field, p.line])).toEqual([['coordinates', 3]]);
	});
});

describe('previewOf', () => {
	it('keeps open texts, and leaves out what cannot be shown until it is filled in', () => {
		const draft = {
			title: 'TODO: the headline',
			people: [{ id: 'lee', native: 'TODO: { name, lang }', role: 'TODO: role' }],
			places: [
				{ id: 'nara', coordinates: [34.7, 135.8] },
				{ id: 'horyu-temple', coordinates: 'TODO: [latitude, longitude]' },
			],
			dates: [
				{ id: 'a', phrase: 'on Tuesday', date: '2026-01-13', places: ['nara', 'horyu-temple'], people: ['lee'] },
				{ id: 'b', phrase: 'long ago', date: 'TODO: YYYY' },
			],
		};
		const preview = previewOf(draft);
		expect(preview).toEqual({
			title: 'TODO: the headline',
			people: [{ id: 'lee', role: 'TODO: role' }],
			places: [{ id: 'nara', coordinates: [34.7, 135.8] }],
			dates: [{ id: 'a', phrase: 'on Tuesday', date: '2026-01-13', places: ['nara'], people: ['lee'] }],
		});
		// The file's data is not changed.
		expect(draft.places).toHaveLength(2);
	});
});

describe('openFieldLines', () => {
	it('lists each open field with its note and line, for the banner', () => {
		expect(openFieldLines(file, data)[1]).toEqual({ field: 'people[0].summary', note: 'one line on who he is', line: 8 });
	});
});
