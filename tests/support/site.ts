/** Reading the built site in build tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';
export const STORY_SLUG = 'japan-south-korea-summit';

export function readPage(path: string, dist = DIST): string {
	const file = path.endsWith('.html') ? path : join(path, 'index.html');
	return readFileSync(join(dist, file), 'utf8');
}

/** The site's own origin, as the build wrote it into the home page's canonical link. */
export function siteOrigin(dist = DIST): URL {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readPage('/', dist))?.[1];
	if (!canonical) throw new Error(`${dist}/index.html has no canonical link to learn the site's address from`);
	return new URL('/', canonical);
}
