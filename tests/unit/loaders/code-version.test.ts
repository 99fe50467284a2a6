/**
 * A collection is loaded afresh when the code that shapes its entries changes: tried on Astro's own
 * content store (the one the build keeps between builds) and a project folder made for the test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's content store, as its content layer hands a loader its part of it (not a public export).
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { clearIfCodeChanged, contentCodeKey } from '../../../src/loaders/code-version';

const projects: string[] = [];
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'backstory-code-'));
	projects.push(root);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	return root;
}
afterAll(() => projects.forEach((root) => rmSync(root, { recursive: true, force: true })));

const code = { 'src/lib/dates/calendar.ts': 'export const rule = "nearest";', 'src/consts.ts': 'export const A = 1;', 'src/pages/index.astro': '<p>page</p>' };

describe('contentCodeKey', () => {
	it('changes with the code the loaders run, and only with it', () => {
		const key = contentCodeKey(project(code));
		expect(contentCodeKey(project(code))).toBe(key);
		expect(contentCodeKey(project({ ...code, 'src/lib/dates/calendar.ts': 'export const rule = "past";' }))).not.toBe(key);
		expect(contentCodeKey(project({ ...code, 'src/consts.ts': 'export const A = 2;' }))).not.toBe(key);
		expect(contentCodeKey(project({ ...code, 'src/lib/new-check.ts': '' }))).not.toBe(key);
		// A page is rendered by Astro's incremental build, which knows its code; the content store need not be emptied.
		expect(contentCodeKey(project({ ...code, 'src/pages/index.astro': '<p>changed</p>' }))).toBe(key);
	});
});

describe('clearIfCodeChanged', () => {
	const store = new MutableDataStore();
	const context = () => ({ store: store.scopedStore('explainers'), meta: store.metaStore('explainers') });
	const entry = { id: 'summit', data: { date: '2026-01-13' }, digest: 'abc' };

	it('empties a collection the first time, and keeps it while the code stays the same', () => {
		const root = project(code);
		expect(clearIfCodeChanged(context(), root)).toBe(true);
		context().store.set(entry);
		expect(clearIfCodeChanged(context(), root)).toBe(false);
		expect(context().store.get('summit')).toMatchObject({ data: { date: '2026-01-13' } });
	});

	it('empties it when the code changed, so every entry is derived again', () => {
		const changed = project({ ...code, 'src/lib/dates/calendar.ts': 'export const rule = "past";' });
		expect(clearIfCodeChanged(context(), changed)).toBe(true);
		expect(context().store.get('summit')).toBeUndefined();
		expect(clearIfCodeChanged(context(), changed)).toBe(false);
	});
});
