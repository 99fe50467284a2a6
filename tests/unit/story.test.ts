import { describe, expect, it } from 'vitest';
import { checkStory, rawHtmlIn, unsafeLinksIn } from '../../src/lib/story';

const frontmatter = { dateline: 'LISBON', people: [], places: [], dates: [] };

describe('rawHtmlIn', () => {
	it('finds raw HTML, inline or as a block, with its body line', () => {
		expect(rawHtmlIn('One <b>bold</b> word.\n\n<script>alert(1)</script>\n')).toEqual([
			{ line: 1, value: '<b>' },
			{ line: 1, value: '</b>' },
			{ line: 3, value: '<script>alert(1)</script>' },
		]);
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

describe('checkStory', () => {
	it('reports every unsafe link as a problem of the body, with its line', () => {
		const issues = checkStory(frontmatter, 'LISBON (AP) — A [link](javascript:void(0)).\n');
		expect(issues).toEqual([{ field: 'body', bodyLine: 1, message: expect.stringMatching(/javascript:void\(0\).*not allowed/) }]);
	});

	it('says an empty story is empty', () => {
		expect(checkStory(frontmatter, '\n\n')).toEqual([{ field: 'body', message: expect.stringMatching(/empty/) }]);
	});

	it('gives frontmatter problems their path, for finding the line', () => {
		const issues = checkStory({ ...frontmatter, people: [{ names: ['Ana Costa'] }] }, 'LISBON (AP) — Rui said.\n');
		expect(issues).toEqual([
			{ field: 'people[0].names[0]', path: ['people', 0, 'names', 0], message: expect.stringMatching(/never occurs/) },
		]);
	});
});
