/**
 * Which of the cities sharing a name a story means, and whether a stated rule makes that certain.
 * A city is written finished only when one does; otherwise the editor gets the candidates, each with
 * what tells it apart (where it is, how big, how far from the story's other places).
 *
 * The rules, each giving at most one winner:
 * - a single candidate (once implausible ones are set aside: a small town in a country the story never
 *   names is not meant without saying so);
 * - the one candidate in a state or province named in the same sentence;
 * - the one candidate near the story (its dateline's city and the cities already placed): within
 *   NEAR_KM, and every other candidate at least three times as far and 100 km further;
 * - the one candidate in a country the story names (or its dateline's);
 * - prominence: the most populous candidate, with PROMINENT_RATIO times the people of any other.
 * A town of fewer than SMALL people is certain only near the story's places or in a state named in
 * its sentence, whatever the other rules say.
 * Certain where the rules that give a winner all give the same one and no other candidate lies within
 * NEAR_KM of the story's places; open where they disagree ("Paris" in a story from Dallas: Paris,
 * Texas is near, Paris, France prominent) or none gives one. A name after
 * "the" ("the Rio Grande") is a river or a region more often than a city: never certain.
 *
 * A state the story names only in another sentence is no rule: "floods in Missouri ... levees near Alton, across the
 * river" is Alton, Illinois (near St. Louis), not Alton, Missouri. It only orders the candidates shown.
 */
import { distanceKm, divisionName, type GazetteerPlace } from './gazetteer';

export const NEAR_KM = 400;
export const PROMINENT_RATIO = 10;
/** Fewer people than this: a town, certain only near the story's places or in a state its sentence names. */
export const SMALL = 100_000;

export interface Anchor {
	name: string;
	coordinates: [number, number];
	/** The dateline's city. */
	dateline?: boolean;
}

export interface CityContext {
	/** ISO codes of the countries the story names, and its dateline's. */
	countryCodes: ReadonlySet<string>;
	/** States and provinces the story names in the mention's sentence. */
	divisions: readonly GazetteerPlace[];
	anchors: readonly Anchor[];
}

export type CityChoice = { city: GazetteerPlace; candidates?: undefined } | { city?: undefined; candidates: GazetteerPlace[]; note: string };

const plausibleIn = (countryCodes: ReadonlySet<string>) => (city: GazetteerPlace) =>
	countryCodes.has(city.countryCode) || city.capital || (city.population ?? 0) >= 100_000;

function nearest(city: GazetteerPlace, anchors: readonly Anchor[]): { anchor: Anchor; km: number } | undefined {
	return anchors
		.map((anchor) => ({ anchor, km: distanceKm(anchor.coordinates, city.coordinates) }))
		.sort((a, b) => a.km - b.km)[0];
}

/** The only candidate meeting a test, if exactly one does. */
const only = (list: readonly GazetteerPlace[], test: (city: GazetteerPlace) => boolean) => {
	const passing = list.filter(test);
	return passing.length === 1 ? passing[0] : undefined;
};

function nearWinner(list: readonly GazetteerPlace[], anchors: readonly Anchor[]): GazetteerPlace | undefined {
	if (!anchors.length || list.length < 2) return undefined;
	const byDistance = list.map((city) => ({ city, km: nearest(city, anchors)?.km ?? Infinity })).sort((a, b) => a.km - b.km);
	const [first, second] = byDistance;
	return first.km <= NEAR_KM && second.km >= Math.max(3 * first.km, first.km + 100) ? first.city : undefined;
}

/** The most prominent candidate: a national capital first, then the most populous. */
export function mostProminent(list: readonly GazetteerPlace[]): GazetteerPlace | undefined {
	return [...list].sort((a, b) => Number(b.capital ?? false) - Number(a.capital ?? false) || (b.population ?? 0) - (a.population ?? 0))[0];
}

function prominentWinner(list: readonly GazetteerPlace[]): GazetteerPlace | undefined {
	if (list.length < 2) return undefined;
	const [first, ...others] = [...list].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
	return others.every((other) => (first.population ?? 0) >= PROMINENT_RATIO * Math.max(other.population ?? 0, 1)) ? first : undefined;
}

const round = (n: number) => Number(n.toFixed(2));

