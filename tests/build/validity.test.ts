/** Every built page is valid HTML by html-validate (rules: .htmlvalidate.mjs): zero errors, zero warnings. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { builtPages, distFile } from '../support/pages.ts';

// Given explicitly: html-validate's API, unlike its CLI, does not find an ESM config file by itself.
const validator = new HtmlValidate(config);

describe('HTML validity', () => {
	it.each(builtPages())('%s', async (page) => {
		const report = await validator.validateFile(distFile(page));
		const messages = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
		);
		expect(messages).toEqual([]);
	});

	it('the validator does report errors (a page with two known faults)', async () => {
		const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">a</p><p id="a"><div>b</div></p></body></html>');
		expect(report.results[0].messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['no-dup-id', 'close-order']));
	});
});
