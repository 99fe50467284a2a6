/** The people and places of an explainer: who's who, and what goes on the map. */
import { z } from 'astro/zod';
import { id, nativeName, storyNames, text } from './fields';

export const person = z.strictObject({
	id,
	name: text,
	/** The name in its own script and language, rendered with `lang` so it is read and shaped right. */
	native: nativeName.optional(),
	/** The role as of the story's publication; another explainer may give another role. */
	role: text,
	country: text,
	names: storyNames,
	summary: text,
});

const latitude = z
	.number({ error: 'expected a latitude in degrees, a number from -90 to 90' })
	.min(-90, { error: (issue) => `latitude must be between -90 and 90; found ${String(issue.input)}` })
	.max(90, { error: (issue) => `latitude must be between -90 and 90; found ${String(issue.input)}` });
const longitude = z
	.number({ error: 'expected a longitude in degrees, a number from -180 to 180' })
	.min(-180, { error: (issue) => `longitude must be between -180 and 180; found ${String(issue.input)}` })
	.max(180, { error: (issue) => `longitude must be between -180 and 180; found ${String(issue.input)}` });

/**
 * What a place is, which decides how the map shows it: cities and sites as dots; countries, regions,
 * islands and first-level divisions of a country (province, state) as areas; bodies of water (sea,
 * strait, gulf, bay, river, lake) by name alone, in the water's colour.
 */
export const placeKinds = [
	'city',
	'country',
	'region',
	'island',
	'site',
	'province',
	'state',
	'sea',
	'strait',
	'gulf',
	'bay',
	'river',
	'lake',
] as const;

export const place = z.strictObject({
	id,
	name: text,
	native: nativeName.optional(),
	kind: z.enum(placeKinds, { error: `expected one of: ${placeKinds.join(', ')}` }),
	country: text.optional(),
	/** [latitude, longitude] in decimal degrees, as a map app copies them. */
	coordinates: z.tuple([latitude, longitude], {
		error: 'expected [latitude, longitude] in decimal degrees, such as [34.6851, 135.8048]',
	}),
	names: storyNames,
	summary: text,
});

export type Person = z.infer<typeof person>;
export type Place = z.infer<typeof place>;
