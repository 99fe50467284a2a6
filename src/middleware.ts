/**
 * Every page's Content-Security-Policy `<meta>` is trimmed to the hashes of the inline code the page
 * has (`withTrimmedPolicy`, src/lib/head/security.ts) as the page is rendered. An incremental build copies
 * unchanged pages from its cache as they were written, already trimmed, and touches them no more; the
 * build's last step (src/integrations/security-headers.ts) only reads their policies for `_headers`.
 *
 * Astro does not count middleware as a page's code when it decides whether a cached page is still
 * good, so all this file does is call src/lib/head/security.ts, which src/lib/build/cache-key.ts imports into
 * every cached page's code: a change there renders the pages again. A change to this file alone
 * needs `npm run build -- --force`.
 */
import { defineMiddleware } from 'astro:middleware';
import { withTrimmedPolicy } from './lib/head/security';

export const onRequest = defineMiddleware(async (context, next) => withTrimmedPolicy(await next(), context.url.pathname));
