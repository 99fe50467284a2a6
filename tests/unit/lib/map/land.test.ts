import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { landInView, landOf } from '../../../../src/lib/map/land';

/** A view like a locator map's: azimuthal, centred on [lon, lat], `span` degrees across, clipped to 560 × 380. */
function view(lon: number, lat: number, span: number): GeoProjection {
	const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);
	projection.fitExtent(
		[
			[30, 30],
			[530, 350],
		],
		{ type: 'MultiPoint', coordinates: [[lon - span / 2, lat - span / 4], [lon + span / 2, lat + span / 4]] },
	);
	return projection.clipExtent([
		[-1, -1],
		[561, 381],
	]);
}

const points = (land: FeatureCollection<Polygon>) =>
	land.features.reduce((sum, f) => sum + f.geometry.coordinates.reduce((n, ring) => n + ring.length, 0), 0);

describe('landInView', () => {
	it('hands d3 a small part of the coastlines for a city’s map', () => {
		const land = landOf('50m');
		const polygons = ('features' in land ? land.features.map((f) => f.geometry) : [land.geometry]).flatMap((geometry: Geometry) =>
			geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [],
		);
		const all = polygons.reduce((sum, rings) => sum + rings.reduce((n, ring) => n + ring.length, 0), 0);
		const nara = landInView('50m', view(135.8, 34.7, 8));
		expect(points(nara)).toBeLessThan(all / 20);
	});

	// The map tests compare whole maps; this compares the projected paths before simplification, over
	// a sweep of the globe (poles, antimeridian, the middle of oceans and continents) and of scales.
	const spans = [8, 16, 36, 90];
	const views: [number, number, number][] = [];
	for (const lat of [-75, -40, -10, 20, 50, 80]) {
		for (let lon = -180; lon < 180; lon += 40) views.push([lon, lat, spans[views.length % spans.length] as number]);
	}
	it('projects to the same paths as all the land does, round the globe and at every scale', { timeout: 60_000 }, () => {
		for (const [lon, lat, span] of views) {
			const projection = view(lon, lat, span);
			expect(geoPath(projection)(landInView('50m', projection)) ?? '', `${lon}, ${lat}, ${span}°`).toBe(
				geoPath(projection)(landOf('50m')) ?? '',
			);
		}
	});
});
