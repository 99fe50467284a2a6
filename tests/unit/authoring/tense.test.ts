import { describe, expect, it } from 'vitest';
import { tenseAround } from '../../../src/authoring/tense';

const at = (text: string, phrase: string) => {
	const start = text.indexOf(phrase);
	return tenseAround(text, start, start + phrase.length);
};

describe('tenseAround', () => {
	it.each([
		['Takaichi and Lee on Wednesday will visit Horyu Temple, which includes architecture.', 'on Wednesday', 'future'],
		['Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung in her hometown on Tuesday, in a summit meant to stabilize ties.', 'on Tuesday', 'future'],
		['"It matters," Foreign Minister Toshimitsu Motegi told reporters on Friday. "We agree."', 'on Friday', 'past'],
		['Lee, who visited China on Monday, will meet Takaichi on Tuesday.', 'on Monday', 'past'],
		['Lee, who visited China on Monday, will meet Takaichi on Tuesday.', 'on Tuesday', 'future'],
		['The talks are scheduled to open in March in Geneva.', 'in March', 'future'],
		['Voters go to the polls on Sunday.', 'on Sunday', undefined],
		['The U.S. envoy said on Thursday that talks would resume. Officials will meet in May.', 'on Thursday', 'past'],
		['The U.S. envoy said on Thursday that talks would resume. Officials will meet in May.', 'in May', 'future'],
	])('%s — %s', (text, phrase, tense) => {
		expect(at(text, phrase)).toBe(tense);
	});
});
