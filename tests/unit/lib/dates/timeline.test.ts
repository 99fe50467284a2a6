import { describe, expect, it } from 'vitest';
import { withParagraphs } from '../../../../src/lib/story/check';
import { buildTimeline } from '../../../../src/lib/dates/timeline';
import { explainerSchema, type TimelineDate } from '../../../../src/schemas/explainer';
import { readExplainerFile } from '../../../support/explainers';

const { frontmatter, body } = readExplainerFile();
const data = withParagraphs(explainerSchema.parse(frontmatter), body);
const timeline = buildTimeline(data);
const item = (id: string) => timeline.items.find((i) => i.id === id)!;

describe('buildTimeline on the AP story', () => {
	it('holds every dated event, in chronological order', () => {
		expect(timeline.items.map((i) => i.id)).toEqual([
			'horyu-temple-built',
			'nara-history',
			'colonial-rule',
			'mine-accident',
			'japan-defeat',
			'normalization-treaty',
			'remains-found',
			'yasukuni-offering',
			'takaichi-takes-office',
			'apec-gyeongju',
			'yasukuni-autumn-festival',
			'taiwan-remarks',
			'maduro-captured',
			'lee-visits-china',
			'motegi-remarks',
			'takaichi-returns-to-nara',
			'lee-nhk-interview',
			'nara-summit',
			'horyu-temple-visit',
			'lee-returns-home',
		]);
	});
	it('labels dates in AP style, spans as spans, loose dates in words', () => {
		expect(item('nara-summit').label).toBe('Jan. 13, 2026');
		expect(item('taiwan-remarks').label).toBe('November 2025');
		expect(item('colonial-rule').label).toBe('1910–1945');
		expect(item('horyu-temple-built').label).toBe('Late 7th or early 8th century');
		expect(item('yasukuni-offering').label).toBe('Aug. 15, 2025');
	});
	it('separates what had happened from what was scheduled at publication', () => {
		expect(timeline.items.slice(timeline.publishedIndex).map((i) => i.id)).toEqual([
			'nara-summit',
			'horyu-temple-visit',
			'lee-returns-home',
		]);
		expect(item('lee-nhk-interview').status).toBe('today');
		expect(item('nara-summit').status).toBe('scheduled');
		expect(item('motegi-remarks').status).toBe('past');
		expect(timeline.publishedLabel).toBe('Jan. 12, 2026');
	});
	it('makes long gaps visible, counting from the end of a span', () => {
		expect(item('colonial-rule').gap).toBe('About 1,200 years later');
		expect(item('mine-accident').gap).toBeUndefined(); // inside colonial rule
		expect(item('normalization-treaty').gap).toBe('20 years later');
		expect(item('remains-found').gap).toBe('60 years later');
		expect(item('nara-summit').gap).toBeUndefined();
	});
	it('ties each entry to the paragraph its phrase comes from', () => {
		expect(item('nara-summit')).toMatchObject({ paragraph: 1, paragraphAnchor: 'p-1', anchor: 'timeline-nara-summit' });
		expect(item('lee-nhk-interview').paragraph).toBe(9);
		expect(item('remains-found').paragraph).toBe(20);
	});
});

describe('buildTimeline, asked again', () => {
	it('works an explainer out once: its page, card and entity pages share one timeline', () => {
		expect(buildTimeline(data)).toBe(timeline);
		// Another object with the same dates is another explainer's: worked out afresh, equal.
		const copy = buildTimeline({ ...data });
		expect(copy).not.toBe(timeline);
		expect(copy).toEqual(timeline);
	});
});

describe('buildTimeline: an entry\'s status', () => {
	const on = (date: string): TimelineDate & { paragraph: number } => ({ id: `on-${date}`, phrase: date, date, relative: false, title: date, summary: date, people: [], places: [], paragraph: 1 });
	const status = (date: string) => buildTimeline({ published: '2026-01-12', dates: [on(date)] }).items[0]?.status;

	it('compares calendar dates at their own precision', () => {
		expect(status('2026-01-12')).toBe('today');
		expect(status('2026-01')).toBe('past');
		expect(status('2026-02')).toBe('scheduled');
	});
});

describe('buildTimeline with a season', () => {
	const entry = (id: string, date: string, paragraph: number) =>
		({ id, phrase: id, date, relative: false, title: id, summary: id, people: [], places: [], paragraph }) as TimelineDate & { paragraph: number };
	const seasons = buildTimeline({
		published: '2000-12-20',
		dates: [entry('december', '2000-12', 1), entry('fall', '2000-FA', 2), entry('july', '2000-07', 3), entry('september', '2000-09-05', 4)],
	});

	it('orders a season at its first month, after the months before it', () => {
		expect(seasons.items.map((i) => i.id)).toEqual(['july', 'fall', 'september', 'december']);
	});

	it('labels it with its year, and gives HTML a datetime it can read', () => {
		const fall = seasons.items.find((i) => i.id === 'fall')!;
		expect(fall.label).toBe('Fall 2000');
		expect(fall.datetime).toBe('2000');
		expect(fall.status).toBe('past');
	});
});
