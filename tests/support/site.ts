/** Reading the built site in build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';
export const STORY_SLUG = 'japan-south-korea-summit';

export function readPage(path: string, dist = DIST): string {
	const file = path.endsWith('.html') ? path : join(path, 'index.html');
	return readFileSync(join(dist, file), 'utf8');
}

/** The address the test build was made for: the default of astro.config.ts unless SITE_URL is set. */
export const SITE = new URL(process.env.SITE_URL ?? 'https://backstory.example').href;

/** Every HTML page of a built site, as paths relative to it (`explainers/x/index.html`). */
export function htmlPages(dist = DIST): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.sort();
}

/** The file in dist/ that serves a URL of the site. */
export function distFileFor(url: string, dist = DIST): string {
	const path = decodeURIComponent(new URL(url, SITE).pathname);
	return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
