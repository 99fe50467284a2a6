import { describe, expect, it } from 'vitest';
import { checkStory, uncoveredDatePhrases } from '../../../../src/lib/story/check';
import { countOccurrences, findNames, locatePhrase, namesPattern, phrasePattern } from '../../../../src/lib/story/phrases';
import { storyParagraphs } from '../../../../src/lib/story/text';
import { rawHtmlIn, unsafeLinksIn } from '../../../../src/lib/story/safety';
import { explainerSchema } from '../../../../src/schemas/explainer';
import { clone, readExplainerFile } from '../../../support/explainers';
import { readFileSync } from 'node:fs';

const { frontmatter, body } = readExplainerFile();
const data = explainerSchema.parse(frontmatter);
const source = readFileSync('tests/fixtures/ap-japan-south-korea-summit.txt', 'utf8').split('\n');

describe('the story text', () => {
	it('holds the AP body word for word: 20 paragraphs, the first with the dateline', () => {
		const paragraphs = storyParagraphs(body);
		expect(paragraphs).toEqual(source.slice(2, 22));
		expect(paragraphs[0].startsWith('TOKYO (AP) - ')).toBe(true);
	});
	it('keeps the headline and the wire summary', () => {
		expect(data.title).toBe(source[1]);
		expect(data.description).toBe(source[0]);
	});
	it('agrees with its frontmatter', () => {
		expect(checkStory(data, body)).toEqual([]);
	});
});

describe('phrasePattern', () => {
	it('matches whole words only', () => {
		expect(countOccurrences("Lee's visit", 'Lee')).toBe(1);
		expect(countOccurrences('Leeward', 'Lee')).toBe(0);
		expect(countOccurrences('South Korean President', 'South Korea')).toBe(0);
		expect(countOccurrences('the U.S. and', 'U.S.')).toBe(1);
	});
	it('treats straight and curly quotes, and hyphens and dashes, as the same', () => {
		expect(countOccurrences('Japan’s defeat', "Japan's defeat")).toBe(1);
		expect(countOccurrences('1910–1945', '1910-1945')).toBe(1);
	});
	it('escapes regular-expression characters in the phrase', () => {
		expect(phrasePattern('Aug. 15').test('Aug. 15')).toBe(true);
		expect(phrasePattern('Aug. 15').test('Augx 15')).toBe(false);
	});
});

describe('locatePhrase', () => {
	const paragraphs = ['Takaichi on Monday returned.', 'NHK television Monday, said.'];
	it('finds the one paragraph a phrase is in', () => {
		expect(locatePhrase(paragraphs, 'on Monday')).toEqual({ paragraph: 1 });
	});
	it('asks for a paragraph when a phrase occurs more than once', () => {
		expect(locatePhrase(paragraphs, 'Monday')).toEqual({
			error: '"Monday" occurs 2 times (paragraphs 1, 2); quote more words, or add paragraph: with the one you mean',
		});
		expect(locatePhrase(paragraphs, 'Monday', 2)).toEqual({ paragraph: 2 });
		expect(locatePhrase(paragraphs, 'on Monday', 2)).toEqual({ error: '"on Monday" is not in paragraph 2' });
		expect(locatePhrase(paragraphs, 'Monday', 5)).toEqual({ error: 'names paragraph 5, but the story has 2' });
	});
	it('says when a phrase is not in the story', () => {
		expect(locatePhrase(paragraphs, 'on Sunday')).toEqual({
			error: '"on Sunday" is not in the story; quote the story\'s words exactly',
		});
	});
});

