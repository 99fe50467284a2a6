/**
 * Where the build keeps what is slow to make and never changes for the same input (card images,
 * locator maps), named by a hash of everything that shapes it: a warm rebuild reads them back instead
 * of drawing them again. `$BACKSTORY_BUILD_CACHE` moves the folder (the benchmark gives each archive
 * size its own, and empties it for a cold build); by default it sits in node_modules/.cache.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function cacheFolder(name: string): string {
	return join(process.env.BACKSTORY_BUILD_CACHE ?? join(process.cwd(), 'node_modules/.cache'), `backstory-${name}`);
}

/** A cached file's contents, or undefined when there is none yet. */
export function readCached(folder: string, file: string): Buffer | undefined {
	try {
		return readFileSync(join(folder, file));
	} catch {
		return undefined;
	}
}

/** Keeps a file for the next build; a cache that cannot be written only costs the next build time. */
export function writeCached(folder: string, file: string, contents: string | Uint8Array): void {
	try {
		mkdirSync(folder, { recursive: true });
		// Write then rename, so a build running beside this one never reads half a file.
		const partial = join(folder, `${file}.${process.pid}.tmp`);
		writeFileSync(partial, contents);
		renameSync(partial, join(folder, file));
	} catch {
		// A read-only node_modules, say: nothing to do.
	}
}
