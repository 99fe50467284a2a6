/**
 * After the build: weighs every explainer page in the output as a reader's first round trip does
 * (its HTML and what blocks its first render, gzipped: src/lib/build/first-round-trip.ts) and warns,
 * naming the explainer's file and the figure, of any over the budget (src/lib/content/limits.ts).
 * A warning, not an error: the page works, it is slower to show. Pages copied from the last build
 * are weighed too, so the warning stays until the page is lighter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_ROOT } from '../consts';
import { firstRoundTripBytes } from '../lib/build/first-round-trip';
import { firstRoundTripWarning } from '../lib/content/limits';
import { explainerPath } from '../lib/paths';

/** Pages weighed at once: gzip runs on libuv's threads, so a few in flight keep them busy. */
const IN_FLIGHT = 8;

/** The file of a same-site URL the page wrote, inside `out`; undefined for another site or a data: URL. */
function fileOf(out: string, pagePath: string, url: string): string | undefined {
	if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
	const path = decodeURIComponent(url.split(/[?#]/)[0]);
	const file = join(out, path.startsWith('/') ? path : posix.join(pagePath, path));
	const rel = relative(out, file);
	return rel.startsWith('..') || isAbsolute(rel) ? undefined : file;
}

export default function pageBudget(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'backstory-page-budget',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const pages = join(out, 'explainers');
				if (!existsSync(pages)) return;
				const slugs = readdirSync(pages, { withFileTypes: true })
					.filter((entry) => entry.isDirectory() && existsSync(join(pages, entry.name, 'index.html')))
					.map((entry) => entry.name)
					.sort();
				// The file each page comes from, as the editor named it (the page's slug is in lower case).
				const folder = resolve(root, CONTENT_ROOT, 'explainers');
				const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];
				const fileOfSlug = (slug: string) =>
					relative(root, join(folder, names.find((name) => name.slice(0, -'.md'.length).toLowerCase() === slug) ?? `${slug}.md`));

				const over: string[] = [];
				for (let start = 0; start < slugs.length; start += IN_FLIGHT) {
					const batch = slugs.slice(start, start + IN_FLIGHT);
					const weights = await Promise.all(
						batch.map((slug) => {
							const path = explainerPath(slug);
							const read = (url: string) => {
								const file = fileOf(out, path, url);
								return file && existsSync(file) ? readFileSync(file) : undefined;
							};
							return firstRoundTripBytes(readFileSync(join(pages, slug, 'index.html')), read);
						}),
					);
					batch.forEach((slug, index) => {
						const warning = firstRoundTripWarning(explainerPath(slug), weights[index]);
						if (warning) over.push(`${fileOfSlug(slug)}: ${warning}`);
					});
				}
				for (const warning of over) logger.warn(warning);
				logger.info(`weighed ${slugs.length} explainer page${slugs.length === 1 ? '' : 's'} against the first round trip; ${over.length} over`);
			},
		},
	};
}
