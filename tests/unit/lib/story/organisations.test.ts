import { describe, expect, it } from 'vitest';
import { insideOrganisation, organisationSpans } from '../../../../src/lib/story/organisations';

const names = (text: string, options?: { based?: boolean }) => organisationSpans(text, options).map(([from, to]) => text.slice(from, to));

describe('organisationSpans', () => {
	it('finds a name by its organisation word, joined through of, for, at, and', () => {
		expect(names('She studied at the University of Texas at Austin in 1990.')).toEqual(['University of Texas at Austin']);
		expect(names('said the Center for Immigration Studies, a think tank.')).toEqual(['Center for Immigration Studies']);
		expect(names('the Department of Health and Human Services said')).toEqual(['Department of Health and Human Services']);
		expect(names('at Texas A&M University, a school')).toEqual(['Texas A&M University']);
		// Armed and uniformed services: "Coast" in "U.S. Coast Guard" is no coast.
		expect(names('the U.S. Coast Guard said')).toEqual(['U.S. Coast Guard']);
		expect(names('the Israel Defense Forces said')).toEqual(['Israel Defense Forces']);
	});

	it('does not reach across "and" or "of" before the organisation word: "Japan and the Bank of Korea"', () => {
		expect(names('Officials of Japan and the Bank of Korea met.')).toEqual(['Bank of Korea']);
		expect(names('Leaders of France met at the Bank of Korea.')).toEqual(['Bank of Korea']);
	});

	it('takes in an "X-based" before the name when asked', () => {
		const text = 'the Washington-based Center for Immigration Studies says';
		expect(names(text)).toEqual(['Center for Immigration Studies']);
		expect(names(text, { based: true })).toEqual(['Washington-based Center for Immigration Studies']);
		expect(names('the New York-based Committee to Protect Journalists', { based: true })).toEqual(['New York-based Committee']);
	});

	it('finds none in a sentence of places and people only', () => {
		expect(names('Lee Jae Myung flew from Seoul to Nara, Japan.')).toEqual([]);
	});
});

describe('insideOrganisation', () => {
	it('is a part of a name, not the whole of it', () => {
		const text = 'the University of Texas at Austin';
		const spans = organisationSpans(text);
		const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
		expect(insideOrganisation(spans, ...at('Texas'))).toBe(true);
		expect(insideOrganisation(spans, ...at('University of Texas at Austin'))).toBe(false);
		expect(insideOrganisation(spans, ...at('the'))).toBe(false);
	});
});
