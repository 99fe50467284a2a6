import { describe, expect, it } from 'vitest';
import { cardAlt, explainerCard, timelinePositions } from '../../src/lib/card';
import { buildTimeline } from '../../src/lib/timeline';
import type { TimelineDate } from '../../src/schemas/explainer';

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
const card = explainerCard(data, buildTimeline(data), 'Backstory');

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

describe('timelinePositions', () => {
	it('puts the earliest event at 0, the latest at 1, and keeps recent days apart', () => {
		const positions = timelinePositions([{ date: '0700' }, { date: '1965' }, { date: '2026-01-13' }, { date: '2026-01-14' }]);
		expect(positions[0]).toBe(0);
		expect(positions[3]).toBe(1);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// One day apart on a scale of 1,300 years is still visibly apart (over 2% of the line).
		expect(positions[3]! - positions[2]!).toBeGreaterThan(0.02);
	});

	it('measures a span from its end', () => {
		expect(timelinePositions([{ date: '1910', end: '1945' }, { date: '1945' }])).toEqual([0, 1]);
	});
});
