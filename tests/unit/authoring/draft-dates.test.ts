import { describe, expect, it } from 'vitest';
import { draftDates } from '../../../src/authoring/draft-dates';

const published = '2026-01-12'; // a Monday

describe('draftDates', () => {
	const story = [
		'PARIS (AP) - The president will travel to Berlin on Friday, a week after he met the chancellor on Friday in Rome.',
		'The treaty of 1957 set up the bloc, and the 1990s brought the euro.',
		'Ministers will meet on Thursday and return home in the afternoon.',
		'The city has more than 2,000 years of history.',
		'It was their third meeting in less than three months since Takaichi took office, officials said.',
	];
	const dates = draftDates(story, published);

	it('finds every phrase, in story order, with its date written out (and no date counted from another event)', () => {
		expect(dates.map((d) => [d.phrase, d.date])).toEqual([
			['Berlin on Friday', '2026-01-16'],
			['chancellor on Friday', '2026-01-09'],
			['1957', '1957'],
			['1990s', '1990'],
			['on Thursday', '2026-01-15'],
			['in the afternoon', '2026-01-15'],
			['more than 2,000 years of history', '0025'],
			// Three months before Jan. 12, 2026, at the precision a count of months gives.
			['since Takaichi took office', '2025-10'],
		]);
	});

	it('lengthens a phrase that occurs twice in its paragraph until it is unique, and names the paragraph only where the story repeats it', () => {
		const fridays = dates.filter((d) => d.phrase.endsWith('on Friday'));
		expect(fridays.map((d) => d.paragraph)).toEqual([undefined, undefined]);
		for (const friday of fridays) expect(story[0].split(friday.phrase)).toHaveLength(2);
	});

	it('gives each entry its own id, made from its words', () => {
		const ids = dates.map((d) => d.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('writes the afternoon as the day named before it', () => {
		const afternoon = dates.find((d) => d.phrase === 'in the afternoon');
		expect(afternoon?.date).toBe(dates.find((d) => d.phrase === 'on Thursday')?.date);
	});

	it('counts a phrase from the date the story last set, not from publication, and leaves it open where none is set', () => {
		const anchored = draftDates(
			[
				'Ten years later, the program was still talked about.',
				'In 1954, the program began. Ten years later, the Bracero Program fizzled out.',
				'On March 3, 2020, the plant closed. The day before, workers had been told. This fall, a World War II-era hangar reopens.',
			],
			published,
		);
		expect(anchored.map((d) => [d.phrase, d.date ?? 'open'])).toEqual([
			['Ten years later', 'open'],
			['1954', '1954'],
			['Ten years later', '1964'],
			['March 3, 2020', '2020-03-03'],
			['The day before', '2020-03-02'],
			['This fall', '2026-FA'],
			['World War II-era', 'open'],
		]);
		expect(anchored[0].open).toMatch(/counts from a date the story gives before it/);
		expect(anchored[6].open).toMatch(/names an era/);
	});

	it('counts from a season by its year, and never skips back past a date left open or no single date', () => {
		const story = [
			'PORTO, Portugal (AP) - The pact was signed on Thursday. The drought began in the summer of 2024. Two years later, the reservoirs were low.',
			'Lula flew in on Wednesday. Talks began last spring. A month later, engineers met.',
			'The dam opened in the 1990s. Ten years later, it was enlarged.',
		];
		expect(draftDates(story, '2026-10-15').map((d) => [d.phrase, d.date ?? 'open'])).toEqual([
			['on Thursday', '2026-10-15'],
			['summer of 2024', '2024-SU'],
			// From the season's year, not from Thursday (2028).
			['Two years later', '2026'],
			['on Wednesday', '2026-10-14'],
			['last spring', 'open'],
			// "last spring" is open: counting from Wednesday instead would be a guess.
			['A month later', 'open'],
			['1990s', '1990'],
			['Ten years later', 'open'],
		]);
	});

	it('leaves open a past month and day governed by a plain present, and a weekend', () => {
		const found = draftDates(['The election is on Nov. 3. The ban takes effect Jan. 1. He agreed to sell his stake in October. The minister resigned over the weekend.'], '2026-03-18');
		expect(found.map((d) => [d.phrase, d.date ?? 'open'])).toEqual([
			// News speaks of what is scheduled in the present: last November would be a guess.
			['Nov. 3', 'open'],
			['Jan. 1', 'open'],
			// An infinitive, and a noun the tagger takes for a verb ("stake"), are no present.
			['October', '2025-10'],
			['weekend', 'open'],
		]);
		expect(found[0].open).toMatch(/the sentence is in the present tense/);
	});

	it('leaves a season open in a story filed south of the equator, where the seasons are turned round', () => {
		const [north] = draftDates(['Lawmakers will vote this fall.'], published);
		const [south] = draftDates(['Lawmakers will vote this fall.'], published, { south: 'Santiago' });
		expect(north.date).toBe('2026-FA');
		expect(south.date).toBeUndefined();
		expect(south.open).toMatch(/filed from Santiago, south of the equator/);
	});

	it('leaves a count in a comparison open: it counts from the period reported, not the date last given', () => {
		const [year, compared] = draftDates(['In 1988, the firm grew. Profit rose to $5 million from $4 million a year earlier.'], published);
		expect(year.date).toBe('1988');
		expect(compared.date).toBeUndefined();
		expect(compared.open).toMatch(/compares with a period before the one the story reports/);
	});
});

