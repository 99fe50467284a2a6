/**
 * Astro's glob loader keeps an entry whose file has not changed since the last build, and with it
 * everything our loaders derived from it then: the dates resolved, the paragraphs and mentions, the
 * checks it passed. Astro empties its content store only when the content config file, the Astro
 * config or Astro itself changes, not when the code a loader runs does. So a fix to how "Tuesday"
 * resolves, or a new check, would reach only the files edited since: a warm build would ship dates the
 * old code resolved. Each collection therefore remembers a hash of the code that shapes its entries,
 * and is emptied, to be loaded afresh, when that code changes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the loaders run, and so what shapes the entries (relative to the project root). */
export const CONTENT_CODE = ['src/lib', 'src/schemas', 'src/loaders', 'src/markdown', 'src/consts.ts', 'src/content.config.ts'];

/**
 * A hash of every file of `CONTENT_CODE` under `root`, names and contents. Worked out at every sync (a
 * few milliseconds): the dev server syncs again after an edit, and must see the code as it is now.
 */
export function contentCodeKey(root: string): string {
	const hash = createHash('sha256');
	const files = CONTENT_CODE.flatMap((path) => filesUnder(join(root, path))).sort();
	for (const file of files) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
	return hash.digest('hex');
}

function filesUnder(path: string): string[] {
	try {
		return readdirSync(path, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name));
	} catch (error) {
		// A single file (src/consts.ts), or a folder a project does not have.
		if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [path];
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

/** The parts of a loader's context this needs: its collection's store and its key-value meta store. */
interface CollectionStores {
	store: { clear(): void };
	meta: { get(key: string): string | undefined; set(key: string, value: string): void };
}

/** Empties the collection's store if the code that filled it has changed since; true if it did. */
export function clearIfCodeChanged({ store, meta }: CollectionStores, root: string): boolean {
	const key = contentCodeKey(root);
	if (meta.get('content-code') === key) return false;
	store.clear();
	meta.set('content-code', key);
	return true;
}
