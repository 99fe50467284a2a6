import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findDatePhrases } from '../../../../src/lib/dates/phrases';

const phrasesOf = (text: string) => findDatePhrases([text]).map(({ phrase, kind }) => [phrase, kind]);

describe('findDatePhrases', () => {
	test('finds every date phrase of the AP story, with its paragraph, and nothing else', () => {
		const paragraphs = readFileSync('tests/fixtures/ap-japan-south-korea-summit.txt', 'utf8').split('\n').slice(2).filter(Boolean);
		expect(findDatePhrases(paragraphs).map(({ paragraph, phrase, kind }) => `${paragraph} ${kind} ${phrase}`)).toEqual([
			'1 weekday on Tuesday',
			'2 relative A week ago',
			'2 month November',
			'6 month October',
			'7 weekday on Monday',
			'9 weekday Monday',
			'11 weekday on Friday',
			'12 weekday on Wednesday',
			'12 century late 7th or early 8th century',
			'13 span 1910-1945',
			'14 year 1965',
			'18 month-day Aug. 15',
			'19 year 1942',
			'20 relative last year',
		]);
	});

	test('gives the position of each phrase in its paragraph', () => {
		const text = 'Talks resumed on Friday, after a pause.';
		const [found] = findDatePhrases(['Nothing dated here.', text]);
		expect(found).toMatchObject({ paragraph: 2, phrase: 'on Friday' });
		expect(text.slice(found.start, found.end)).toBe('on Friday');
	});

	test('reads spans, decades and centuries as one phrase each', () => {
		expect(phrasesOf('From 1950 to 1953, in the 1990s and the early 2000s, the ’80s, 19th-century trade, 1910–1945.')).toEqual([
			['From 1950 to 1953', 'span'],
			['1990s', 'decade'],
			['early 2000s', 'decade'],
			['’80s', 'decade'],
			['19th-century', 'century'],
			['1910–1945', 'span'],
		]);
	});

	test('tells full dates from month-day and month phrases', () => {
		expect(phrasesOf('On Jan. 5, 2024, by June 4, in March 2020, and in Sept. 2019.')).toEqual([
			['Jan. 5, 2024', 'full-date'],
			['June 4', 'month-day'],
			['March 2020', 'full-date'],
			['Sept. 2019', 'full-date'],
		]);
	});

	test('finds no date in a length of time counted from an event it does not date', () => {
		expect(phrasesOf('Traffic was halted Sunday after a week of storms, and within a month prices rose.')).toEqual([['Sunday', 'weekday']]);
	});

	test('finds holidays on a fixed day as a month and day', () => {
		expect(phrasesOf('Protests broke out on New Year’s Eve and grew by Christmas Day; Easter is later.')).toEqual([
			['New Year’s Eve', 'month-day'],
			['Christmas Day', 'month-day'],
		]);
	});

	test('finds relative phrases', () => {
		expect(phrasesOf('It happened yesterday, 2 years ago; more comes next month.')).toEqual([
			['yesterday', 'relative'],
			['2 years ago', 'relative'],
			['next month', 'relative'],
		]);
	});

	test('passes over numbers that are not years, and times of day', () => {
		expect(phrasesOf('It has 1,300 years of history, cost $1965 and 2,500 won, and ends in the afternoon.')).toEqual([]);
		expect(phrasesOf('It reopened two months after it closed.')).toEqual([]);
	});

	test('finds seasons, eras, and phrases counted from another date of the text', () => {
		expect(phrasesOf('This fall, a World War II-era hangar reopens; prices fall in the spring of 2019, not last winter.')).toEqual([
			['This fall', 'season'],
			['World War II-era', 'era'],
			['spring of 2019', 'season'],
			['last winter', 'season'],
		]);
		expect(phrasesOf('In 1954, it began. Ten years later, it ended; the day before, two days earlier, that month, the following week.')).toEqual([
			['1954', 'year'],
			['Ten years later', 'anchored'],
			['the day before', 'anchored'],
			['two days earlier', 'anchored'],
			['that month', 'anchored'],
			['the following week', 'anchored'],
		]);
	});

	test('passes over a season that is a verb or an event, and a count from an event', () => {
		expect(phrasesOf('Prices fall after the fall of Saigon, a week after he met Lee.')).toEqual([]);
	});

	test('finds "last May", which chrono passes over, fiscal years, and a span written with two digits', () => {
		expect(phrasesOf('Sales rose this fiscal year, as in fiscal 2012.')).toEqual([
			['this fiscal year', 'fiscal'],
			['fiscal 2012', 'fiscal'],
		]);
		expect(phrasesOf('He lost last May, as in 1957-58.')).toEqual([
			['last May', 'relative'],
			['1957-58', 'span'],
		]);
	});
});

