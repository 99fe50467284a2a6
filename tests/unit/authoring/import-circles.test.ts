/**
 * No module of src/authoring or src/lib imports itself through others (issue 22): a circle makes the
 * order modules load in matter, and says two modules hold one job. Relative imports only, read as text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function importsOf(file: string): string[] {
	const found: string[] = [];
	for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
		const base = resolve(dirname(file), spec!);
		const target = [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
		if (target) found.push(target);
	}
	return found;
}

function circles(folder: string): string[][] {
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => resolve(folder, f));
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const visit = (file: string, path: string[]) => {
		if (state.get(file) === 'done') return;
		if (state.get(file) === 'open') {
			found.push([...path.slice(path.indexOf(file)), file].map((f) => f.slice(resolve('.').length + 1)));
			return;
		}
		state.set(file, 'open');
		for (const next of importsOf(file)) visit(next, [...path, file]);
		state.set(file, 'done');
	};
	for (const file of files) visit(file, []);
	return found;
}

describe('import circles', () => {
	it.each(['src/authoring', 'src/lib'])('%s has none', (folder) => {
		expect(circles(folder)).toEqual([]);
	});

	it('finds one where there is one', () => {
		const folder = resolve('tests/.tmp/import-circle');
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'a.ts'), "import { b } from './b';\nexport const a = 1;\n");
		writeFileSync(join(folder, 'b.ts'), "import type { a } from './a';\nexport const b = 2;\n");
		writeFileSync(join(folder, 'c.ts'), "import { a } from './a';\n");
		expect(circles(folder)).toEqual([['tests/.tmp/import-circle/a.ts', 'tests/.tmp/import-circle/b.ts', 'tests/.tmp/import-circle/a.ts']]);
	});
});
