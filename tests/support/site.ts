/** Reading the built site in build tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';
export const STORY_SLUG = 'japan-south-korea-summit';

export function readPage(path: string, dist = DIST): string {
	const file = path.endsWith('.html') ? path : join(path, 'index.html');
	return readFileSync(join(dist, file), 'utf8');
}
