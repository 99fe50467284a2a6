/** The RSS feed: the newest `FEED_SIZE` explainers, newest first, with their descriptions and publication dates. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getExplainers } from '../data/explainers';
import { SITE_DESCRIPTION, SITE_LANG, SITE_NAME } from '../consts';
import { startOf } from '../lib/dates/calendar';
import { listedExplainers, newestFirst } from '../lib/explainers/collection';
import { FEED_SIZE } from '../lib/explainers/pagination';
import { isoOfUpdate } from '../lib/versions/update-time';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
	const explainers = newestFirst(listedExplainers(await getExplainers())).slice(0, FEED_SIZE);
	return rss({
		title: `${SITE_NAME} explainers`,
		description: SITE_DESCRIPTION,
		site: site as URL,
		trailingSlash: true,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/' },
		customData: `<language>${SITE_LANG}</language><atom:link href="${new URL('rss.xml', site).href}" rel="self" type="application/rss+xml"/>`,
		items: explainers.map(({ id, data }) => ({
			title: data.title,
			description: data.description,
			link: `/explainers/${id}/`,
			// RSS wants an instant; a calendar date has none, so the day's start in UTC stands for it.
			pubDate: startOf(data.published),
			categories: [data.section, ...data.tags],
			// RSS's <author> must be an e-mail address; Dublin Core's creator takes a name. RSS has no
			// modification date: Dublin Core's says when the latest update came, for readers that watch it.
			customData: `<dc:creator>${escapeXml(data.source)}</dc:creator>${data.modified !== data.published ? `<dcterms:modified>${isoOfUpdate(data.modified)}</dcterms:modified>` : ''}`,
		})),
	});
};
