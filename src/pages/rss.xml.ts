/** The RSS feed: every explainer, newest first, with its description and publication date. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_DESCRIPTION, SITE_LANG, SITE_NAME } from '../consts';
import { startOf } from '../lib/dates';
import { newestFirst } from '../lib/explainers';

export const GET: APIRoute = async ({ site }) => {
	const explainers = newestFirst(await getCollection('explainers'));
	return rss({
		title: `${SITE_NAME} explainers`,
		description: SITE_DESCRIPTION,
		site: site as URL,
		trailingSlash: true,
		customData: `<language>${SITE_LANG}</language>`,
		items: explainers.map(({ id, data }) => ({
			title: data.title,
			description: data.description,
			link: `/explainers/${id}/`,
			// RSS wants an instant; a calendar date has none, so the day's start in UTC stands for it.
			pubDate: startOf(data.published),
			categories: [data.section, ...data.tags],
			author: data.source,
		})),
	});
};
