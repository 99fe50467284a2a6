import { describe, expect, it } from 'vitest';
import { absoluteUrl, documentTitle, type PageMeta, socialTags } from '../../../../src/lib/head/tags';

const SITE = 'https://news.example.org/';
const image = { src: '/og/explainers/summit.png', width: 1200, height: 630, alt: 'Card: Summit' };
const article: PageMeta = {
	title: 'Summit in Nara',
	description: 'Leaders meet.',
	path: '/explainers/summit/',
	type: 'article',
	image,
	article: { published: '2026-01-12', modified: '2026-01-13', section: 'World', tags: ['Japan', 'South Korea'] },
};

const contentOf = (tags: ReturnType<typeof socialTags>, key: string) =>
	tags.filter((tag) => ('property' in tag ? tag.property : tag.name) === key).map((tag) => tag.content);

describe('documentTitle', () => {
	it('appends the site name, except to the site name itself', () => {
		expect(documentTitle('Summit in Nara', 'Backstory')).toBe('Summit in Nara | Backstory');
		expect(documentTitle('Backstory', 'Backstory')).toBe('Backstory');
	});
});

describe('absoluteUrl', () => {
	it('resolves paths against the site, keeping absolute URLs as they are', () => {
		expect(absoluteUrl('/explainers/summit/', SITE)).toBe('https://news.example.org/explainers/summit/');
		expect(absoluteUrl('/rss.xml', new URL('https://news.example.org'))).toBe('https://news.example.org/rss.xml');
		expect(absoluteUrl('https://cdn.example.net/a.png', SITE)).toBe('https://cdn.example.net/a.png');
	});
});

describe('socialTags', () => {
	const tags = socialTags(article, SITE, 'Backstory');

	it('gives Open Graph the page as an article with absolute URLs and the card’s size and alt text', () => {
		expect(Object.fromEntries(tags.filter((t) => 'property' in t && t.property.startsWith('og:')).map((t) => ['property' in t ? t.property : '', t.content]))).toEqual({
			'og:type': 'article',
			'og:site_name': 'Backstory',
			'og:locale': 'en_US',
			'og:title': 'Summit in Nara',
			'og:description': 'Leaders meet.',
			'og:url': 'https://news.example.org/explainers/summit/',
			'og:image': 'https://news.example.org/og/explainers/summit.png',
			'og:image:type': 'image/png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'og:image:alt': 'Card: Summit',
		});
	});

	it('dates the article with its calendar dates and tags it once per tag', () => {
		expect(contentOf(tags, 'article:published_time')).toEqual(['2026-01-12']);
		expect(contentOf(tags, 'article:modified_time')).toEqual(['2026-01-13']);
		expect(contentOf(tags, 'article:section')).toEqual(['World']);
		expect(contentOf(tags, 'article:tag')).toEqual(['Japan', 'South Korea']);
	});

	it('asks X for the large image card, with the image’s alt text', () => {
		expect(contentOf(tags, 'twitter:card')).toEqual(['summary_large_image']);
		expect(contentOf(tags, 'twitter:image:alt')).toEqual(['Card: Summit']);
	});

	it('leaves article tags off other pages', () => {
		const home = socialTags({ ...article, type: 'website', article: undefined, path: '/' }, SITE, 'Backstory');
		expect(contentOf(home, 'og:type')).toEqual(['website']);
		expect(home.some((tag) => 'property' in tag && tag.property.startsWith('article:'))).toBe(false);
	});
});
