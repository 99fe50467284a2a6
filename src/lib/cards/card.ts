/**
 * The link-preview card's data: its size, where it lives, what it says and its alt text. Every page
 * needs these for its head, so this module imports nothing that draws; the picture is drawn from this
 * data by ./drawing (./layout, by ./renderer) and kept by ./images (the cache),
 * which only the card routes import.
 */
import { type CalendarDate, formatApDate, startTimeOf } from '../dates/calendar';
import { buildTimeline } from '../dates/timeline';
import type { ExplainerData } from '../../schemas/explainer';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Where cards live on the site. The site card stands in on pages without one of their own. */
export const SITE_CARD_PATH = '/og/site.png';

/** The explainer's own mark on its card: its timeline drawn as dots on one line. */
export interface CardTimeline {
	/** Each event's place on the line, 0 (earliest) to 1 (latest). */
	positions: number[];
	/** Events at or after this index were still scheduled when the story ran (drawn hollow). */
	scheduledFrom: number;
	startLabel: string;
	endLabel: string;
}

export interface CardData {
	siteName: string;
	kicker: string;
	headline: string;
	/** "Jan. 12, 2026 · The Associated Press" */
	byline: string;
	timeline?: CardTimeline | undefined;
}

const DAY = 86_400_000;

/**
 * Places events on a logarithmic scale of time before the last one, so a week of diplomacy and 1,300
 * years of history share one line: on a linear scale everything after 1945 would be a single dot.
 * Each date stands at its first day, the instant the page's timeline orders it by
 * (`compareCalendarDates`), so the dots run in the page's order: "this year" (2024) comes before
 * June 4, 2024, as on the page, not after it at Dec. 31. A span stands at its start, as on the page.
 */
function timelinePositions(dates: readonly { date: CalendarDate; end?: CalendarDate | undefined }[]): number[] {
	const starts = dates.map((d) => startTimeOf(d.date));
	const last = Math.max(...starts);
	const ages = starts.map((start) => (last - start) / DAY);
	const oldest = Math.log1p(Math.max(...ages, 1));
	return ages.map((age) => Number((1 - Math.log1p(age) / oldest).toFixed(4)));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An explainer's card: the page takes its alt text from it, the card route draws it. */
export function explainerCard(data: Pick<ExplainerData, 'title' | 'section' | 'source' | 'published' | 'dates'>, siteName: string): CardData {
	const timeline = buildTimeline(data);
	const first = timeline.items[0];
	const last = timeline.items.at(-1);
	return {
		siteName,
		kicker: `${data.section} · Explainer`,
		headline: data.title,
		byline: `${formatApDate(data.published)} · ${data.source}`,
		timeline:
			first && last
				? {
						positions: timelinePositions(timeline.items),
						scheduledFrom: timeline.publishedIndex,
						startLabel: capitalise(first.label),
						endLabel: last.label,
					}
				: undefined,
	};
}

export function siteCard(siteName: string, tagline: string, description: string): CardData {
	return { siteName, kicker: 'News explainers', headline: tagline, byline: description };
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** The card's alt text: what the picture shows, for readers who cannot see it. */
export function cardAlt(card: CardData): string {
	const timeline = card.timeline
		? ` A timeline of ${card.timeline.positions.length} dates runs from ${card.timeline.startLabel} to ${card.timeline.endLabel}.`
		: '';
	return `${card.siteName}: ${sentence(card.headline)} ${sentence(card.byline)}${timeline}`;
}
