/** Each explainer's link-preview card, drawn at build time (or read from the card cache). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainers } from '../../../data/explainers';
import { SITE_NAME } from '../../../consts';
import { cacheKey } from '../../../lib/build/cache-key';
import { type CardData, explainerCard } from '../../../lib/cards/card';
import { drawAhead, renderCard } from '../../../lib/cards/images';

export const getStaticPaths = (async () => {
	const cards = (await getExplainers()).map((entry) => ({
		slug: entry.id,
		card: explainerCard(entry.data, SITE_NAME),
	}));
	// Drawn on Takumi's threads while Astro renders the explainer pages, which it writes before any card.
	drawAhead(cards.map(({ card }) => card));
	// The card is all the file shows, so it is the file's key for incremental builds.
	return cards.map(({ slug, card }) => ({ params: { slug }, props: { card }, cacheKey: cacheKey(card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardData }> = async ({ props }) => {
	const { png } = await renderCard(props.card);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
