/**
 * Every built page is valid HTML by html-validate (rules: .htmlvalidate.mjs): zero errors, zero
 * warnings; so is every list page of the paginated test archive (tests/support/archive.ts).
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { ARCHIVE_DIST, archiveListPages } from '../support/archive.ts';
import { builtPages, distFile } from '../support/pages.ts';

// Given explicitly: html-validate's API, unlike its CLI, does not find an ESM config file by itself.
const validator = new HtmlValidate(config);

async function problemsOf(file: string): Promise<string[]> {
	const report = await validator.validateFile(file);
	return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
}

describe('HTML validity', () => {
	it.each(builtPages())('%s', async (page) => {
		expect(await problemsOf(distFile(page))).toEqual([]);
	});

	it.each(archiveListPages())('archive %s', async (page) => {
		expect(await problemsOf(distFile(page, ARCHIVE_DIST))).toEqual([]);
	});

	it('the validator does report errors (a page with two known faults)', async () => {
		const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">a</p><p id="a"><div>b</div></p></body></html>');
		expect(report.results[0].messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['no-dup-id', 'close-order']));
	});
});
