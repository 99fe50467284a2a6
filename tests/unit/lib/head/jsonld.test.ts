import { describe, expect, it } from 'vitest';
import type { Place } from '../../../../src/schemas/entities';
import {
	explainerJsonLd,
	personPageJsonLd,
	placePageJsonLd,
	serializeJsonLd,
	webPageJsonLd,
	websiteJsonLd,
} from '../../../../src/lib/head/jsonld';

const site = { name: 'Backstory', url: 'https://news.example.org/' };
const data = {
	title: 'Summit in Nara',
	description: 'Leaders meet.',
	source: 'The Associated Press',
	published: '2026-01-12',
	modified: '2026-01-13',
	section: 'World',
	tags: ['Japan'],
	people: [{ id: 'lee', name: 'Lee Jae Myung', role: 'President of South Korea', country: 'South Korea', names: ['Lee'], summary: 'Visiting.' }],
	places: [
		{ id: 'nara', name: 'Nara', kind: 'city' as const, coordinates: [34.68, 135.8] as [number, number], names: ['Nara'], summary: 'Host city.' },
		{ id: 'japan', name: 'Japan', kind: 'country' as const, coordinates: [36.2, 138.25] as [number, number], names: ['Japan'], summary: 'Host.' },
		{ id: 'horyu', name: 'Horyu Temple', kind: 'site' as const, coordinates: [34.61, 135.73] as [number, number], names: ['Horyu Temple'], summary: 'Temple.' },
	],
};
const page = {
	url: 'https://news.example.org/explainers/summit/',
	image: { url: 'https://news.example.org/og/explainers/summit.png', width: 1200, height: 630 },
};

describe('explainerJsonLd', () => {
	const article = explainerJsonLd(data, page, site);

	it('describes a NewsArticle with its headline, dates, image and page', () => {
		expect(article).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Summit in Nara',
			description: 'Leaders meet.',
			datePublished: '2026-01-12',
			dateModified: '2026-01-13',
			mainEntityOfPage: page.url,
			articleSection: 'World',
			keywords: ['Japan'],
			image: { '@type': 'ImageObject', url: page.image.url, width: '1200', height: '630' },
		});
	});

	it('credits the wire as author and the site as publisher, both organisations, the site with its logo', () => {
		expect(article.author).toEqual({ '@type': 'Organization', name: 'The Associated Press' });
		expect(article.publisher).toEqual({
			'@type': 'Organization',
			name: 'Backstory',
			url: site.url,
			logo: { '@type': 'ImageObject', url: new URL('/publisher-logo.png', site.url).href, width: '600', height: '60' },
		});
	});

	it('is based on the wire story', () => {
		expect(article.isBasedOn).toEqual({
			'@type': 'NewsArticle',
			headline: 'Summit in Nara',
			datePublished: '2026-01-12',
			author: { '@type': 'Organization', name: 'The Associated Press' },
			publisher: { '@type': 'Organization', name: 'The Associated Press' },
		});
	});

	it('credits the wire story’s writers, where it names them, beside the wire', () => {
		const withByline = explainerJsonLd({ ...data, byline: 'MARIA SANTOS and JOHN DOE' }, page, site);
		expect((withByline.isBasedOn as { author: unknown }).author).toEqual([
			{ '@type': 'Person', name: 'MARIA SANTOS' },
			{ '@type': 'Person', name: 'JOHN DOE' },
			{ '@type': 'Organization', name: 'The Associated Press' },
		]);
		// The explainer itself is still the wire's, as the site publishes it.
		expect(withByline.author).toEqual({ '@type': 'Organization', name: 'The Associated Press' });
	});

	it('is about its people and places, cities and countries as such', () => {
		expect(article.about).toEqual([
			{ '@type': 'Person', name: 'Lee Jae Myung', jobTitle: 'President of South Korea' },
			{ '@type': 'City', name: 'Nara' },
			{ '@type': 'Country', name: 'Japan' },
			{ '@type': 'Place', name: 'Horyu Temple' },
		]);
	});
});

describe('websiteJsonLd and webPageJsonLd', () => {
	it('describe the site with its search, and any page as part of the site', () => {
		const website = websiteJsonLd({ ...site, description: 'Explainers.', searchPath: '/search/' });
		expect(website).toMatchObject({ '@type': 'WebSite', name: 'Backstory', url: site.url });
		expect(website.potentialAction).toEqual({
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: 'https://news.example.org/search/?q={query}' },
		});
		expect(webPageJsonLd({ name: 'Search', description: 'Find.', url: `${site.url}search/`, type: 'SearchResultsPage' }, site)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'SearchResultsPage',
			name: 'Search',
			description: 'Find.',
			url: 'https://news.example.org/search/',
			inLanguage: 'en',
			isPartOf: { '@type': 'WebSite', name: 'Backstory', url: site.url },
		});
	});
});

describe('entity pages', () => {
	it('make a ProfilePage about a person, with the native name', () => {
		const person = { name: 'Lee Jae Myung', role: 'President of South Korea', summary: 'Visiting.', native: { name: '이재명', lang: 'ko' } };
		expect(personPageJsonLd(person, `${site.url}people/lee/`, site)).toMatchObject({
			'@type': 'ProfilePage',
			url: 'https://news.example.org/people/lee/',
			mainEntity: { '@type': 'Person', name: 'Lee Jae Myung', jobTitle: 'President of South Korea', alternateName: '이재명', description: 'Visiting.' },
		});
	});

	it('make a WebPage about a place, with its coordinates', () => {
		expect(placePageJsonLd(data.places[0]!, `${site.url}places/nara/`, site)).toMatchObject({
			'@type': 'WebPage',
			mainEntity: { '@type': 'City', name: 'Nara', geo: { '@type': 'GeoCoordinates', latitude: 34.68, longitude: 135.8 } },
		});
	});

	it('name water and a country’s divisions by schema.org’s types for them', () => {
		const typeOf = (kind: Place['kind']) =>
			(placePageJsonLd({ ...data.places[0]!, kind }, `${site.url}places/x/`, site).mainEntity as { '@type': string })['@type'];
		expect((['sea', 'river', 'lake', 'strait', 'state', 'province', 'island'] as const).map(typeOf)).toEqual([
			'SeaBodyOfWater',
			'RiverBodyOfWater',
			'LakeBodyOfWater',
			'BodyOfWater',
			'State',
			'AdministrativeArea',
			'Place',
		]);
	});
});

describe('serializeJsonLd', () => {
	it('escapes < so no value can close the script element', () => {
		const text = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
	});
});
