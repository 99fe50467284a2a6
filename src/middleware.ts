/**
 * Every page's Content-Security-Policy `<meta>` is trimmed to the hashes of the inline code the page
 * has (`trimPagePolicy`, src/lib/security.ts) as the page is rendered. An incremental build copies
 * unchanged pages from its cache as they were written, already trimmed, and touches them no more; the
 * build's last step (src/integrations/security-headers.ts) only reads their policies for `_headers`.
 *
 * Astro does not count middleware as a page's code when it decides whether a cached page is still
 * good, so the trimming itself lives in src/lib/security.ts, which src/lib/cache-key.ts imports into
 * every cached page's code. A change to this file alone needs `npm run build -- --force`.
 */
import { defineMiddleware } from 'astro:middleware';
import { trimPagePolicy } from './lib/security';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	// The dev server writes no policy (Astro adds it at build time): nothing to trim there.
	if (import.meta.env.DEV && !/<meta http-equiv="content-security-policy"/i.test(html)) return new Response(html, response);
	return new Response(trimPagePolicy(html, context.url.pathname), response);
});
