/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.ts). A page
 * that returns a `cacheKey` from `getStaticPaths()` is copied from the previous build, not rendered
 * again, while its key, its own code (Astro hashes the page's module graph) and the config are
 * unchanged. So a page's key must cover every piece of content it shows: its own entry, and whatever
 * it shows of other explainers (related explainers, a person's list of explainers). Give `cacheKey`
 * exactly the data the page is rendered from; anything left out would leave a stale page behind.
 * tests/build/incremental.test.ts proves that an incremental rebuild equals a clean one.
 */
import { createHash } from 'node:crypto';
// Each page's HTML is rewritten by src/middleware.ts with this module's code, which Astro does not
// count as the page's own: imported here, it is part of every keyed page's code, and a change to it
// renders the pages again.
import '../head/security';

export function cacheKey(...data: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}
