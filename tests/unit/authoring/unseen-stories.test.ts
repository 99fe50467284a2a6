/**
 * Three stories written for the tests after the draft tool was done, and drafted as an editor would
 * (tests/fixtures/authoring/water-pact.txt, barge-closure.txt, media-law-veto.txt). Each value below
 * is one the tool once wrote finished and wrong on them, or one a rule could easily get wrong: the
 * draft must write it right, or leave it open; never a confident wrong value.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runNew } from '../../../src/authoring/cli';

const fixtures = fileURLToPath(new URL('../../fixtures/authoring/', import.meta.url));
const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function draftOf(story: string, published: string) {
	const contentRoot = mkdtempSync(join(tmpdir(), 'backstory-unseen-'));
	folders.push(contentRoot);
	return runNew([story, '--published', published], { cwd: fixtures, contentRoot, log: () => {} }).draft;
}

const personOf = (draft: ReturnType<typeof draftOf>, name: string) => draft.people.find((person) => person.names.includes(name));
const placeOf = (draft: ReturnType<typeof draftOf>, name: string) => draft.places.find((place) => place.names.includes(name) || place.name === name);

/** The draft's date for a phrase: its value, or 'open'. */
const dateOf = (draft: ReturnType<typeof draftOf>, phrase: string) => {
	const entry = draft.dates.find((d) => d.phrase === phrase);
	return entry ? (entry.date ?? 'open') : 'not found';
};

describe('stories the tool had not seen', () => {
	it('water pact (PORTO, with a byline): counts from a season, reads "would ... in March" as coming', () => {
		const draft = draftOf('water-pact.txt', '2026-10-15');
		expect(draft).toMatchObject({ byline: 'MARIA SANTOS', dateline: 'PORTO', source: 'The Associated Press' });
		expect(draft.paragraphs[0]).toMatch(/^PORTO, Portugal \(AP\)/);
		expect(dateOf(draft, 'on Thursday')).toBe('2026-10-15');
		expect(dateOf(draft, 'summer of 2024')).toBe('2024-SU');
		// Counted from the summer of 2024, not from the Wednesday before it in the story (2028).
		expect(dateOf(draft, 'Two years later')).toBe('2026');
		// "said ... Spain would send an observer to the next round, due in Brasília in March".
		expect(dateOf(draft, 'March')).toBe('2027-03');
		expect(dateOf(draft, 'The month before')).toBe('open');
		// "Portugal's Prime Minister Luis Montenegro ... Montenegro said": a man, not the country.
		expect(personOf(draft, 'Luis Montenegro')?.role).toBe('Prime Minister of Portugal');
		expect(placeOf(draft, 'Montenegro')).toBeUndefined();
		expect(placeOf(draft, '25 de Abril Bridge')).toBeDefined();
	});

	it('barge closure (ST. LOUIS): a length of time is no date; a count from a weekday', () => {
		const draft = draftOf('barge-closure.txt', '2027-04-12');
		// "after a week of storms" was written as a week after publication.
		expect(dateOf(draft, 'after a week')).toBe('not found');
		expect(dateOf(draft, 'Sunday')).toBe('2027-04-11');
		expect(dateOf(draft, 'on Wednesday')).toBe('2027-04-14');
		expect(dateOf(draft, 'two days later')).toBe('2027-04-16');
		expect(dateOf(draft, 'Aug. 1, 1993')).toBe('1993-08-01');
		expect(dateOf(draft, 'October')).toBe('2026-10');
		// "said Lt. Cmdr. Anna Ruiz": the rank is two words; "Cmdr" is nobody.
		expect(personOf(draft, 'Anna Ruiz')?.role).toBe('Lieutenant Commander');
		expect(personOf(draft, 'Cmdr')).toBeUndefined();
		// "the U.S. Coast Guard said": an organisation, not a coast.
		expect(placeOf(draft, 'U.S. Coast Guard')).toBeUndefined();
	});

	it('media law veto (headline, summary, then TBILISI): the summary is no paragraph; holidays and weeks', () => {
		const draft = draftOf('media-law-veto.txt', '2027-01-09');
		expect(draft).toMatchObject({ dateline: 'TBILISI', description: 'Thousands marched in the Georgian capital for a third night. The law now returns to parliament.' });
		expect(draft.paragraphs[0]).toMatch(/^TBILISI, Georgia \(AP\)/);
		expect(dateOf(draft, "New Year's Eve")).toBe('2026-12-31');
		expect(dateOf(draft, 'Jan. 2')).toBe('2027-01-02');
		// "would override the veto next week": seven days, not a day.
		expect(dateOf(draft, 'next week')).toBe('open');
		expect(dateOf(draft, 'last month')).toBe('2026-12');
		// The dateline's country, though the story names Washington too.
		expect(placeOf(draft, 'Georgia')).toMatchObject({ kind: 'country' });
		expect(placeOf(draft, 'Georgia')?.open).toBeUndefined();
		// "the European Union's foreign policy chief, Kaja Kallas": no "Chief"; left for the editor.
		expect(personOf(draft, 'Kaja Kallas')?.role).toBeUndefined();
	});
});
