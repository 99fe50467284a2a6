/**
 * The geocoders whose outputs on GeoWebNews the corpus's repository publishes
 * (data/Geocoding/gwn_edin.txt, gwn_yahoo.txt, gwn_emm.txt: the Edinburgh Geoparser, Yahoo! Placemaker
 * and the Europe Media Monitor), scored by the same measure as the draft (./places.ts): a gold toponym
 * is found when an output span overlaps it, right when within RIGHT_KM of its gold point. These are
 * our figures computed from their published outputs, not the paper's own (which score differently).
 *
 * Each file holds one line per article, in GWN.xml's order (line n: its nth article), records
 * separated by "||", fields by ",,": resolved name, words, latitude, longitude, start, end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../../src/authoring/gazetteer.ts';
import { corpusFolder } from './corpora.ts';
import { type Article, readGeoWebNews, RIGHT_KM } from './places.ts';

export const PUBLISHED_GEOCODERS = { edin: 'Edinburgh Geoparser', yahoo: 'Yahoo! Placemaker', emm: 'Europe Media Monitor' } as const;

interface Output {
	start: number;
	end: number;
	coordinates: [number, number];
}

/** One geocoder's outputs, one list per line: per article, in GWN.xml's order. */
export function readGeocoderOutput(text: string): Output[][] {
	return text
		.replace(/\n$/, '')
		.split('\n')
		// An article with no output has an empty line: it keeps its place.
		.map((line) =>
			line.split('||').filter((record) => record.trim()).flatMap((record) => {
				const fields = record.split(',,');
				const [latitude, longitude, start, end] = fields.slice(-4).map(Number);
				return [latitude, longitude, start, end].some((n) => Number.isNaN(n)) ? [] : [{ start: start as number, end: end as number, coordinates: [latitude, longitude] as [number, number] }];
			}),
		);
}

export interface GeocoderScore {
	name: string;
	gold: number;
	found: number;
	right: number;
}

export function scoreGeocoder(name: string, articles: readonly Article[], outputs: readonly Output[][]): GeocoderScore {
	const score = { name, gold: 0, found: 0, right: 0 };
	for (const [index, article] of articles.entries()) {
		const mine = outputs[index] ?? [];
		for (const gold of article.gold) {
			score.gold++;
			const output = mine.find((each) => each.start < gold.end && gold.start < each.end);
			if (!output) continue;
			score.found++;
			if (distanceKm(output.coordinates, gold.coordinates) <= RIGHT_KM) score.right++;
		}
	}
	return score;
}

/** Every published geocoder whose file is in the corpus folder, scored. */
export function runPublishedGeocoders(): GeocoderScore[] {
	const folder = corpusFolder('geowebnews', '.xml');
	const articles = readGeoWebNews(readFileSync(join(folder, 'GWN.xml'), 'utf8'));
	return Object.entries(PUBLISHED_GEOCODERS).flatMap(([key, name]) => {
		const file = join(folder, `gwn_${key}.txt`);
		return existsSync(file) ? [scoreGeocoder(name, articles, readGeocoderOutput(readFileSync(file, 'utf8')))] : [];
	});
}
