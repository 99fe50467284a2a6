import { describe, expect, it } from 'vitest';
import { ContentError, schemaProblems } from '../../../../src/lib/content/error';
import { explainerSchema } from '../../../../src/schemas/explainer';

const problemsOf = (data: Record<string, unknown>) => {
	const parsed = explainerSchema.safeParse(data);
	if (parsed.success) throw new Error('expected the schema to refuse this');
	return schemaProblems(parsed.error.issues, data);
};

describe('schemaProblems', () => {
	it('files an unknown key under its own name, not under the object holding it', () => {
		const problems = problemsOf({ author: 'Jane Doe' });
		expect(problems).toContainEqual({ path: ['author'], message: expect.stringMatching(/not a field/) });
		expect(problems.map((p) => p.path)).not.toContainEqual([]);
	});

	it('says a required field is missing', () => {
		expect(problemsOf({})).toContainEqual({ path: ['title'], message: 'is missing (expected text)' });
	});

	it('passes the schema’s own words through for a field that is there but wrong', () => {
		expect(problemsOf({ published: '2026-02-30' })).toContainEqual({
			path: ['published'],
			message: expect.stringMatching(/found "2026-02-30", which is not a calendar date/),
		});
	});
});

describe('ContentError', () => {
	it('names the file and each field, and points Astro at the content file', () => {
		const error = new ContentError('content/explainers/a.md', [
			{ field: 'title', message: 'is missing', line: 2 },
			{ field: 'body', message: 'is empty' },
		], '/site/content/explainers/a.md');
		expect(error.message).toBe('content/explainers/a.md has 2 problems:\n  - title: is missing\n  - body: is empty');
		expect(error.loc).toEqual({ file: '/site/content/explainers/a.md', line: 2, column: 1 });
	});
});
