import { describe, expect, it } from 'vitest';
import { apState, countryShortName, nameAfterTitle, namesNoPlace, numberedStart, titledSurnames } from '../../../src/authoring/place-names';
import { capitalisedRuns } from '../../../src/authoring/text-runs';

const runOf = (paragraph: string, words: string) => capitalisedRuns([paragraph]).find((run) => run.text === words)!;

describe('nameAfterTitle', () => {
	it('gives the words after a title, the title of one word or several', () => {
		expect(nameAfterTitle(['Prime', 'Minister', 'Luis', 'Montenegro'])).toEqual(['Luis', 'Montenegro']);
		expect(nameAfterTitle(['Foreign', 'Minister', 'Toshimitsu', 'Motegi'])).toEqual(['Toshimitsu', 'Motegi']);
		expect(nameAfterTitle(['President', 'Montenegro'])).toEqual(['Montenegro']);
	});

	it('gives nothing for an office ("Mayor of London") or a name with no title', () => {
		expect(nameAfterTitle(['Mayor', 'of', 'London'])).toBeUndefined();
		expect(nameAfterTitle(['Luis', 'Montenegro'])).toBeUndefined();
		expect(nameAfterTitle(['President'])).toBeUndefined();
	});

	it('collects the surnames of titled names', () => {
		expect([...titledSurnames(capitalisedRuns(['Prime Minister Luis Montenegro met Gov. Abbott in Texas.']))]).toEqual(['Montenegro', 'Abbott']);
	});
});

describe('namesNoPlace', () => {
	it('is a follower, a doctrine or a party', () => {
		expect(namesNoPlace(['Socialist'], 'lawmakers')).toBe(true);
		expect(namesNoPlace(['Islamism'], '')).toBe(true);
		expect(namesNoPlace(['Labour'], 'party')).toBe(true);
		expect(namesNoPlace(['Baltic'], 'states')).toBe(false);
		expect(namesNoPlace(['Bucharest'], '')).toBe(false);
	});
});

describe('numberedStart', () => {
	it('takes in a number and a particle before the name', () => {
		const paragraph = 'Traffic stopped on the 25 de Abril Bridge.';
		expect(numberedStart(paragraph, runOf(paragraph, 'Abril Bridge'))).toEqual({ start: paragraph.indexOf('25'), prefix: ['25', 'de'] });
		const plain = 'Traffic stopped on the Golden Gate Bridge.';
		expect(numberedStart(plain, runOf(plain, 'Golden Gate Bridge')).prefix).toEqual([]);
	});
});

describe('apState', () => {
	it('reads an AP state abbreviation only after a city and a comma', () => {
		const paragraph = 'It began in Raleigh, N.C., and moved to Springfield, Ill. on Monday.';
		expect(apState(paragraph, runOf(paragraph, 'N.C.'))).toEqual({ state: 'North Carolina', written: 'N.C.' });
		expect(apState(paragraph, runOf(paragraph, 'Ill'))).toEqual({ state: 'Illinois', written: 'Ill.' });
		const alone = 'They said N.C. was next.';
		expect(apState(alone, runOf(alone, 'N.C.'))).toBeUndefined();
	});
});

describe('countryShortName', () => {
	it('gives the gazetteer\'s name for a short one', () => {
		expect(countryShortName('Britain')).toBe('United Kingdom');
		expect(countryShortName('US')).toBe('United States');
		expect(countryShortName('IT')).toBeUndefined();
	});
});
