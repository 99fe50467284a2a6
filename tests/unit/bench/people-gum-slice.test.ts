import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGum, scorePeople } from '../../../bench/accuracy/people';

// Two slices of GUM news documents (tests/fixtures/gum/README.md: CC BY, with attribution), scored as
// `npm run bench -- accuracy` scores the whole corpus. The thresholds are the figures measured when the
// slices were cut (25 of 27 people found, nothing else proposed): a change to the people finder that
// loses a person, or proposes a non-person or a name with a title in it, fails here.
const folder = new URL('../../fixtures/gum/', import.meta.url);
const docs = readdirSync(folder)
	.filter((file) => file.endsWith('.conllu'))
	.sort()
	.map((file) => readGum(readFileSync(new URL(file, folder), 'utf8'), file.replace(/\.conllu$/, '')));

describe('people on GUM news slices', () => {
	const result = scorePeople(docs);

	it('reads the gold people of both slices', () => {
		expect(docs).toHaveLength(2);
		expect(result.gold).toBe(27);
	});

	it('finds at least 25 of the 27 people the slices name', () => {
		expect(result.found, `missed: ${result.missed.join('; ')}`).toBeGreaterThanOrEqual(25);
	});

	it('proposes no one who is not a person, no misnamed person, and no name with a title word', () => {
		expect(result.noise).toEqual([]);
		expect(result.misnamed).toEqual([]);
		expect(result.titled).toEqual([]);
	});
});
