/**
 * The sitemap (`@astrojs/sitemap`), with what the built pages say of themselves: a page that asks not
 * to be indexed (`<meta name="robots" content="noindex">`: a withdrawn explainer, a change page) is
 * left out, and an explainer's `lastmod` is its latest update (src/lib/head/sitemap-facts.ts). The search
 * page has nothing to index and is left out too; the 404 page the integration leaves out by itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { sitemapFacts } from '../lib/head/sitemap-facts';

export default function backstorySitemap(): AstroIntegration[] {
	let outDir: URL | undefined;
	let base = '/';
	// `https://site/explainers/x/` is dist/explainers/x/index.html (the site may live under a base path).
	const pageFile = (url: string) => {
		const path = decodeURIComponent(new URL(url).pathname).slice(base.length);
		return fileURLToPath(new URL(`${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`, outDir));
	};
	return [
		{
			name: 'backstory-sitemap-pages',
			hooks: {
				'astro:config:done': ({ config }) => {
					outDir = config.outDir;
					base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				},
			},
		},
		sitemap({
			filter: (page) => !page.endsWith('/search/'),
			serialize: (item) => {
				const file = outDir && pageFile(item.url);
				if (!file || !existsSync(file)) return item;
				const facts = sitemapFacts(readFileSync(file, 'utf8'));
				if (facts.noindex) return undefined;
				return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
			},
		}),
	];
}
