/**
 * What a country's name stands for, read one way by the draft tool (which writes `country:` from it)
 * and by the content checks (which find that country's outline): `world-countries`' common and
 * official names, its alternative spellings, and two-letter codes as wire copy writes them ("U.S.").
 */
import countries from 'world-countries';

export type Country = (typeof countries)[number];

/** This module's file, so the cache of maps (which names countries) can tell when its code has changed. */
export const COUNTRY_NAMES_CODE_URL = import.meta.url;

/** Case, accents and dots do not tell names apart: "Bogotá" is "Bogota", "U.S." is "US". */
export function nameKey(name: string): string {
	// Plain ASCII has no accents to take off (the draft tool keys 135,000 city names at start).
	return (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, ''))
		.replace(/[’']/g, "'")
		.toLowerCase()
		// "Democratic Republic of Congo" is "Democratic Republic of the Congo"; "The Gambia" is "Gambia".
		.replace(/\bthe\s+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Sovereign states first, so a name or demonym a territory shares ("French") means the state. */
export const countriesBySovereignty: readonly Country[] = [...countries].sort(
	(a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || Number(b.unMember) - Number(a.unMember),
);

// Built on first use: pages import the content checks' module, which never needs it while rendering.
let byName: Map<string, Country> | undefined;

/** The country a name stands for: "Japan", "United States", "U.S.", "Republic of Korea". */
export function countryByName(name: string): Country | undefined {
	if (!byName) {
		byName = new Map();
		for (const country of countriesBySovereignty) {
			const names = [country.name.common, country.name.official, ...country.altSpellings.filter((spelling) => spelling.length > 2 && !/\d/.test(spelling))];
			// Two-letter codes count only as wire copy writes them, with dots: "U.S.", "U.K."; bare, "IN" and "IT" are words.
			const dotted = country.altSpellings.filter((spelling) => /^[A-Z]{2}$/.test(spelling)).map((code) => `${code[0]}.${code[1]}.`);
			for (const each of [...names, ...dotted]) if (!byName.has(nameKey(each))) byName.set(nameKey(each), country);
		}
	}
	return byName.get(nameKey(name));
}
