/**
 * Words around a capitalised name that say it names a place, read by both the place finder
 * (./places.ts) and the people finder (./people.ts), which must not take such a name for a person.
 * A module of their own, so that neither finder imports the other.
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
