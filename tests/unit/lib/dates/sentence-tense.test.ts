import { describe, expect, it } from 'vitest';
import { presentAround, speaksOf, tenseAround } from '../../../../src/lib/dates/sentence-tense';

const tenseOf = (paragraph: string, phrase: string) => {
	const start = paragraph.indexOf(phrase);
	return tenseAround(paragraph, start, start + phrase.length)?.tense;
};

describe('tenseAround', () => {
	it('reads the tense of the clause holding the phrase', () => {
		expect(tenseOf('Japanese Prime Minister Sanae Takaichi will host South Korean President Lee Jae Myung in her hometown on Tuesday, in a summit meant to stabilize ties.', 'on Tuesday')).toBe('future');
		expect(tenseOf('Takaichi and Lee on Wednesday will visit Horyu Temple, which includes old buildings.', 'on Wednesday')).toBe('future');
		expect(tenseOf('“It is more important than ever,” Foreign Minister Toshimitsu Motegi told reporters on Friday. “We agree.”', 'on Friday')).toBe('past');
		expect(tenseOf('But she sent a religious ornament instead of praying at Yasukuni for the Aug. 15 anniversary of Japan’s defeat.', 'Aug. 15')).toBe('past');
	});

	it('reads no past into a participle after an infinitive "be"', () => {
		expect(tenseOf('The book is due to be published in May.', 'in May')).toBeUndefined();
		expect(tenseOf('She is expected to be sworn in on Friday.', 'on Friday')).toBeUndefined();
		expect(tenseOf('The book was published in May.', 'in May')).toBe('past');
	});

	it('tells the clauses of one sentence apart', () => {
		const paragraph = 'The leaders met on Thursday, and they will meet again on Friday.';
		expect(tenseOf(paragraph, 'on Thursday')).toBe('past');
		expect(tenseOf(paragraph, 'on Friday')).toBe('future');
	});

	it('takes the sentence’s tense for a clause without a verb', () => {
		expect(tenseOf('Lee, in an interview with NHK television Monday, said security matters.', 'Monday')).toBe('past');
	});

	it('reads "would" as the future seen from the past: a sentence holding it is not all past', () => {
		const paragraph = 'Spanish Environment Minister Sara Aagesen said in Madrid that Spain would send an observer to the next round, due in Brasília in March.';
		expect(tenseOf(paragraph, 'in March')).toBeUndefined();
		expect(tenseOf('The minister said the pact would be ratified in March.', 'in March')).toBeUndefined();
		expect(tenseOf('The minister said in March that talks had failed.', 'in March')).toBe('past');
	});

	it('says nothing where the words say nothing, or both', () => {
		expect(tenseOf('The vote is on Thursday.', 'on Thursday')).toBeUndefined();
		expect(tenseOf('Voters, who waited for years and will vote again, go to the polls on Thursday.', 'on Thursday')).toBeUndefined();
	});
});

describe('presentAround', () => {
	const presentOf = (paragraph: string, phrase: string) => {
		const start = paragraph.indexOf(phrase);
		return presentAround(paragraph, start, start + phrase.length);
	};
	it('is true for a verb that shows its present, and false for a past, an infinitive or a noun', () => {
		expect(presentOf('The election is on Nov. 3.', 'on Nov. 3')).toBe(true);
		expect(presentOf('The ban takes effect Jan. 1.', 'Jan. 1')).toBe(true);
		expect(presentOf('The election was on Nov. 3.', 'on Nov. 3')).toBe(false);
		expect(presentOf('BP agreed to sell back its stake in October.', 'in October')).toBe(false);
	});
});

describe('speaksOf', () => {
	const ask = (paragraph: string, phrase: string, tense: 'past' | 'future') => {
		const start = paragraph.indexOf(phrase);
		return speaksOf(paragraph, start, start + phrase.length, tense);
	};

	it('gives the sentence when its words speak of the tense asked about', () => {
		const paragraph = 'Prices rose. Takaichi and Lee on Wednesday will visit Horyu Temple. Lee said so.';
		expect(ask(paragraph, 'on Wednesday', 'future')).toBe('Takaichi and Lee on Wednesday will visit Horyu Temple.');
		expect(ask(paragraph, 'on Wednesday', 'past')).toBeUndefined();
		expect(ask('Motegi told reporters on Friday.', 'on Friday', 'past')).toBe('Motegi told reporters on Friday.');
		expect(ask('Motegi told reporters on Friday.', 'on Friday', 'future')).toBeUndefined();
	});
});

describe('tenseAround, the verb a date belongs to', () => {
	it('reads "agreed on Thursday to finish ... by March" as past for Thursday and nothing for March', () => {
		const paragraph = 'NAIROBI, Kenya (AP) — Kenya and Ethiopia agreed on Thursday to finish a power line by March, as drought bites.';
		expect(tenseOf(paragraph, 'on Thursday')).toBe('past');
		expect(tenseOf(paragraph, 'by March')).toBeUndefined();
	});
});
