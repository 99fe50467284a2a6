/**
 * Lower-case words around a capitalised run that say it names a place: shared by people.ts (such a
 * run is no person) and places.ts (it is a place, of this kind). Kept apart so that neither module
 * imports the other.
 */
import type { placeKinds } from '../schemas/entities';

type PlaceKind = (typeof placeKinds)[number];

// After an article or a direction a lone name is a place or thing: "the Amazon", "the upper Midwest".
export const AREA_WORDS = /^(?:the|a|an|western|eastern|northern|southern|central|upper|lower|far|deep)$/;

/**
 * A lower-case word after a name that says what kind of place it names: "Ethiopia's Tigray region",
 * "Yamaguchi prefecture", "the Mekong river".
 */
export const PLACE_NOUNS: Readonly<Record<string, PlaceKind>> = {
	region: 'region', county: 'region', district: 'region', territory: 'region', peninsula: 'region', valley: 'region', desert: 'region',
	province: 'province', prefecture: 'province', oblast: 'province', state: 'state',
	island: 'island', islands: 'island', sea: 'sea', strait: 'strait', gulf: 'gulf', bay: 'bay', river: 'river', lake: 'lake',
};
