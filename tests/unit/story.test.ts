import { describe, expect, it } from 'vitest';
import { checkStory, findNames, namesPattern, storyParagraphs } from '../../src/lib/story';
import { AP_EXPLAINER, readExplainerFile } from '../support/explainers';

describe('namesPattern and findNames', () => {
	it('match names as whole words, the longest first where they overlap', () => {
		const names = ['Korea', 'South Korea', 'Lee'];
		const { pattern, nameOf } = namesPattern(names);
		const text = 'Lee went to South Korea; Leeward South Korean ships; Korea.';
		const found = [...text.matchAll(pattern)].map((match) => [match[0], names[nameOf(match.slice(1))]]);
		expect(found).toEqual([
			['Lee', 'Lee'],
			['South Korea', 'South Korea'],
			['Korea', 'Korea'],
		]);
	});

	it('give the paragraph of each mention, matching curly and straight quotes alike', () => {
		expect(findNames(['Japan’s worries', "not Japanese", "Japan's capital"], ['Japan'])).toEqual([
			{ name: 0, paragraph: 1 },
			{ name: 0, paragraph: 3 },
		]);
	});
});

describe('checkStory on names', () => {
	const { frontmatter, body } = readExplainerFile(AP_EXPLAINER);
	const data = frontmatter as unknown as Parameters<typeof checkStory>[0];

	it('finds nothing wrong with the AP explainer', () => {
		expect(storyParagraphs(body)).toHaveLength(20);
		expect(checkStory(data, body)).toEqual([]);
	});

	it('names the field of a name the story never uses', () => {
		const people = structuredClone(data.people);
		people[6]?.names.push('Kihara-san');
		expect(checkStory({ ...data, people }, body)).toEqual([
			{ field: 'people[6].names[1]', message: '"Kihara-san" never occurs in the story as whole words; list only names the story uses' },
		]);
	});

	it('does not take a name inside a word for the name: "Lee" is not in "Leeward"', () => {
		const problems = checkStory({ ...data, places: [...data.places, { names: ['Venezuela'] }] }, body);
		// The story says "Venezuelan", never "Venezuela".
		expect(problems).toEqual([
			{ field: `places[${data.places.length}].names[0]`, message: expect.stringContaining('"Venezuela" never occurs') },
		]);
	});

	it('refuses a name that only occurs inside longer names of the story', () => {
		const text = `${data.dateline} (AP) - South Korea and North Korea met.`;
		const places = [{ names: ['South Korea'] }, { names: ['North Korea'] }, { names: ['Korea'] }];
		const problems = checkStory({ ...data, people: [], places, dates: [] }, text);
		expect(problems).toEqual([
			{
				field: 'places[2].names[0]',
				message:
					'"Korea" occurs only inside longer names ("South Korea", "North Korea"), which take those words; list it only if the story also uses it alone',
			},
		]);
	});
});
