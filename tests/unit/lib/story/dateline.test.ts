import { describe, expect, it } from 'vitest';
import { datelineOf, withoutDateline } from '../../../../src/lib/story/dateline';

describe('datelineOf', () => {
	it.each([
		['TOKYO (AP) - Japanese Prime Minister', { city: 'TOKYO', agency: 'AP', length: 12 }],
		['NAIROBI, Kenya (AP) — Kenya said', { city: 'NAIROBI', agency: 'AP', length: 21 }],
		['ST. LOUIS (AP) — Thousands', { city: 'ST. LOUIS', agency: 'AP', length: 16 }],
		['GROSSETO, Italy (AP) -- Rescuers', { city: 'GROSSETO', agency: 'AP', length: 23 }],
		['PARIS (Reuters) - France', { city: 'PARIS', agency: 'Reuters', length: 17 }],
	])('%s', (paragraph, dateline) => {
		expect(datelineOf(paragraph)).toEqual(dateline);
		expect(paragraph.slice(0, dateline.length).trimEnd()).toMatch(/[-–—]$/);
	});

	it('finds none where the story opens with a sentence', () => {
		expect(datelineOf('Japan will host a summit (AP) - maybe.')).toBeUndefined();
		expect(datelineOf('The U.S. (AP) said')).toBeUndefined();
	});
});

describe('withoutDateline', () => {
	it('blanks the first paragraph\'s dateline and keeps every offset', () => {
		const paragraphs = ['NAIROBI, Kenya (AP) — Kenya said.', 'Kenya.'];
		const blanked = withoutDateline(paragraphs);
		expect(blanked[0]).toBe(`${' '.repeat(21)} Kenya said.`);
		expect(blanked[0]).toHaveLength(paragraphs[0].length);
		expect(blanked[1]).toBe('Kenya.');
		expect(withoutDateline(['No dateline here.'])).toEqual(['No dateline here.']);
		expect(withoutDateline([])).toEqual([]);
	});
});
