/**
 * What an explainer's page shows, worked out from its entry: the timeline, the who's-who and places
 * cards, the locator map, whether the wire's summary is printed, the link-preview image and the
 * JSON-LD. The page (src/pages/explainers/[slug].astro) only renders it, as entity-pages.ts does for
 * people and places.
 */
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, explainerCard } from '../cards/card';
import { formatApDate } from '../dates/calendar';
import { personCards, placeCards } from '../entities/cards';
import { absoluteUrl } from '../head/tags';
import { explainerJsonLd } from '../head/jsonld';
import { firstParagraphText, summaryRepeatsLede } from '../story/lede';
import { buildLocatorMap } from '../map';
import { openFieldsOf } from '../content/open-fields';
import { storyQuotes } from '../story/rendered';
import { explainerCardPath, explainerChangesPath } from '../paths';
import { buildTimeline } from '../dates/timeline';
import { isoOfUpdate } from '../versions/update-time';
import { correctionsOf, hasChangeView, latestChangeLines, latestUpdate, updatesNewestFirst } from '../versions/updates';
import type { ExplainerData } from '../../schemas/explainer';

interface ExplainerPageEntry {
	id: string;
	data: ExplainerData;
	rendered?: { html?: string };
}

export function explainerPage(entry: ExplainerPageEntry, { site, siteName, pathname }: { site: URL; siteName: string; pathname: string }) {
	const { data } = entry;
	const html = entry.rendered?.html ?? '';
	// Each entry quotes the story as the reader sees it (curly quotes and all), not the frontmatter's phrase.
	const quotes = storyQuotes(html);
	const built = buildTimeline(data);
	const timeline = { ...built, items: built.items.map((item) => ({ ...item, phrase: quotes.get(item.id) ?? item.phrase })) };
	const places = placeCards(data);
	const image = {
		src: explainerCardPath(entry.id),
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		alt: cardAlt(explainerCard(data, siteName)),
	};
	return {
		timeline,
		people: personCards(data),
		places,
		// The wire's summary is often the lede itself: then it serves the metadata and the feed only.
		standfirst: !summaryRepeatsLede(data.description, firstParagraphText(html)),
		map: places.length > 0 ? buildLocatorMap(data.places) : undefined,
		rolesAsOf: formatApDate(data.published),
		/** A draft's fields still to fill (the banner of `npm run dev`); none on a published explainer. */
		open: openFieldsOf(data),
		/** A draft of a later version: what it changed in the story, for the same banner. */
		changed: latestChangeLines(data.updates, data.paragraphIds),
		image,
		article: { published: data.published, modified: isoOfUpdate(data.modified), section: data.section, tags: data.tags },
		/** "Updated Jan. 13, 2026, 10:05 a.m. JST" under the byline; the corrections above the story; the log. */
		updated: latestUpdate(data.updates),
		corrections: correctionsOf(data.updates),
		updates: updatesNewestFirst(data.updates),
		changesPath: hasChangeView(data.updates) ? explainerChangesPath(entry.id) : undefined,
		jsonLd: explainerJsonLd(data, { url: absoluteUrl(pathname, site), image: { ...image, url: absoluteUrl(image.src, site) } }, { name: siteName, url: site.href }),
	};
}
