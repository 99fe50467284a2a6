/** The places benchmark's results as recorded in docs/benchmarks.md. */
import { describeMachine } from '../machine.ts';
import { table } from '../doc.ts';
import { type ClassScore, PLACE_CLASSES, RIGHT_KM, runPlaces } from './places.ts';
import { runPublishedGeocoders } from './places-published.ts';

const ratio = (n: number, of: number) => (of === 0 ? '-' : (n / of).toFixed(2));
const LABELS = { city: 'cities, sites', division: 'states, provinces, regions', country: 'countries (and demonyms)' } as const;

export function placesReport(): string {
	const result = runPlaces();
	const row = (name: string, s: ClassScore) => [name, s.found, `${s.right}/${s.finished} (${ratio(s.right, s.finished)})`, s.open, `${s.wrong} (${ratio(s.wrong, s.finished)})`];
	const noise = [...result.noiseExamples].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([words, n]) => `"${words}" ${n}`);
	return [
		`Measured ${describeMachine()}. GeoWebNews, ${result.articles} articles, ${result.gold} locational toponyms with coordinates.`,
		'',
		`Recall (a gold toponym overlapped by a place the draft proposes): ${result.found}/${result.gold} (${ratio(result.found, result.gold)}). Noise (finished place mentions overlapping no gold toponym): ${result.noise}/${result.mentions} (${ratio(result.noise, result.mentions)}).`,
		'',
		table(
			['found as', 'found', `right (of finished; within ${RIGHT_KM} km, a country: its outline)`, 'left open', `silently wrong (finished, > ${RIGHT_KM} km)`],
			[...PLACE_CLASSES.map((name) => row(LABELS[name], result.byClass[name])), row('all', { found: result.found, finished: result.finished, right: result.right, wrong: result.wrong, open: result.open })],
		),
		'',
		'Silently wrong (article: gold words as the draft placed them):',
		'',
		...result.wrongExamples.map((line) => `- ${line}`),
		'',
		`Most frequent noise: ${noise.join(', ')}.`,
		'',
		...publishedTable(result),
	].join('\n');
}

/**
 * Beside ours, the geocoders whose outputs on GeoWebNews its repository publishes, scored by the same
 * overlap and the same 161 km (./places-published.ts). They leave nothing open: what they get wrong
 * is all silently wrong. Ours is given twice: with a country right anywhere in its outline, and by
 * point alone as they are scored.
 */
function publishedTable(ours: ReturnType<typeof runPlaces>): string[] {
	const published = runPublishedGeocoders();
	if (published.length === 0) return ['(The published geocoders\' outputs, gwn_edin.txt, gwn_yahoo.txt and gwn_emm.txt, are not in bench/corpora/geowebnews/: see its README.)'];
	const row = (name: string, found: number, right: number, wrong: number, open: number) => [name, `${found} (${ratio(found, ours.gold)})`, `${right} (${ratio(right, ours.gold)})`, wrong, open];
	return [
		`Beside the geocoders whose outputs on the same articles the corpus's repository publishes, scored the same way here (our computation, not the paper's figures):`,
		'',
		table(
			['system', 'found (recall)', `right within ${RIGHT_KM} km (of all gold)`, 'silently wrong', 'left open'],
			[
				row('`npm run new` (countries by outline)', ours.found, ours.right, ours.wrong, ours.open),
				row('`npm run new` (by point alone)', ours.found, ours.rightByPoint, ours.finished - ours.rightByPoint, ours.open),
				...published.map((each) => row(each.name, each.found, each.right, each.found - each.right, 0)),
			],
		),
	];
}
