/**
 * The limits an explainer is warned against, the same in the build and `npm run check` (issue 19):
 * a title or description longer than previews and search results show, a story longer than the page
 * holds, and a built page over the first round trip. Each warning names the figure found and the limit.
 */
import { describe, expect, it } from 'vitest';
import {
	DESCRIPTION_MAX_CHARACTERS,
	FIRST_ROUND_TRIP_BYTES,
	firstRoundTripWarning,
	limitWarnings,
	PARAGRAPHS_MAX,
	TITLE_MAX_CHARACTERS,
} from '../../../../src/lib/content/limits';

const fields = { title: 'Harbor bridge reopens after repairs', description: 'The bridge reopens two months after it closed.' };

describe('limitWarnings', () => {
	it('says nothing of a wire headline, summary and story', () => {
		expect(limitWarnings(fields, 20)).toEqual([]);
	});

	it('allows a title of exactly the limit, and warns one character past it, naming both figures', () => {
		expect(limitWarnings({ ...fields, title: 'x'.repeat(TITLE_MAX_CHARACTERS) }, 20)).toEqual([]);
		const [warning] = limitWarnings({ ...fields, title: 'x'.repeat(TITLE_MAX_CHARACTERS + 1) }, 20);
		expect(warning).toMatch(/^title: is 111 characters, more than link previews and search results show \(110: /);
	});

	it('writes a 5,000-character title’s figure as a reader reads it', () => {
		const [warning] = limitWarnings({ ...fields, title: 'Harbor bridge '.repeat(400).slice(0, 5_000) }, 20);
		expect(warning).toMatch(/^title: is 5,000 characters/);
		expect(warning).toContain('in 110 characters or fewer');
	});

	it('counts characters as a reader does: an emoji or a letter with its accent is one', () => {
		expect(limitWarnings({ ...fields, title: '🇯🇵'.repeat(TITLE_MAX_CHARACTERS) }, 20)).toEqual([]);
		expect(limitWarnings({ ...fields, title: 'e\u0301'.repeat(TITLE_MAX_CHARACTERS) }, 20)).toEqual([]);
		expect(limitWarnings({ ...fields, title: '東'.repeat(TITLE_MAX_CHARACTERS + 1) }, 20)).toHaveLength(1);
	});

	it('allows a description of exactly the limit, and warns past it', () => {
		expect(limitWarnings({ ...fields, description: 'y'.repeat(DESCRIPTION_MAX_CHARACTERS) }, 20)).toEqual([]);
		expect(limitWarnings({ ...fields, description: 'y'.repeat(1_234) }, 20)).toEqual([
			expect.stringMatching(/^description: is 1,234 characters, more than any link preview or search result shows \(400: .*\): keep it to the wire's summary/),
		]);
	});

	it('allows a story of exactly the paragraphs a page holds, and warns of 200, naming both counts', () => {
		expect(limitWarnings(fields, PARAGRAPHS_MAX)).toEqual([]);
		expect(limitWarnings(fields, 200)).toEqual([
			expect.stringMatching(/^body: has 200 paragraphs, more than an explainer page holds \(80\): .*14,600 bytes gzipped/),
		]);
	});

	it('gives every warning that applies, in the order of the file', () => {
		const warnings = limitWarnings({ title: 't'.repeat(200), description: 'd'.repeat(500) }, 81);
		expect(warnings.map((warning) => warning.split(':')[0])).toEqual(['title', 'description', 'body']);
	});
});

describe('firstRoundTripWarning', () => {
	it('says nothing of a page within the first round trip, its limit included', () => {
		expect(firstRoundTripWarning('/explainers/x/', 13_878)).toBeUndefined();
		expect(firstRoundTripWarning('/explainers/x/', FIRST_ROUND_TRIP_BYTES)).toBeUndefined();
	});

	it('names the page, its weight, the budget and how far over it is', () => {
		expect(firstRoundTripWarning('/explainers/long-story/', 29_398)).toMatch(
			/^the page \/explainers\/long-story\/ weighs 29,398 bytes gzipped with what blocks its first render, over the first round trip's 14,600 \(14,798 over\): /,
		);
	});
});
