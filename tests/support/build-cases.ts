/**
 * Runs the real Astro build (its JavaScript API, as `astro build` does) once per content folder, one
 * after another in this one process, and prints one JSON line per folder: did it build, and if not,
 * the error's name, message and file. Starting Astro once and building many times takes about a
 * second a folder instead of four, which is what lets every broken fixture go through the build.
 * Each folder builds into its own folder under <outRoot> (left for the caller to remove: Astro may
 * still be writing its content store there after a failed build).
 *   node tests/support/build-cases.ts <outRoot> <contentFolder>...
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';

export interface CaseResult {
	content: string;
	built: boolean;
	name?: string;
	message?: string;
	file?: string;
	line?: number;
}

const [outRoot, ...folders] = process.argv.slice(2);
for (const content of folders) {
	const work = mkdtempSync(join(outRoot, 'case-'));
	process.env.BACKSTORY_CONTENT = content;
	// A fresh cache each time: no folder may pass on the strength of an earlier one's content store.
	process.env.BACKSTORY_CACHE_DIR = join(work, 'cache');
	let result: CaseResult;
	try {
		await build({ root: process.cwd(), outDir: join(work, 'dist'), logLevel: 'silent' });
		result = { content, built: true };
	} catch (error) {
		const { name, message, loc } = error as Error & { loc?: { file?: string; line?: number } };
		result = { content, built: false, name, message, file: loc?.file, line: loc?.line };
	}
	process.stdout.write(`${JSON.stringify(result)}\n`);
}
