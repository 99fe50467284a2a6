/**
 * Three groups of tests, run together by `npm test` or alone by name (`npm run test:unit`, ...):
 * - unit:    pure modules in src/ (dates, timeline, schema, story) through their public functions;
 * - build:   builds the real site once, then reads the files in dist/ (and a paginated test archive
 *            in tests/.tmp/archive/dist, tests/support/archive.ts);
 * - browser: the built site served on loopback, driven in Debian's Chromium by playwright-core.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// A few unit tests draw and rasterise maps or load the gazetteer: seconds, more while npm test
			// builds the site beside them. Tests check; they are not timed.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/support/build-site.ts', 'tests/support/archive.ts'],
					setupFiles: ['tests/support/privacy-guard.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/build-site.ts', 'tests/support/archive.ts', 'tests/support/browser-setup.ts'],
					// No request to another origin from any page of any browser test.
					setupFiles: ['tests/support/privacy-guard.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// One Chromium at a time: two cores are shared with the build tests.
					fileParallelism: false,
				},
			},
		],
	},
});
