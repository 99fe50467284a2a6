/**
 * After the build: weighs every explainer page in the output as a reader's first round trip does
 * (its HTML and what blocks its first render, gzipped: src/lib/build/first-round-trip.ts) and warns,
 * naming the explainer's file and the figure, of any over the budget (src/lib/content/limits.ts).
 * A warning, not an error: the page works, it is slower to show. Pages copied from the last build
 * are weighed too, so the warning stays until the page is lighter; a page whose HTML is byte for byte
 * one weighed before is not gzipped again (its weight is kept in Astro's cache folder by a hash of
 * the HTML, which names every fingerprinted file it loads): hashing costs a tenth of gzipping, which
 * at 1,000 explainers took some 1.4 s of a warm rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_ROOT } from '../consts';
import { firstRoundTripBytes } from '../lib/build/first-round-trip';
import { firstRoundTripWarning } from '../lib/content/limits';
import { explainerPath } from '../lib/paths';

/** Pages weighed at once: gzip runs on libuv's threads, so a few in flight keep them busy. */
const IN_FLIGHT = 8;

/** Where the weights of the last build's pages are kept, in Astro's cache folder. */
const WEIGHTS_CACHE = 'backstory-page-weights.json';

function readWeights(file: string): Map<string, number> {
	try {
		return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>));
	} catch {
		return new Map();
	}
}

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
	let weightsFile = '';
	return {
		name: 'backstory-page-budget',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				weightsFile = fileURLToPath(new URL(WEIGHTS_CACHE, config.cacheDir));
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

				const known = readWeights(weightsFile);
				const weighed = new Map<string, number>();
				let gzipped = 0;
				const over: string[] = [];
				for (let start = 0; start < slugs.length; start += IN_FLIGHT) {
					const batch = slugs.slice(start, start + IN_FLIGHT);
					const weights = await Promise.all(
						batch.map(async (slug) => {
							const path = explainerPath(slug);
							const html = readFileSync(join(pages, slug, 'index.html'));
							const key = createHash('sha256').update(html).digest('base64url');
							const weight =
								known.get(key) ??
								(gzipped++,
								await firstRoundTripBytes(html, (url) => {
									const file = fileOf(out, path, url);
									return file && existsSync(file) ? readFileSync(file) : undefined;
								}));
							weighed.set(key, weight);
							return weight;
						}),
					);
					batch.forEach((slug, index) => {
						const warning = firstRoundTripWarning(explainerPath(slug), weights[index]);
						if (warning) over.push(`${fileOfSlug(slug)}: ${warning}`);
					});
				}
				mkdirSync(dirname(weightsFile), { recursive: true });
				writeFileSync(weightsFile, JSON.stringify(Object.fromEntries(weighed)));
				for (const warning of over) logger.warn(warning);
				logger.info(
					`weighed ${slugs.length} explainer page${slugs.length === 1 ? '' : 's'} against the first round trip (${gzipped} gzipped, the rest unchanged since the last build); ${over.length} over`,
				);
			},
		},
	};
}
