import { describe, expect, it } from 'vitest';
import { isOtherSite } from '../../../src/lib/paths';
import rehypeExternalLinks from '../../../src/markdown/rehype-external-links';
import { renderStory } from '../../support/markdown';

const render = (markdown: string) => renderStory(markdown, {}, [rehypeExternalLinks]);

describe('rehypeExternalLinks', () => {
	it('adds noopener and noreferrer to links that leave the site', async () => {
		expect(await render('[AP](https://apnews.com/) and <https://example.org/x>')).toBe(
			'<p><a href="https://apnews.com/" rel="noopener noreferrer">AP</a> and <a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a></p>',
		);
	});

	it('leaves links within the site, fragments and mail alone', async () => {
		expect(await render('[x](/people/x/) [1](#p-1) [m](mailto:desk@example.com)')).toBe(
			'<p><a href="/people/x/">x</a> <a href="#p-1">1</a> <a href="mailto:desk@example.com">m</a></p>',
		);
	});
});

describe('isOtherSite', () => {
	it('tells addresses that can point at another origin', () => {
		expect(['https://a.example/', 'HTTP://a.example', '//a.example/x', 'ftp://a.example'].map(isOtherSite)).toEqual([true, true, true, true]);
		expect(['/x/', '#y', '../z', 'mailto:a@b.example', 'p-1'].map(isOtherSite)).toEqual([false, false, false, false, false]);
	});
});
