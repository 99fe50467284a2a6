import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkSmartPunctuation from '../../../src/markdown/remark-smart-punctuation';
import { AP_EXPLAINER, FIXTURE_EXPLAINER, readExplainerFile } from '../../support/explainers';

// Astro's processor twice: with its built-in smartypants (remark-smartypants, retext), and with ours.
const options = { ...markdownConfigDefaults, syntaxHighlight: false } as const;
const builtIn = await unified({ smartypants: true, gfm: false }).createRenderer(options);
const ours = await unified({ smartypants: false, gfm: false, remarkPlugins: [remarkSmartPunctuation] }).createRenderer(options);
const render = async (markdown: string) => (await ours.render(markdown)).code;

describe('remarkSmartPunctuation', () => {
	it('curls quotes and apostrophes', async () => {
		expect(await render(`"It's the country's best," he said. 'Yes.'`)).toBe('<p>“It’s the country’s best,” he said. ‘Yes.’</p>');
	});

	it('pairs quotes across a link or emphasis', async () => {
		expect(await render('He called it "[a summit](https://example.org)" and "*historic*".')).toBe(
			'<p>He called it “<a href="https://example.org">a summit</a>” and “<em>historic</em>”.</p>',
		);
	});

	it('makes -- an em dash and ... an ellipsis', async () => {
		expect(await render('Ties -- long strained ... improved.')).toBe('<p>Ties — long strained … improved.</p>');
	});

	it('leaves code alone, and reads a quote after it as closing', async () => {
		expect(await render('Type "`a "b" -- c`" here.')).toBe('<p>Type “<code>a "b" -- c</code>” here.</p>');
	});

	it('keeps angle brackets and ampersands in the text as text', async () => {
		expect(await render('"a \\<b> & c"')).toBe('<p>“a &#x3C;b> &#x26; c”</p>');
	});

	it('starts each block afresh: a quote opening a paragraph or heading opens', async () => {
		expect(await render('# "Nara" summit\n\n"Yes," she said.\n\n> "No."')).toBe(
			'<h1 id="nara-summit">“Nara” summit</h1>\n<p>“Yes,” she said.</p>\n<blockquote>\n<p>“No.”</p>\n</blockquote>',
		);
	});

	it.each([
		['the AP explainer', AP_EXPLAINER],
		['the fixture explainer', FIXTURE_EXPLAINER],
	])('renders %s exactly as Astro’s built-in smartypants does', async (_name, file) => {
		const { body } = readExplainerFile(file);
		expect(body).toMatch(/["']/);
		expect((await ours.render(body)).code).toBe((await builtIn.render(body)).code);
	});

	it('matches the built-in on common wire-copy punctuation', async () => {
		const samples = [
			`"We will not," Lee said, "give up."`,
			`The '90s were Japan's "lost decade."`,
			`He said: "She told me 'never' twice."`,
			`Prices rose 5% -- the most since 2008...`,
			`The "Sado" mine, a "World Heritage" site.`,
		];
		for (const sample of samples) expect(await render(sample), sample).toBe((await builtIn.render(sample)).code);
	});
});