describe('checkStory', () => {
	it('names the field of a phrase that is not in the story', () => {
		const broken = clone(data);
		broken.dates[3].phrase = 'in 1943';
		expect(checkStory(broken, body)).toEqual([
			{ field: 'dates[3].phrase', path: ['dates', 3, 'phrase'], message: '"in 1943" is not in the story; quote the story\'s words exactly' },
		]);
	});
	it('names a person or place name the story never uses', () => {
		const broken = clone(data);
		broken.people[0].names.push('PM Takaichi');
		broken.places[2].names = ['Hanyang'];
		expect(checkStory(broken, body)).toEqual([
			{ field: 'people[0].names[2]', path: ['people', 0, 'names', 2], message: '"PM Takaichi" never occurs in the story as whole words; list only names the story uses' },
			{ field: 'places[2].names[0]', path: ['places', 2, 'names', 0], message: '"Hanyang" never occurs in the story as whole words; list only names the story uses' },
		]);
	});
	it('refuses an empty story', () => {
		expect(checkStory(data, '\n\n')).toEqual([
			{ field: 'body', message: 'the story is empty: paste the story below the frontmatter' },
		]);
	});
	it('refuses raw HTML, which could run in readers’ browsers', () => {
		const withHtml = body.replace('Their meeting will focus', '<script>alert(1)</script>\n\nTheir meeting will focus');
		expect(rawHtmlIn(withHtml)).toEqual([{ line: expect.any(Number), value: '<script>alert(1)</script>' }]);
		expect(checkStory(data, withHtml)).toContainEqual({
			field: 'body',
			bodyLine: expect.any(Number),
			message: expect.stringMatching(/^raw HTML is not allowed in a story \(line \d+ of the body: <script>/),
		});
	});
	it('checks that the story opens with the dateline', () => {
		expect(checkStory({ ...data, dateline: 'SEOUL' }, body)).toEqual([
			{ field: 'dateline', path: ['dateline'], message: 'the story\'s first paragraph should start with "SEOUL"' },
		]);
	});
});

describe('checkStory: the tense of the sentence', () => {
	const withoutTense = (id: string, change: Partial<(typeof data.dates)[number]> = {}) => {
		const broken = clone(data);
		const index = broken.dates.findIndex((entry) => entry.id === id);
		Object.assign(broken.dates[index] as object, change);
		return { broken, index };
	};

	it('accepts every relative date of the AP story read as the nearest, with no tense', () => {
		expect(data.dates.filter((entry) => entry.tense !== undefined)).toEqual([]);
		expect(checkStory(data, body)).toEqual([]);
	});

	it('fails "will host ... on Tuesday" read as the Tuesday before, naming the fix', () => {
		const { broken, index } = withoutTense('nara-summit', { date: '2026-01-06' });
		expect(checkStory(broken, body)).toEqual([
			{
				field: `dates[${index}].tense`,
				path: ['dates', index, 'phrase'],
				message: expect.stringMatching(/^"on Tuesday" is read as Jan\. 6, 2026, .* speaks of the future .*if the story means Jan\. 13, 2026, add tense: future/),
			},
		]);
	});

	it('fails "told reporters on Friday" read as the coming Friday', () => {
		const { broken, index } = withoutTense('motegi-remarks', { date: '2026-01-16' });
		expect(checkStory(broken, body)).toEqual([
			expect.objectContaining({ field: `dates[${index}].tense`, message: expect.stringMatching(/speaks of the past .*add tense: past/) }),
		]);
	});

	it('reads from a later version’s day, and says so', () => {
		// Sent on Tuesday, Jan. 13: the nearest Friday is Jan. 16, and "told reporters" speaks of the past.
		const { broken, index } = withoutTense('motegi-remarks', { date: '2026-01-16' });
		expect(checkStory({ ...broken, asOf: '2026-01-13' }, body)).toEqual([
			expect.objectContaining({
				field: `dates[${index}].tense`,
				message: expect.stringMatching(/the nearest to this version of the story \(Jan\. 13, 2026\).*if the story means Jan\. 9, 2026, add tense: past/),
			}),
		]);
	});

	it('trusts a tense the editor gave', () => {
		const { broken } = withoutTense('motegi-remarks', { date: '2026-01-16', tense: 'future' });
		expect(checkStory(broken, body)).toEqual([]);
	});
});

describe('uncoveredDatePhrases', () => {
	const without = (id: string) => ({ ...data, dates: data.dates.filter((entry) => entry.id !== id) });

	it('finds none in the AP story: its timeline has every date the story mentions', () => {
		expect(uncoveredDatePhrases(data, body)).toEqual([]);
	});

	it('names the phrase and the paragraph of a date the timeline lacks', () => {
		expect(uncoveredDatePhrases(without('motegi-remarks'), body)).toEqual([{ phrase: 'on Friday', paragraph: 11 }]);
		expect(uncoveredDatePhrases(without('mine-accident'), body)).toEqual([{ phrase: '1942', paragraph: 19 }]);
	});

	it('warns about a season, an era and a date counted from another date, like any other phrase', () => {
		const story = 'In 1954, a World War II-era law was passed. Ten years later, it lapsed; lawmakers will revisit it this fall.\n';
		expect(uncoveredDatePhrases({ ...data, dates: [], offTimeline: [] }, story)).toEqual([
			{ phrase: '1954', paragraph: 1 },
			{ phrase: 'World War II-era', paragraph: 1 },
			{ phrase: 'Ten years later', paragraph: 1 },
			{ phrase: 'this fall', paragraph: 1 },
		]);
	});

	it('stays quiet about a phrase left off on purpose', () => {
		const left = { ...without('motegi-remarks'), offTimeline: [{ phrase: 'on Friday', reason: 'Motegi’s remarks are context, not an event.' }] };
		expect(uncoveredDatePhrases(left, body)).toEqual([]);
	});

	it('checks that a phrase left off is in the story', () => {
		const left = { ...data, offTimeline: [{ phrase: 'on Sunday', reason: 'no reason' }] };
		expect(checkStory(left, body)).toEqual([
			{ field: 'offTimeline[0].phrase', path: ['offTimeline', 0, 'phrase'], message: expect.stringMatching(/"on Sunday" is not in the story/) },
		]);
	});
});

const small = { dateline: 'LISBON', published: '2026-03-10', people: [], places: [], dates: [] };

describe('rawHtmlIn', () => {
	it('finds raw HTML, inline or as a block, with its body line', () => {
		expect(rawHtmlIn('One <b>bold</b> word.\n\n<script>alert(1)</script>\n')).toEqual([
			{ line: 1, value: '<b>' },
			{ line: 1, value: '</b>' },
			{ line: 3, value: '<script>alert(1)</script>' },
		]);
		expect(rawHtmlIn('No HTML here.')).toEqual([]);
	});

	it('leaves escaped markup and comparisons alone: they are text', () => {
		expect(rawHtmlIn('Prices rose 3 < 4 and \\<b> stays text; so does &lt;i&gt;.')).toEqual([]);
	});
});

describe('unsafeLinksIn', () => {
	it.each([
		'[x](javascript:alert(1))',
		'[x](JavaScript:alert(1))',
		'[x](java&#115;cript:alert(1))',
		'[x](data:text/html,<script>alert(1)</script>)',
		'[x](vbscript:msgbox)',
		'<javascript:alert(1)>',
		'[x][ref]\n\n[ref]: javascript:alert(1)',
	])('refuses a link that could run code: %s', (markdown) => {
		expect(unsafeLinksIn(markdown)).toHaveLength(1);
	});

	it.each(['![x](https://tracker.example/pixel.gif)', '![x](//tracker.example/pixel.gif)', '![x](data:image/png;base64,AAAA)'])(
		'refuses an image another site would serve: %s',
		(markdown) => {
			expect(unsafeLinksIn(markdown)[0]?.message).toMatch(/another site/);
		},
	);

	it.each(['[AP](https://apnews.com/)', '[mail](mailto:desk@example.com)', '[top](#p-1)', '[home](/)', '[x](../y/)', '![map](/images/map.png)'])(
		'accepts an ordinary link or local image: %s',
		(markdown) => {
			expect(unsafeLinksIn(markdown)).toEqual([]);
		},
	);
});

describe('checkStory, for a small story', () => {
	it('reports every unsafe link as a problem of the body, with its line', () => {
		const issues = checkStory(small, 'LISBON (AP) — A [link](javascript:void(0)).\n');
		expect(issues).toEqual([{ field: 'body', bodyLine: 1, message: expect.stringMatching(/javascript:void\(0\).*not allowed/) }]);
	});

	it('says an empty story is empty', () => {
		expect(checkStory(small, '\n\n')).toEqual([{ field: 'body', message: expect.stringMatching(/empty/) }]);
	});

	it('gives small problems their path, for finding the line', () => {
		const issues = checkStory({ ...small, people: [{ names: ['Ana Costa'] }] }, 'LISBON (AP) — Rui said.\n');
		expect(issues).toEqual([
			{ field: 'people[0].names[0]', path: ['people', 0, 'names', 0], message: expect.stringMatching(/never occurs/) },
		]);
	});
});

describe('reading the story once for every check', () => {
	it('reads the words as written, straight quotes and all, and only top-level paragraphs', () => {
		expect(storyParagraphs('TOKYO (AP) - "Hi," he said.\n\n> Quoted.\n\nIt\'s over.')).toEqual([
			'TOKYO (AP) - "Hi," he said.',
			"It's over.",
		]);
	});
	it('answers for the story it is given, not the one asked about before', () => {
		expect(storyParagraphs('One.')).toEqual(['One.']);
		expect(storyParagraphs('Two.\n\nThree.')).toEqual(['Two.', 'Three.']);
	});
	it('gives a fresh phrase pattern each time, so a global match never starts where the last one stopped', () => {
		const first = phrasePattern('Lee');
		expect(first.exec('Lee and Lee')?.index).toBe(0);
		expect(first.lastIndex).toBe(3);
		expect(phrasePattern('Lee').lastIndex).toBe(0);
		expect(phrasePattern('on Monday', 'u').flags).toBe('u');
		expect(countOccurrences('Lee met Lee, not Leeward', 'Lee')).toBe(2);
		expect(countOccurrences('Lee met Lee, not Leeward', 'Lee')).toBe(2);
	});
});

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
	it('does not take a name inside a longer word for the name', () => {
		const problems = checkStory({ ...data, places: [...data.places, { ...clone(data.places[0]), names: ['Venezuela'] }] }, body);
		// The story says "Venezuelan", never "Venezuela".
		expect(problems).toEqual([
			{ field: `places[${data.places.length}].names[0]`, path: ['places', data.places.length, 'names', 0], message: expect.stringContaining('"Venezuela" never occurs') },
		]);
	});

	it('refuses a name that only occurs inside longer names of the story', () => {
		const text = `${data.dateline} (AP) - South Korea and North Korea met.`;
		const places = ['South Korea', 'North Korea', 'Korea'].map((name) => ({ ...clone(data.places[0]), names: [name] }));
		const problems = checkStory({ ...data, people: [], places, dates: [] }, text);
		expect(problems).toEqual([
			{
				field: 'places[2].names[0]',
				path: ['places', 2, 'names', 0],
				message:
					'"Korea" occurs only inside longer names ("South Korea", "North Korea"), which take those words; list it only if the story also uses it alone',
			},
		]);
	});
});
