/**
 * Places, measured on GeoWebNews (bench/corpora/geowebnews/README.md): the places the draft tool
 * finds (src/authoring/places.ts, as `npm run new` calls it) against the gold toponyms and their
 * coordinates. A gold toponym is one the annotators marked locational, with coordinates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../../src/authoring/gazetteer.ts';
import { findPeople } from '../../src/authoring/people.ts';
import { findPlaces, type PlaceCandidate } from '../../src/authoring/places.ts';
import { capitalisedRuns } from '../../src/authoring/text-runs.ts';
import { readDateline } from '../../src/authoring/wire-story.ts';
import { placeInCountry } from '../../src/lib/entities/place-location.ts';
import { corpusFolder } from './corpora.ts';

/** The usual distance within which a resolved place counts as right (100 miles). */
export const RIGHT_KM = 161;

export interface GoldToponym {
	name: string;
	start: number;
	end: number;
	coordinates: [number, number];
}

export interface Article {
	id: string;
	text: string;
	gold: GoldToponym[];
}

const unescape = (text: string) =>
	text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const field = (xml: string, name: string) => {
	const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
	return match ? unescape(match[1]) : undefined;
};

/** GWN.xml's articles: their text, and the locational toponyms that have coordinates. */
export function readGeoWebNews(xml: string): Article[] {
	return [...xml.matchAll(/<article file="([^"]+)">([\s\S]*?)<\/article>/g)].map(([, id, body]) => {
		const text = field(body, 'text') ?? '';
		const gold = [...body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].flatMap(([, toponym]): GoldToponym[] => {
			const latitude = field(toponym, 'latitude');
			const longitude = field(toponym, 'longitude');
			if (field(toponym, 'nonLocational') !== 'No' || !latitude || !longitude) return [];
			const start = Number(field(toponym, 'start'));
			const end = Number(field(toponym, 'end'));
			return [{ name: text.slice(start, end), start, end, coordinates: [Number(latitude), Number(longitude)] }];
		});
		return { id, text, gold };
	});
}

interface Mention {
	start: number;
	end: number;
	place: PlaceCandidate;
}

/**
 * A place the editor would get as a finished file: coordinates, kind and country all given (the
 * draft writes `<id>.yaml` only then).
 */
const finished = (place: PlaceCandidate) => place.coordinates !== undefined && !place.open && place.kind !== undefined && (place.country !== undefined || place.kind === 'country');

/** The draft's place mentions in an article, at character offsets of its text. */
export function ourMentions(text: string): Mention[] {
	// Paragraphs as the draft reads them: one per non-empty line, with where each starts.
	const lines = [...text.matchAll(/[^\n]+/g)].filter((line) => line[0].trim());
	const paragraphs = lines.map((line) => line[0]);
	const runs = capitalisedRuns(paragraphs);
	const people = findPeople(paragraphs, runs);
	const places = findPlaces(paragraphs, runs, people, { dateline: paragraphs[0] ? readDateline(paragraphs[0]).dateline : undefined });
	return places.flatMap((place) =>
		place.runs.map((run) => ({ start: lines[run.paragraph - 1].index + run.start, end: lines[run.paragraph - 1].index + run.end, place })),
	);
}

/** What a place is scored as: a country by its outline, a state or region by its centre, the rest by their point. */
export type PlaceClass = 'country' | 'division' | 'city';
export const PLACE_CLASSES: PlaceClass[] = ['city', 'division', 'country'];
const classOf = (place: PlaceCandidate): PlaceClass =>
	place.kind === 'country' ? 'country' : place.kind === 'state' || place.kind === 'province' || place.kind === 'region' ? 'division' : 'city';

/**
 * Whether a finished place is right: a country when the gold point lies in its outline (its centre
 * may be 1,000 km from a right point); anything else within RIGHT_KM of the gold point, which is
 * strict for a big state (its centre against a point in it).
 */
function isRight(place: PlaceCandidate, gold: GoldToponym): { right: boolean; km: number } {
	const km = distanceKm(place.coordinates as [number, number], gold.coordinates);
	if (place.kind === 'country') return { right: km <= RIGHT_KM || placeInCountry({ kind: 'country', country: place.country, coordinates: gold.coordinates }).fits, km };
	return { right: km <= RIGHT_KM, km };
}

export interface ClassScore {
	/** Gold toponyms our mention of this class overlaps. */
	found: number;
	finished: number;
	right: number;
	wrong: number;
	open: number;
}

export interface PlacesScore {
	articles: number;
	gold: number;
	byClass: Record<PlaceClass, ClassScore>;
	/** Gold toponyms one of our mentions overlaps. */
	found: number;
	/** Of those, written finished, and within RIGHT_KM of gold. */
	finished: number;
	right: number;
	/** Finished and within RIGHT_KM of the gold point, whatever the kind (how the published geocoders are scored). */
	rightByPoint: number;
	/** Finished and farther than RIGHT_KM: the silent errors. */
	wrong: number;
	/** Found, but left open (candidates) or without coordinates. */
	open: number;
	/** Our finished mentions that overlap no gold toponym (a person, an organisation, a word). */
	noise: number;
	mentions: number;
	wrongExamples: string[];
	noiseExamples: Map<string, number>;
}

export function runPlaces(): PlacesScore {
	const folder = corpusFolder('geowebnews', '.xml');
	return scorePlaces(readGeoWebNews(readFileSync(join(folder, 'GWN.xml'), 'utf8')));
}

/** The draft's places scored against articles' gold toponyms (GeoWebNews', or a test's own). */
export function scorePlaces(articles: readonly Article[]): PlacesScore {
	const empty = (): ClassScore => ({ found: 0, finished: 0, right: 0, wrong: 0, open: 0 });
	const score: PlacesScore = { articles: articles.length, gold: 0, byClass: { city: empty(), division: empty(), country: empty() }, found: 0, finished: 0, right: 0, rightByPoint: 0, wrong: 0, open: 0, noise: 0, mentions: 0, wrongExamples: [], noiseExamples: new Map() };
	const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
	for (const article of articles) {
		const mentions = ourMentions(article.text);
		score.gold += article.gold.length;
		for (const gold of article.gold) {
			const mention = mentions.find((m) => overlaps(m, gold));
			if (!mention) continue;
			const byClass = score.byClass[classOf(mention.place)];
			score.found++;
			byClass.found++;
			if (!finished(mention.place)) {
				score.open++;
				byClass.open++;
				continue;
			}
			score.finished++;
			byClass.finished++;
			const { right, km } = isRight(mention.place, gold);
			if (km <= RIGHT_KM) score.rightByPoint++;
			if (right) {
				score.right++;
				byClass.right++;
			} else {
				score.wrong++;
				byClass.wrong++;
				score.wrongExamples.push(`${article.id}: "${gold.name}" as ${mention.place.name}, ${mention.place.country ?? ''} (${Math.round(km).toLocaleString('en-US')} km off)`);
			}
		}
		for (const mention of mentions.filter((m) => finished(m.place))) {
			score.mentions++;
			if (article.gold.some((gold) => overlaps(mention, gold))) continue;
			// A mention the annotators marked non-locational (a demonym, a metonym) is no gold either.
			score.noise++;
			const words = article.text.slice(mention.start, mention.end);
			score.noiseExamples.set(words, (score.noiseExamples.get(words) ?? 0) + 1);
		}
	}
	return score;
}
