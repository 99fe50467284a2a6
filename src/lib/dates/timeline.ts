/**
 * The timeline sidebar's data: every dated event of the story in chronological order, each with its
 * AP-style label, whether it had happened or was still scheduled when the story ran, and the gaps
 * long enough to point out. Components render this; they do no date work of their own.
 */
import {
	type CalendarDate,
	compareCalendarDates,
	describeGap,
	endTimeOf,
	formatApDate,
	formatApSpan,
	startTimeOf,
	toDatetimeAttribute,
} from './calendar';
import type { ExplainerData, TimelineDate } from '../../schemas/explainer';
import { paragraphIdOf } from '../versions/paragraph-ids';
import { timelineAnchor } from '../paths';

type TimelineStatus = 'past' | 'today' | 'scheduled';

export interface TimelineItem {
	id: string;
	/** The element id of the entry on the page, and so its fragment: `#timeline-nara-summit`. */
	anchor: string;
	date: CalendarDate;
	end: CalendarDate | undefined;
	datetime: string;
	label: string;
	title: string;
	summary: string;
	/** The story's own words for the date. */
	phrase: string;
	status: TimelineStatus;
	/** 1-based paragraph of the story that states this date, and that paragraph's element id. */
	paragraph: number;
	paragraphAnchor: string;
	/** "23 years later", shown before this entry when the gap since the one before is long. */
	gap: string | undefined;
	people: string[];
	places: string[];
}

export interface Timeline {
	items: TimelineItem[];
	/** Items before this index had happened by publication; the rest were scheduled. */
	publishedIndex: number;
	published: CalendarDate;
	publishedLabel: string;
	/** Whether the marker is the day of a later version ("Updated") rather than of publication. */
	updated: boolean;
}


function timelineStatus(date: CalendarDate, published: CalendarDate): TimelineStatus {
	if (date === published) return 'today';
	return startTimeOf(date) > startTimeOf(published) ? 'scheduled' : 'past';
}

function formatTimelineLabel(entry: Pick<TimelineDate, 'date' | 'end' | 'display'>): string {
	if (entry.display) return entry.display;
	return entry.end ? formatApSpan(entry.date, entry.end) : formatApDate(entry.date);
}

type LocatedDate = TimelineDate & { paragraph?: number };

type TimelineSource = Pick<ExplainerData, 'dates' | 'published' | 'paragraphIds'> & { asOf?: CalendarDate };

/**
 * An explainer's timeline is asked for by its page, its card image and the people and places pages
 * that list it; it is worked out once per explainer (entries are never changed once loaded).
 */
const built = new WeakMap<TimelineSource, Timeline>();

export function buildTimeline(data: TimelineSource): Timeline {
	let timeline = built.get(data);
	if (!timeline) built.set(data, (timeline = timelineOf(data)));
	return timeline;
}

function timelineOf(data: TimelineSource): Timeline {
	// Array.prototype.sort is stable: events on the same date keep the editor's order.
	const sorted = [...(data.dates as LocatedDate[])].sort((a, b) => compareCalendarDates(a.date, b.date));
	let latestEnd: { date: CalendarDate; approximate: boolean } | undefined;
	// "Now" for the timeline is the day of the version the story is: what was still to come then is scheduled.
	const now = data.asOf ?? data.published;
	const items = sorted.map((entry): TimelineItem => {
		if (entry.paragraph === undefined) {
			throw new Error(`Timeline entry "${entry.id}" has no paragraph: was it loaded through the explainers loader?`);
		}
		const gap = latestEnd
			? describeGap(latestEnd.date, entry.date, { approximate: latestEnd.approximate || Boolean(entry.display) })
			: undefined;
		const last = entry.end ?? entry.date;
		if (!latestEnd || endTimeOf(last) > endTimeOf(latestEnd.date)) {
			latestEnd = { date: last, approximate: Boolean(entry.display) };
		}
		return {
			id: entry.id,
			anchor: timelineAnchor(entry.id),
			date: entry.date,
			end: entry.end,
			datetime: toDatetimeAttribute(entry.date),
			label: formatTimelineLabel(entry),
			title: entry.title,
			summary: entry.summary,
			phrase: entry.phrase,
			status: timelineStatus(entry.date, now),
			paragraph: entry.paragraph,
			paragraphAnchor: paragraphIdOf(data, entry.paragraph),
			gap,
			people: entry.people,
			places: entry.places,
		};
	});
	const firstScheduled = items.findIndex((item) => item.status === 'scheduled');
	return {
		items,
		publishedIndex: firstScheduled === -1 ? items.length : firstScheduled,
		published: now,
		publishedLabel: formatApDate(now),
		updated: now !== data.published,
	};
}
