import { describe, expect, it } from 'vitest';
import { correctionsOf, latestChangeLines, latestUpdate } from '../../../../src/lib/versions/updates';

const writeThrough = {
	date: '2026-01-13T10:05+09:00',
	zone: 'Asia/Tokyo',
	note: 'Adds the handshake.',
	kind: 'update' as const,
	changes: { before: ['p-1', 'p-2', 'p-3'], changed: [{ id: 'p-2' }], removed: [{ id: 'p-1', at: 'p-4' }] },
};
const correction = { date: '2026-01-14T09:15+09:00', zone: 'Asia/Tokyo', note: 'Corrects where she grew up.', kind: 'correction' as const };

describe('updates as readers see them', () => {
	it('says the latest update under the byline, in its zone, and puts corrections first', () => {
		expect(latestUpdate([writeThrough, correction])).toMatchObject({ label: 'Jan. 14, 2026, 9:15 a.m. JST', kind: 'correction', datetime: '2026-01-14T09:15:00+09:00' });
		expect(correctionsOf([writeThrough, correction]).map((u) => u.note)).toEqual(['Corrects where she grew up.']);
		expect(latestUpdate([])).toBeUndefined();
	});
});

describe('latestChangeLines (the draft banner)', () => {
	it('names new, reworded and gone paragraphs by their place in the new story, and where old links land', () => {
		expect(latestChangeLines([writeThrough], ['p-4', 'p-5', 'p-2', 'p-3'])).toEqual([
			'2 new paragraphs: ¶1, ¶2',
			'1 paragraph reworded: ¶3',
			'1 paragraph gone; its link lands on #p-1 → ¶1',
			'1 paragraph word for word as before',
		]);
	});

	it('says nothing when the latest update changed no words', () => {
		expect(latestChangeLines([writeThrough, correction], ['p-4', 'p-5', 'p-2', 'p-3'])).toEqual([]);
		expect(latestChangeLines([], undefined)).toEqual([]);
	});
});
