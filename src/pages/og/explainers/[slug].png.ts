/** Each explainer's link-preview card, drawn at build time (or read from the card cache). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE_NAME } from '../../../consts';
import { drawAhead, explainerCard, renderCard } from '../../../lib/card';
import { cacheKey } from '../../../lib/cache-key';
import { buildTimeline } from '../../../lib/timeline';

export const getStaticPaths = (async () => {
	const entries = await getCollection('explainers');
	// Drawn in worker threads while Astro renders the explainer pages, which it writes before any card.
	drawAhead(entries.map((entry) => explainerCard(entry.data, buildTimeline(entry.data), SITE_NAME)));
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: cacheKey(entry.data) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'explainers'> }> = async ({ props }) => {
	const { png } = await renderCard(explainerCard(props.entry.data, buildTimeline(props.entry.data), SITE_NAME));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
