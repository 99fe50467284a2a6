/** The site's link-preview card, for pages without one of their own (home, search, 404). */
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME, SITE_TAGLINE } from '../../consts';
import { siteCard } from '../../lib/cards/card';
import { renderCard } from '../../lib/cards/images';

export const GET: APIRoute = async () => {
	const { png } = await renderCard(siteCard(SITE_NAME, SITE_TAGLINE, SITE_DESCRIPTION));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
