import { describe, expect, it } from 'vitest';
import { cardAlt, explainerCard } from '../../../../src/lib/cards/card';
import { buildTimeline } from '../../../../src/lib/dates/timeline';
import type { TimelineDate } from '../../../../src/schemas/explainer';

const entry = (id: string, date: string, extra: Partial<TimelineDate> = {}) =>
	({ id, date, phrase: id, title: id, summary: id, people: [], places: [], tense: 'past', relative: false, paragraph: 1, ...extra }) as TimelineDate;

const data = {
	title: 'Japan will host summit with South Korea to bolster ties as Tokyo’s relations with Beijing worsen',
	section: 'World',
	source: 'The Associated Press',
	published: '2026-01-12',
	dates: [
		entry('temple', '0700', { display: 'late 7th or early 8th century' }),
		entry('treaty', '1965'),
		entry('summit', '2026-01-13'),
		entry('lee-home', '2026-01-14'),
	],
};
const card = explainerCard(data, 'Backstory');

describe('explainerCard', () => {
	it('carries the headline, date, source and the timeline’s span', () => {
		expect(card).toMatchObject({
			siteName: 'Backstory',
			kicker: 'World · Explainer',
			headline: data.title,
			byline: 'Jan. 12, 2026 · The Associated Press',
			timeline: { startLabel: 'Late 7th or early 8th century', endLabel: 'Jan. 14, 2026', scheduledFrom: 2 },
		});
		expect(cardAlt(card)).toBe(
			`Backstory: ${data.title}. Jan. 12, 2026 · The Associated Press. A timeline of 4 dates runs from Late 7th or early 8th century to Jan. 14, 2026.`,
		);
	});
});

describe('explainerCard: where the timeline strip puts its dots', () => {
	/** The strip's dot positions for a story with these dates (given in date order, so in the page's). */
	const positionsOf = (dates: TimelineDate[]) => {
		const story = { ...data, dates };
		return explainerCard(story, 'Backstory').timeline?.positions;
	};

	it('puts the earliest event at 0, the latest at 1, and keeps recent days apart', () => {
		const positions = positionsOf([entry('a', '0700'), entry('b', '1965'), entry('c', '2026-01-13'), entry('d', '2026-01-14')]) ?? [];
		expect(positions).toHaveLength(4);
		expect(positions[0]).toBe(0);
		expect(positions[3]).toBe(1);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// One day apart on a scale of 1,300 years is still visibly apart (over 2% of the line).
		expect(positions[3]! - positions[2]!).toBeGreaterThan(0.02);
	});

	it('places a span at its start, where the page orders it', () => {
		expect(positionsOf([entry('rule', '1910', { end: '1945' }), entry('end', '1945')])).toEqual([0, 1]);
	});

	it('puts the dots in the page’s order: a year, a month and days of the same year', () => {
		// A story of May 27, 2024: "this year" (2024) comes before June 4, 2024 on the page, and so on the card.
		const story = {
			...data,
			published: '2024-05-27',
			dates: [
				entry('window-closes', '2024-06-04', { tense: 'future' }),
				entry('this-year', '2024'),
				entry('launch-window', '2024-05-27'),
				entry('in-may', '2024-05'),
				entry('new-year', '2024-01-01'),
				entry('last-launch', '2023-11'),
			],
		};
		const timeline = buildTimeline(story);
		const { timeline: strip } = explainerCard(story, 'Backstory');
		expect(timeline.items.map((item) => item.id)).toEqual(['last-launch', 'this-year', 'new-year', 'in-may', 'launch-window', 'window-closes']);
		const positions = strip?.positions ?? [];
		expect(positions).toHaveLength(6);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// The year and its first day share a place; the year is not drawn at the far right.
		expect(positions[1]).toBe(positions[2]);
		expect(positions[1]).toBeLessThan(positions[3] as number);
		expect(positions[5]).toBe(1);
		// Only June 4 was still scheduled: the one hollow dot, at the right end.
		expect(strip?.scheduledFrom).toBe(5);
		expect(strip?.endLabel).toBe('June 4, 2024');
	});
});
