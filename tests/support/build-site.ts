/**
 * Vitest global setup: builds the site into dist/ once per test run, so the build and browser tests
 * read the same real output. Set BACKSTORY_SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
import { existsSync } from 'node:fs';
import { buildSite } from './astro-build.ts';

let built: Promise<void> | undefined;

export default async function setup() {
	if (process.env.BACKSTORY_SKIP_BUILD && existsSync('dist/index.html')) return;
	built ??= buildSite({ outDir: 'dist' }).then(() => undefined);
	await built;
}
