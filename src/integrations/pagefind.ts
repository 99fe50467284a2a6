/**
 * Builds the Pagefind search index as the last step of `astro build`, into `<outDir>/pagefind/`.
 * Only pages that mark their content with `data-pagefind-body` are indexed (BaseLayout does so for
 * explainers and page 1 of each person and place), so the home list, later pages of lists, search
 * and 404 stay out of the results.
 * Pagefind runs its bundled binary from node_modules; nothing is fetched.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../lib/security';

/**
 * The only pages that can be found (those whose BaseLayout has a `searchKind`): explainers, and page 1
 * of each person and place. Pagefind would read every other page too (later pages of lists, the home
 * list, search, 404), only to find no `data-pagefind-body` in it: at 1,000 synthetic explainers, 444
 * of the 2,952 pages.
 * tests/browser/search-index.test.ts holds the results to those of an index of every page.
 */
export const SEARCHABLE_PAGES = '{explainers,people,places}/*/index.html';

export default function pagefind(): AstroIntegration {
	return {
		name: 'backstory:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
					if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${site}/${SEARCH_INDEX_FOLDER}` });
					if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${added.page_count} pages for search.`);
				} finally {
					await close();
				}
			},
		},
	};
}
