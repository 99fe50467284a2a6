/**
 * The content folder's rules, the same in `npm run check` and the build's loaders (issue 19): no
 * sub-folders, no two names that differ only in case, no link to a file outside the repository.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderErrors, folderProblems } from '../../../../src/lib/content/folder';

let made: string[] = [];
const fresh = () => {
	const root = mkdtempSync(join(tmpdir(), 'backstory-folder-'));
	made.push(root);
	mkdirSync(join(root, 'content', 'explainers'), { recursive: true });
	return root;
};
afterEach(() => {
	for (const root of made) rmSync(root, { recursive: true, force: true });
	made = [];
});

describe('folderProblems', () => {
	it('finds nothing in a folder of plain files', () => {
		const root = fresh();
		writeFileSync(join(root, 'content/explainers/a.md'), '---\n---\n');
		writeFileSync(join(root, 'content/explainers/_b.md'), '---\n---\n');
		expect(folderProblems(join(root, 'content'), 'explainers', [root])).toEqual([]);
	});

	it('refuses a story in a sub-folder, naming it', () => {
		const root = fresh();
		mkdirSync(join(root, 'content/explainers/2026'));
		writeFileSync(join(root, 'content/explainers/2026/summit.md'), '---\n---\n');
		const [found] = folderProblems(join(root, 'content'), 'explainers', [root]);
		expect(found?.file).toBe(join(root, 'content/explainers/2026/summit.md'));
		expect(found?.problem.message).toMatch(/sub-folder.*move it there/);
	});

	it('refuses two names that differ only in case, naming both', () => {
		const root = fresh();
		writeFileSync(join(root, 'content/explainers/Foo.md'), '---\n---\n');
		writeFileSync(join(root, 'content/explainers/foo.md'), '---\n---\n');
		const problems = folderProblems(join(root, 'content'), 'explainers', [root], (path) => path.slice(root.length + 1));
		expect(problems).toHaveLength(1);
		expect(problems[0]!.problem.message).toContain('content/explainers/Foo.md');
		expect(problems[0]!.problem.message).toMatch(/differ only in case.*\/explainers\/foo\//);
	});

	it('refuses a link to a file outside the repository, and accepts one inside it', () => {
		const root = fresh();
		const outside = fresh();
		writeFileSync(join(outside, 'secret.md'), '---\n---\n');
		writeFileSync(join(root, 'inside.md'), '---\n---\n');
		symlinkSync(join(outside, 'secret.md'), join(root, 'content/explainers/leak.md'));
		symlinkSync(join(root, 'inside.md'), join(root, 'content/explainers/fine.md'));
		const problems = folderProblems(join(root, 'content'), 'explainers', [root]);
		expect(problems.map((p) => p.file)).toEqual([join(root, 'content/explainers/leak.md')]);
		expect(problems[0]!.problem.message).toMatch(/outside the repository/);
		// As the build reports it: one error per file, naming the file.
		const [error] = folderErrors(join(root, 'content'), 'explainers', [root], (path) => path.slice(root.length + 1));
		expect(error?.message).toContain('content/explainers/leak.md');
	});
});
