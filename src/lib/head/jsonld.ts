/**
 * Structured data (schema.org JSON-LD) for each kind of page. The types come from `schema-dts`, which is
 * generated from the schema.org vocabulary, so a misspelt property or a value of the wrong type fails
 * type-checking; tests/build/jsonld.test.ts checks the built pages' JSON against the same types.
 */
import { PUBLISHER_LOGO } from '../../consts';
import type { NewsArticle, Organization, Person, Place, ProfilePage, WebPage, WebSite, WithContext } from 'schema-dts';

// schema-dts lets any value be a bare string (a URL); these builders always make objects.
type Node<T> = Exclude<T, string>;
import type { Person as StoryPerson, Place as StoryPlace } from '../../schemas/entities';
import type { ExplainerData } from '../../schemas/explainer';
import { isoOfUpdate } from '../versions/update-time';

interface SiteFacts {
	name: string;
	/** The site's absolute root URL: `https://backstory.example/`. */
	url: string;
}

interface ImageFacts {
	url: string;
	width: number;
	height: number;
}

const organization = (name: string, url?: string): Node<Organization> => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/** The site as publisher: an organization with its logo (Google reads `publisher.logo` on articles). */
const publisher = (site: SiteFacts): Node<Organization> => ({
	...organization(site.name, site.url),
	logo: {
		'@type': 'ImageObject',
		url: new URL(PUBLISHER_LOGO.path, site.url).href,
		width: `${PUBLISHER_LOGO.width}`,
		height: `${PUBLISHER_LOGO.height}`,
	},
});

const personThing = (person: Pick<StoryPerson, 'name' | 'role'>): Node<Person> => ({
	'@type': 'Person',
	name: person.name,
	jobTitle: person.role,
});

// schema.org's types for the kinds it has; the other kinds of place (region, island, site) are plain Places.
const PLACE_TYPES = {
	city: 'City',
	country: 'Country',
	state: 'State',
	province: 'AdministrativeArea',
	sea: 'SeaBodyOfWater',
	river: 'RiverBodyOfWater',
	lake: 'LakeBodyOfWater',
	strait: 'BodyOfWater',
	gulf: 'BodyOfWater',
	bay: 'BodyOfWater',
} as const;
const placeThing = (place: Pick<StoryPlace, 'name' | 'kind'>): Node<Place> => ({
	'@type': PLACE_TYPES[place.kind as keyof typeof PLACE_TYPES] ?? 'Place',
	name: place.name,
});

export function explainerJsonLd(
	data: Pick<ExplainerData, 'title' | 'description' | 'byline' | 'source' | 'published' | 'modified' | 'section' | 'tags' | 'people' | 'places'>,
	page: { url: string; image: ImageFacts },
	site: SiteFacts,
): WithContext<NewsArticle> {
	const wire = organization(data.source);
	// The wire story's writers, where it names them; the explainer itself stays the wire's.
	const writers = data.byline ? data.byline.split(/,\s*|\s+and\s+/).map((name) => ({ '@type': 'Person' as const, name })) : [];
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: data.title,
		description: data.description,
		url: page.url,
		mainEntityOfPage: page.url,
		inLanguage: 'en',
		datePublished: data.published,
		dateModified: isoOfUpdate(data.modified),
		articleSection: data.section,
		...(data.tags.length ? { keywords: data.tags } : {}),
		image: { '@type': 'ImageObject', url: page.image.url, width: `${page.image.width}`, height: `${page.image.height}` },
		author: wire,
		publisher: publisher(site),
		// The wire story itself: the explainer quotes it word for word.
		isBasedOn: { '@type': 'NewsArticle', headline: data.title, datePublished: data.published, author: writers.length ? [...writers, wire] : wire, publisher: wire },
		backstory: `${data.source}’s story word for word, with a timeline of every date it mentions and the people and places it names, added by ${site.name}.`,
		about: [...data.people.map(personThing), ...data.places.map(placeThing)],
	};
}

/** The home page: the site, and how to search it. */
export function websiteJsonLd(site: SiteFacts & { description: string; searchPath: string }): WithContext<WebSite> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		url: site.url,
		description: site.description,
		inLanguage: 'en',
		publisher: publisher(site),
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${new URL(site.searchPath, site.url).href}?q={query}` },
		},
	};
}

/** Any other page: what it is and which site it belongs to. */
export function webPageJsonLd(
	page: { name: string; description: string; url: string; type?: 'WebPage' | 'SearchResultsPage' },
	site: SiteFacts,
): WithContext<WebPage> {
	return {
		'@context': 'https://schema.org',
		'@type': page.type ?? 'WebPage',
		name: page.name,
		description: page.description,
		url: page.url,
		inLanguage: 'en',
		isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
	};
}

const entityCommon = (entity: { name: string; summary: string; native?: { name: string } | undefined }) => ({
	name: entity.name,
	description: entity.summary,
	...(entity.native ? { alternateName: entity.native.name } : {}),
});

/** A person's page: a ProfilePage about them, with the native name as an alternate name. */
export function personPageJsonLd(
	person: Pick<StoryPerson, 'name' | 'role' | 'summary' | 'native'>,
	url: string,
	site: SiteFacts,
): WithContext<ProfilePage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'ProfilePage',
		url,
		inLanguage: 'en',
		isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
		mainEntity: { ...personThing(person), ...entityCommon(person) },
	};
}

/** A place's page: a WebPage about the place, with its coordinates. */
export function placePageJsonLd(
	place: Pick<StoryPlace, 'name' | 'kind' | 'summary' | 'native' | 'coordinates'>,
	url: string,
	site: SiteFacts,
): WithContext<WebPage> {
	const [latitude, longitude] = place.coordinates;
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		url,
		inLanguage: 'en',
		isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
		mainEntity: { ...placeThing(place), ...entityCommon(place), geo: { '@type': 'GeoCoordinates', latitude, longitude } },
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function serializeJsonLd(value: object): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
