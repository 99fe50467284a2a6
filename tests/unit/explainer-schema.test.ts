import { describe, expect, it } from 'vitest';
import { placeFacts } from '../../src/schemas/entities';
import { explainerSchema } from '../../src/schemas/explainer';
import { clone, readExplainerFile } from '../support/content';

const { frontmatter } = readExplainerFile();
type Frontmatter = Record<string, any>;

/** Parses a broken copy and returns its issues as `path: message` lines. */
function problems(edit: (data: Frontmatter) => void): string[] {
	const data = clone(frontmatter) as Frontmatter;
	edit(data);
	const result = explainerSchema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the explainer schema', () => {
	it('accepts the AP story and resolves every timeline date', () => {
		const data = explainerSchema.parse(frontmatter);
		expect(data.published).toBe('2026-01-12');
		expect(data.people).toHaveLength(7);
		const byId = Object.fromEntries(data.dates.map((d) => [d.id, d.date]));
		expect(byId).toMatchObject({
			'nara-summit': '2026-01-13',
			'horyu-temple-visit': '2026-01-14',
			'lee-visits-china': '2026-01-05',
			'taiwan-remarks': '2025-11',
			'apec-gyeongju': '2025-10',
			'motegi-remarks': '2026-01-09',
			'takaichi-returns-to-nara': '2026-01-12',
			'lee-nhk-interview': '2026-01-12',
			'yasukuni-offering': '2025-08-15',
			'remains-found': '2025',
			'colonial-rule': '1910',
			'normalization-treaty': '1965',
			'mine-accident': '1942',
		});
		expect(data.modified).toBe('2026-01-12');
	});

	it('rejects a missing required field, naming it', () => {
		expect(problems((d) => delete d.title)).toEqual([expect.stringMatching(/^title: expected text/)]);
		expect(problems((d) => delete d.dates[0].summary)).toEqual([expect.stringMatching(/^dates\.0\.summary: expected text/)]);
	});

	it('rejects an impossible date', () => {
		expect(problems((d) => (d.published = '2026-02-30'))).toEqual([
			expect.stringMatching(/^published: .*found "2026-02-30", which is not a calendar date/),
		]);
		expect(problems((d) => (d.dates[2].date = '2026-13'))).toEqual([
			expect.stringMatching(/^dates\.2\.date: .*"2026-13"/),
		]);
	});

	it('rejects a span that ends before it starts', () => {
		const colonial = (d: Frontmatter) => d.dates.findIndex((e: { id: string }) => e.id === 'colonial-rule');
		expect(problems((d) => (d.dates[colonial(d)].end = 1900))).toEqual([
			`dates.${colonial(frontmatter)}.end: must come after the start (1910); found 1900`,
		]);
	});

	it('rejects an id used twice', () => {
		// The renamed person's events now point at nobody, which is reported too.
		expect(problems((d) => (d.people[1].id = d.people[0].id))).toContain(
			'people.1.id: id "sanae-takaichi" is used twice: people[0] has it already',
		);
		expect(problems((d) => (d.dates[3].id = d.dates[0].id))).toEqual([
			'dates.3.id: id "horyu-temple-built" is used twice: dates[0] has it already',
		]);
	});

	it('rejects a person or place that is not defined', () => {
		expect(problems((d) => (d.dates[0].people = ['kim-jong-un']))).toEqual([
			expect.stringMatching(/^dates\.0\.people\.0: "kim-jong-un" is not a person of this explainer/),
		]);
		expect(problems((d) => (d.dates[0].places = ['atlantis']))).toEqual([
			expect.stringMatching(/^dates\.0\.places\.0: "atlantis" is not a place of this explainer/),
		]);
	});

	it('rejects coordinates out of range and a place without them, in the place’s own file', () => {
		const nara = { name: 'Nara', kind: 'city', country: 'Japan', coordinates: [34.6851, 135.8048] };
		const placeProblems = (edit: Frontmatter) => {
			const result = placeFacts.safeParse({ ...nara, ...edit });
			return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		};
		expect(placeProblems({})).toEqual([]);
		expect(placeProblems({ coordinates: [134.6, 35.8] })).toEqual(['coordinates.0: latitude must be between -90 and 90; found 134.6']);
		expect(placeProblems({ coordinates: [34.6, 200] })).toEqual(['coordinates.1: longitude must be between -180 and 180; found 200']);
		expect(placeProblems({ coordinates: undefined })).toEqual([expect.stringMatching(/^coordinates: expected \[latitude, longitude\]/)]);
	});

	it('refuses a place’s facts in an explainer: they live in the place’s file', () => {
		expect(problems((d) => (d.places[0].coordinates = [34.6851, 135.8048]))).toEqual([expect.stringMatching(/^places\.0: .*"coordinates"/)]);
		expect(problems((d) => (d.people[0].name = 'Sanae Takaichi'))).toEqual([expect.stringMatching(/^people\.0: .*"name"/)]);
	});

	it('requires a date where the phrase is not relative, and checks one that is', () => {
		const office = (d: Frontmatter) => d.dates.findIndex((e: { id: string }) => e.id === 'takaichi-takes-office');
		expect(problems((d) => delete d.dates[office(d)].date)).toEqual([
			expect.stringMatching(/date: is required: the phrase "since Takaichi took office" is not a relative date/),
		]);
		const summit = (d: Frontmatter) => d.dates.findIndex((e: { id: string }) => e.id === 'nara-summit');
		expect(problems((d) => (d.dates[summit(d)].date = '2026-01-20'))).toEqual([
			expect.stringMatching(/date: is 2026-01-20, but the phrase "on Tuesday" read from 2026-01-12 means 2026-01-13/),
		]);
		// The Tuesday before publication is a matter of tense, and the message says so.
		expect(problems((d) => (d.dates[summit(d)].date = '2026-01-06'))).toEqual([
			expect.stringMatching(/date: is 2026-01-06, .* means 2026-01-13, the nearest one; if the story means Jan\. 6, 2026, add tense: past/),
		]);
	});

	it('rejects unknown fields, so a typo is not silently dropped', () => {
		expect(problems((d) => (d.people[0].rol = 'x'))).toEqual([expect.stringMatching(/^people\.0: .*rol/)]);
	});

	it('rejects a time of day where a calendar date belongs', () => {
		expect(problems((d) => (d.published = new Date('2026-01-12T09:00:00Z')))).toEqual([
			expect.stringMatching(/^published: .*2026-01-12T09:00:00.000Z/),
		]);
	});
});

describe('the explainer schema on badly broken input', () => {
	it('reports each broken field once instead of crashing', () => {
		expect(problems((d) => (d.dates[0] = { id: 'x' }))).toEqual([
			'dates.0.phrase: expected text',
			'dates.0.title: expected text',
			'dates.0.summary: expected text',
		]);
		expect(problems((d) => (d.people = 'everyone'))).toEqual([expect.stringMatching(/^people: /)]);
	});
});
