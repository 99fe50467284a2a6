// The baseline: Astro's blog starter, rebuilt here because `npm create astro` fetches its templates
// from the web. Same shape (a glob collection, a page per post, a list, RSS, sitemap), same Astro.
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://example.com',
	integrations: [sitemap()],
});
