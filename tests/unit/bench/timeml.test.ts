import { describe, expect, it } from 'vitest';
import { isCalendarTimex, judge, readTimeml, score } from '../../../bench/accuracy/timeml';

// A tiny TimeML document written for this test (not corpus text).
const DOCUMENT = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test_doc</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-04" functionInDocument="CREATION_TIME">2020-05-04</TIMEX3></DCT>
<TEXT>
The mill opened in <TIMEX3 tid="t1" type="DATE" value="1954">1954</TIMEX3> &amp; grew.
<TIMEX3 tid="t2" type="DATE" value="1964">Ten years later</TIMEX3> it <EVENT eid="e1" class="OCCURRENCE">closed</EVENT>.

It reopened <TIMEX3 tid="t3" type="DATE" value="2020-05-01">on Friday</TIMEX3> after <TIMEX3 tid="t4" type="DURATION" value="P5Y">five years</TIMEX3>, and will grow <TIMEX3 tid="t5" type="DATE" value="2020-FA">this fall</TIMEX3>, as it did in the <TIMEX3 tid="t6" type="DATE" value="199">1990s</TIMEX3> and <TIMEX3 tid="t7" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>`;

describe('readTimeml', () => {
	const doc = readTimeml(DOCUMENT, 'test_doc');

	it('reads the creation day, the paragraphs (blank lines apart, line breaks within as spaces) and the timexes placed in them', () => {
		expect(doc.published).toBe('2020-05-04');
		expect(doc.paragraphs).toEqual([
			'The mill opened in 1954 & grew. Ten years later it closed.',
			'It reopened on Friday after five years, and will grow this fall, as it did in the 1990s and now.',
		]);
		const ten = doc.timexes.find((timex) => timex.value === '1964');
		expect(ten).toMatchObject({ text: 'Ten years later', paragraph: 1 });
		expect(doc.paragraphs[0].slice(ten!.start, ten!.end)).toBe('Ten years later');
		const friday = doc.timexes.find((timex) => timex.text === 'on Friday');
		expect(doc.paragraphs[1].slice(friday!.start, friday!.end)).toBe('on Friday');
	});

	it('scores only the DATE timexes whose value is a year, month, day, season or decade', () => {
		expect(doc.timexes.filter(isCalendarTimex).map((timex) => timex.value)).toEqual(['1954', '1964', '2020-05-01', '2020-FA', '199']);
	});

	it('refuses a document without a creation day, naming it', () => {
		expect(() => readTimeml('<TimeML><TEXT>x</TEXT></TimeML>', 'broken')).toThrow(/broken: no DCT/);
	});
});

describe('judge: our value against gold, at gold’s precision', () => {
	it('tells right, coarser, open and wrong apart', () => {
		expect(judge('2020-05-01', '2020-05')).toBe('right');
		expect(judge('2020', '2020-05')).toBe('coarser');
		expect(judge(undefined, '2020')).toBe('open');
		expect(judge('2010', '1964')).toBe('wrong');
		expect(judge('2020-FA', '2020-FA')).toBe('right');
		expect(judge('2020-09', '2020-FA')).toBe('wrong');
		expect(judge('199', '199')).toBe('right');
		expect(judge('1995', '199')).toBe('right');
	});
});

describe('score', () => {
	it('counts recall by overlap, and each found timex by its verdict', () => {
		const doc = readTimeml(DOCUMENT, 'test_doc');
		const at = (paragraph: number, words: string, value: string | undefined) => {
			const start = doc.paragraphs[paragraph - 1].indexOf(words);
			return { paragraph, start, end: start + words.length, value };
		};
		const result = score([
			{
				doc,
				found: [at(1, '1954', '1954'), at(1, 'years later', '2010'), at(2, 'Friday', '2020-05-01'), at(2, 'this fall', undefined)],
			},
		]);
		expect(result).toMatchObject({ gold: 5, found: 4, right: 2, coarser: 0, open: 1, wrong: 1 });
		expect(result.errors.map((error) => [error.text, error.verdict])).toEqual([
			['Ten years later', 'wrong'],
			['this fall', 'open'],
			['1990s', 'missed'],
		]);
	});
});
