/**
 * Whether a place's coordinates lie in the country its file names. Latitude and longitude typed the
 * wrong way round, or a digit wrong, still make valid numbers, and the map would draw the dot in
 * another country without a sound. The countries' shapes are Natural Earth's (world-atlas, 1:50m,
 * keyed by ISO 3166-1 numeric code); a country name is read as the draft tool reads it when it writes
 * `country:` (./country-names).
 */
import { geoCircle, geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesAtlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countryByName } from './country-names';

/** This module's file, so the cache of maps (which draws countries' shapes) can tell when its code has changed. */
export const PLACE_LOCATION_CODE_URL = import.meta.url;
/** The countries' shapes, for the same reason. */
export const countryShapesData = (): string => JSON.stringify(countriesAtlas);

const shapes = new Map<string, Feature<Geometry> | undefined>();

/** The country's shape, by any of its names; undefined for a name no gazetteer knows. */
export function countryShape(name: string): Feature<Geometry> | undefined {
	const code = countryByName(name)?.ccn3;
	if (code === undefined) return undefined;
	if (!shapes.has(code)) {
		const topology = countriesAtlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
		const geometry = topology.objects.countries.geometries.find((shape) => shape.id === code);
		shapes.set(code, geometry && (feature(topology, geometry) as Feature<Geometry>));
	}
	return shapes.get(code);
}

/** How far a place may lie off its country's outline: the shapes are drawn at 1:50m, coasts simplified. */
export const OUTLINE_SLACK_KM = 25;
const EARTH_KM = 6371.0088;

/** Whether [latitude, longitude] lies in the shape, or within OUTLINE_SLACK_KM of it. */
function nearlyIn(shape: Feature<Geometry>, [lat, lon]: readonly [number, number]): boolean {
	if (geoContains(shape, [lon, lat])) return true;
	// Eight points on a circle of the slack's radius (d3's, on the sphere): a city on a coast the shape cuts short.
	const ring = geoCircle().center([lon, lat]).radius((OUTLINE_SLACK_KM / EARTH_KM) * (180 / Math.PI)).precision(45)().coordinates[0] ?? [];
	for (const point of ring) if (geoContains(shape, point as [number, number])) return true;
	return false;
}

export type LocationVerdict =
	| { fits: true }
	/** Latitude and longitude the wrong way round: the swapped pair lies in the country. */
	| { fits: false; swapped: true }
	| { fits: false; swapped: false };

/**
 * Whether a place lies in its country. Water (seas, straits, gulfs, bays) and places with no country,
 * or a country the gazetteer does not know, are not judged.
 */
export function placeInCountry(place: { kind: string; country?: string | undefined; coordinates: readonly [number, number] }): LocationVerdict {
	const shape = place.country === undefined || ['sea', 'strait', 'gulf', 'bay'].includes(place.kind) ? undefined : countryShape(place.country);
	if (!shape || nearlyIn(shape, place.coordinates)) return { fits: true };
	const [lat, lon] = place.coordinates;
	const swapped = Math.abs(lon) <= 90 && nearlyIn(shape, [lon, lat]);
	return { fits: false, swapped };
}