/** One candidate as the editor reads it: `Matamoros, Tamaulipas, Mexico [25.88, -97.5], 449,815 people, 3 km from Brownsville (the dateline)`. */
export function describeCandidate(city: GazetteerPlace, anchors: readonly Anchor[]): string {
	const where =
		city.kind === 'city'
			? [city.name, divisionName(city.countryCode, city.division), city.country].filter(Boolean).join(', ')
			: city.kind === 'country'
				? `${city.name} (the country)`
				: `${city.name} (the ${city.kind}), ${city.country}`;
	const parts = [`${where} [${round(city.coordinates[0])}, ${round(city.coordinates[1])}]`];
	if (city.capital) parts.push('the capital');
	if (city.population) parts.push(`${city.population.toLocaleString('en-US')} people`);
	const near = nearest(city, anchors);
	if (near) parts.push(`${Math.round(near.km).toLocaleString('en-US')} km from ${near.anchor.name}${near.anchor.dateline ? ' (the dateline)' : ''}`);
	return parts.join(', ');
}

/**
 * The city a mention names, where the rules make it certain; else the candidates to choose from
 * (none where no candidate is plausible: then the name is not taken for a city at all).
 */
export function chooseCity(name: string, candidates: readonly GazetteerPlace[], context: CityContext, { afterArticle = false } = {}): CityChoice | undefined {
	const plausible = candidates.filter(plausibleIn(context.countryCodes));
	if (plausible.length === 0) return undefined;
	const inNamedDivision = (city: GazetteerPlace) => context.divisions.some((division) => division.countryCode === city.countryCode && division.division === city.division);
	const winners = new Set(
		[
			plausible.length === 1 ? plausible[0] : undefined,
			only(plausible, inNamedDivision),
			nearWinner(plausible, context.anchors),
			only(plausible, (city) => context.countryCodes.has(city.countryCode)),
			prominentWinner(plausible),
		].filter((city): city is GazetteerPlace => city !== undefined),
	);
	// A candidate near the story's places objects to any winner farther away ("Paris" in a story
	// from Dallas: Paris, Texas is 160 km off, however big Paris, France is).
	const winner = [...winners][0];
	const nearOnes = plausible.filter((city) => (nearest(city, context.anchors)?.km ?? Infinity) <= NEAR_KM);
	const objected = winner && nearOnes.length > 0 && !nearOnes.includes(winner);
	// A town is meant without saying where only near the story's places or in the state its sentence
	// names ("Heathrow" in a U.S. story is not Heathrow, Florida, pop. 5,000).
	const small = winner && !winner.capital && (winner.population ?? 0) < SMALL && !nearOnes.includes(winner) && !inNamedDivision(winner);
	if (winners.size === 1 && !afterArticle && !objected && !small) return { city: [...winners][0] };
	const shown = [...plausible]
		.sort((a, b) => Number(inNamedDivision(b)) - Number(inNamedDivision(a)) || (nearest(a, context.anchors)?.km ?? 0) - (nearest(b, context.anchors)?.km ?? 0) || (b.population ?? 0) - (a.population ?? 0))
		.slice(0, 5);
	// The biggest is always among those shown: it is what a reader far away would take the name for.
	const biggest = mostProminent(plausible) as GazetteerPlace;
	if (!shown.includes(biggest)) shown.splice(shown.length - 1, 1, biggest);
	const why = afterArticle
		? `"the ${name}" may be a river or a region rather than a city`
		: winners.size > 1 || objected
			? 'nearness, country and size point to different places'
			: small
				? `${name} is a small place, and nothing in the story puts it near its other places`
				: 'nothing in the story tells them apart';
	return { candidates: shown, note: openNote(name, why, shown, context.anchors, plausible.length - shown.length) };
}

/** The open field's note: the question, why it is open, and the candidates with what tells them apart. */
export function openNote(name: string, why: string, shown: readonly GazetteerPlace[], anchors: readonly Anchor[], more = 0): string {
	return `which ${name}? ${why}. Candidates: ${shown.map((place) => describeCandidate(place, anchors)).join('; or ')}${more > 0 ? `; or one of ${more} more` : ''}. Write its [latitude, longitude]`;
}
