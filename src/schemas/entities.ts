/**
 * People and places. What stays true of a person or place from story to story (name, native name,
 * country; for a place its kind and coordinates) lives once, in its own file: `content/people/<id>.yaml`
 * or `content/places/<id>.yaml`, the id being the file's name. An explainer names the people and
 * places of its story by id and adds only what belongs to that story: the words it uses for them,
 * a person's role as of publication, and one line on why each matters here.
 */
import { z } from 'astro/zod';
import { id, nativeName, storyNames, text } from './fields';

/** A person's facts, in `content/people/<id>.yaml`. */
export const personFacts = z.strictObject({
	name: text,
	/** The name in its own script and language, rendered with `lang` so it is read and shaped right. */
	native: nativeName.optional(),
	country: text,
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

/** A place's facts, in `content/places/<id>.yaml`. */
export const placeFacts = z.strictObject({
	name: text,
	native: nativeName.optional(),
	kind: z.enum(placeKinds, { error: `expected one of: ${placeKinds.join(', ')}` }),
	country: text.optional(),
	/** [latitude, longitude] in decimal degrees, as a map app copies them. */
	coordinates: z.tuple([latitude, longitude], {
		error: 'expected [latitude, longitude] in decimal degrees, such as [34.6851, 135.8048]',
	}),
});

/** A person as one explainer names them. */
export const personInStory = z.strictObject({
	/** The name of the person's file in content/people/. */
	id,
	names: storyNames,
	/** The role as of the story's publication; another explainer may give another role. */
	role: text,
	summary: text,
});

/** A place as one explainer names it. */
export const placeInStory = z.strictObject({
	/** The name of the place's file in content/places/. */
	id,
	names: storyNames,
	summary: text,
});

/** The fields of a person's or place's own file, which an explainer must not repeat. */
export const factFields: Record<'people' | 'places', readonly string[]> = {
	people: Object.keys(personFacts.shape),
	places: Object.keys(placeFacts.shape),
};

export type PersonFacts = z.infer<typeof personFacts>;
export type PlaceFacts = z.infer<typeof placeFacts>;
/** A person as pages see them: their facts, and what the explainer says of them. */
export type Person = PersonFacts & z.infer<typeof personInStory>;
export type Place = PlaceFacts & z.infer<typeof placeInStory>;
