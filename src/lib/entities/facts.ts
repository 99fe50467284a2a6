/**
 * Joining an explainer to its people and places. The explainer names each one by id and says what
 * the story says of it; the facts (name, native name, country, kind, coordinates) come from the
 * entity's own file, the one truth every explainer shares. Nothing here reads files: the callers
 * (src/data/explainers.ts for pages, scripts/check.ts for editors) hand in what was loaded.
 */
import { geoDistance } from 'd3-geo';
import type { PersonFacts, PlaceFacts } from '../../schemas/entities';
import type { ExplainerData, ExplainerFrontmatter } from '../../schemas/explainer';

export interface EntityFacts {
	people: ReadonlyMap<string, PersonFacts>;
	places: ReadonlyMap<string, PlaceFacts>;
}

interface FieldProblem {
	path: PropertyKey[];
	message: string;
}

type Named = Pick<ExplainerFrontmatter, 'people' | 'places'>;

/** Each person and place the explainer names that has no file of its own. */
export function unknownEntities(
	data: Named,
	facts: EntityFacts,
	fileOf: (list: 'people' | 'places', id: string) => { file: string; exists?: boolean } = (list, id) => ({ file: `content/${list}/${id}.yaml` }),
): FieldProblem[] {
	return (['people', 'places'] as const).flatMap((list) =>
		data[list].flatMap((entity, index) => {
			if (facts[list].has(entity.id)) return [];
			const { file, exists } = fileOf(list, entity.id);
			// The file is there but was not loaded: its own problem is reported with it, and is the one to fix.
			if (exists) return [{ path: [list, index, 'id'], message: `"${entity.id}" cannot be loaded: its file ${file} has a problem of its own, reported with it; fix that file` }];
			const near = [...facts[list].keys()].filter((id) => id.includes(entity.id) || entity.id.includes(id));
			return [
				{
					path: [list, index, 'id'],
					message: `"${entity.id}" has no file ${file}; ${
						near.length > 0 ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}? ` : ''
					}create it with the ${list === 'people' ? 'person' : 'place'}'s facts (see README, "People and places")`,
				},
			];
		}),
	);
}

/**
 * An entity's facts as pages show them: a native name that only repeats the name (Venezuela's
 * "Venezuela", a name with the same letters in its own language) is left out, so no page prints it
 * twice; one that differs, if only by an accent (Nicolás), stays.
 */
export function shownFacts<F extends { name: string; native?: { name: string } | undefined }>(facts: F): F {
	const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
	if (!facts.native || !same(facts.native.name, facts.name)) return facts;
	const { native: _repeated, ...rest } = facts;
	return rest as F;
}

/** The explainer as pages see it: each person and place with its facts. */
export function withEntityFacts<T extends Named>(data: T, facts: EntityFacts): Omit<T, 'people' | 'places'> & Pick<ExplainerData, 'people' | 'places'> {
	const factsOf = <F>(map: ReadonlyMap<string, F>, id: string): F => {
		const found = map.get(id);
		if (found === undefined) throw new Error(`"${id}" has no facts: check the explainer with unknownEntities first`);
		return found;
	};
	return {
		...data,
		// The facts first: the explainer's own words (names, role, summary) never collide with them.
		people: data.people.map((person) => ({ ...shownFacts(factsOf(facts.people, person.id)), ...person })),
		places: data.places.map((place) => ({ ...shownFacts(factsOf(facts.places, place.id)), ...place })),
	};
}

/** Two files closer than this, of the same kind, are one place written down twice. */
const SAME_PLACE_KM = 1;
const EARTH_RADIUS_KM = 6371;

interface DuplicatePlace {
	id: string;
	other: string;
	km: number;
}

/**
 * Places filed twice: two files of the same kind at (nearly) the same spot, such as seoul.yaml and
 * seoul-city.yaml. Explainers naming one or the other would each show their own version of it.
 */
export function duplicatePlaces(places: ReadonlyMap<string, PlaceFacts>): DuplicatePlace[] {
	const list = [...places].sort(([a], [b]) => a.localeCompare(b));
	const found: DuplicatePlace[] = [];
	list.forEach(([id, place], index) => {
		for (const [other, earlier] of list.slice(0, index)) {
			if (earlier.kind !== place.kind) continue;
			const [lat, lon] = place.coordinates;
			const [otherLat, otherLon] = earlier.coordinates;
			const km = geoDistance([lon, lat], [otherLon, otherLat]) * EARTH_RADIUS_KM;
			if (km < SAME_PLACE_KM) found.push({ id, other, km });
		}
	});
	return found;
}
