/**
 * `npm run check`, as an editor runs it on save: the whole content folder passes, a story whose
 * timeline leaves a date out is warned about (naming the phrase and the paragraph) without failing,
 * and a date left out on purpose is not. (Broken files: tests/build/broken-content.test.ts runs the
 * check on every broken fixture and compares its messages with the build's.)
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/astro-build.ts';
import { runCheck } from '../support/check.ts';
import { AP_EXPLAINER } from '../support/explainers.ts';

const TMP = 'tests/.tmp/check';
const MOTEGI = /  - id: motegi-remarks\n(?: {4}.*\n)+/;

let whole: BuildResult;
let uncovered: BuildResult;
let leftOut: BuildResult;
let withDraft: BuildResult;

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	for (const folder of ['explainers', 'people', 'places']) cpSync(join('content', folder), join(TMP, folder), { recursive: true });
	const story = readFileSync(AP_EXPLAINER, 'utf8');
	if (!MOTEGI.test(story)) throw new Error(`${AP_EXPLAINER} no longer has the motegi-remarks entry this test removes`);
	writeFileSync(join(TMP, 'explainers', 'without-friday.md'), story.replace(MOTEGI, ''));
	const offTimeline = 'offTimeline:\n  - phrase: on Friday\n    reason: Motegi’s remarks are context, not an event.\n';
	writeFileSync(join(TMP, 'explainers', 'friday-left-out.md'), story.replace(MOTEGI, '').replace(/^dates:\n/m, `${offTimeline}dates:\n`));
	[whole, uncovered, leftOut] = await Promise.all([
		runCheck([]),
		runCheck([join(TMP, 'explainers', 'without-friday.md')]),
		runCheck([join(TMP, 'explainers', 'friday-left-out.md')]),
	]);
	// A draft beside them, full of TODOs: the folder's check names it and the command that checks it.
	writeFileSync(join(TMP, 'explainers', '_draft.md'), story.replace(/^title: .*$/m, 'title: "TODO: the headline"'));
	withDraft = await runCheck([TMP]);
}, 60_000);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('npm run check', () => {
	it('passes the site’s content, with nothing to say', () => {
		expect(whole.code, whole.output).toBe(0);
		expect(whole.output).toMatch(/^Checked 1 explainer, 7 people and 16 places in content\/\.$/m);
		expect(whole.output).toMatch(/^0 problems, 0 warnings\.$/m);
	});

	it('says which drafts it did not check, and how to check them', () => {
		expect(withDraft.output).toContain(`Not checked: 1 draft (a name starting with _). To check them: npm run check -- ${TMP}/explainers/_draft.md`);
		expect(withDraft.output).toMatch(/^Checked 3 explainers, 7 people and 16 places in tests\/\.tmp\/check\/\.$/m);
	});

	it('warns of a date the timeline leaves out, naming phrase and paragraph, and does not fail', () => {
		expect(uncovered.code, uncovered.output).toBe(0);
		expect(uncovered.output).toContain(
			`warning: ${TMP}/explainers/without-friday.md: paragraph 11: "on Friday" is a date the timeline does not have; add it to dates:, or to offTimeline: with the reason it is left out`,
		);
		expect(uncovered.output).toMatch(/^0 problems, 1 warning in without-friday\.md\.$/m);
	});

	it('stays quiet about a date left out on purpose', () => {
		expect(leftOut.code, leftOut.output).toBe(0);
		expect(leftOut.output).not.toContain('warning:');
		expect(leftOut.output).toMatch(/^0 problems, 0 warnings in friday-left-out\.md\.$/m);
	});
});
