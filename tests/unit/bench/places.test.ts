/**
 * The places scorer of `npm run bench -- accuracy` (bench/accuracy/places.ts), and a small slice in
 * GeoWebNews' manner run through it with floors. GeoWebNews' articles are web news under their
 * publishers' copyright, shared in a GPL-3.0 repository: no sentence of theirs is copied here. The
 * slice is written for this test, one sentence per class of toponym the corpus annotates and the draft
 * once got wrong or missed (see docs/benchmarks.md#places-geowebnews).
 */
import { describe, expect, it } from 'vitest';
import { type Article, readGeoWebNews, scorePlaces } from '../../../bench/accuracy/places';
import { readGeocoderOutput, scoreGeocoder } from '../../../bench/accuracy/places-published';

/** An article whose gold toponyms are given by their words (the nth time they occur) and coordinates. */
function article(id: string, text: string, gold: [words: string, coordinates: [number, number], occurrence?: number][]): Article {
	return {
		id,
		text,
		gold: gold.map(([words, coordinates, occurrence = 1]) => {
			let start = -1;
			for (let n = 0; n < occurrence; n++) start = text.indexOf(words, start + 1);
			if (start < 0) throw new Error(`"${words}" is not in article ${id}`);
			return { name: words, start, end: start + words.length, coordinates };
		}),
	};
}

const SLICE: Article[] = [
	// A dateline in capitals after a caption, an AP state abbreviation, a city in the state its sentence names.
	article('dateline', 'A player shoots. (AP Photo) OAKLAND, Calif. (AP) — The Warriors beat Sacramento, California, on Sunday.', [
		['OAKLAND', [37.8, -122.27]],
		['Calif.', [36.78, -119.42]],
		['Sacramento', [38.58, -121.49]],
		['California', [36.78, -119.42]],
	]),
	// Metonymy and short names: a country that "says", "US", "Britain", a demonym.
	article('metonymy', 'Britain says Russia is to blame. The US and Venezuelan officials disagreed.', [
		['Britain', [54, -2]],
		['Russia', [60, 100]],
		['US', [39.76, -98.5]],
		['Venezuelan', [8, -66]],
	]),
	// A state of a country the story never names; a city with a namesake abroad, which stays open.
	article('state', 'People are leaving Hawaii for Springfield, a spokesman said.', [
		['Hawaii', [20.75, -156.5]],
		['Springfield', [39.8, -89.64]],
	]),
	// A demonym opening a district's name, and the city it is in.
	article('quarter', 'Crowds filled the French Quarter of New Orleans for the parade.', [
		['French Quarter', [29.96, -90.06]],
		['New Orleans', [29.95, -90.07]],
	]),
	// A title before a name that a country shares, a doctrine's word, a site after a number and a particle.
	article('lisbon', 'Prime Minister Luis Montenegro said the Socialist bloc would cross the 25 de Abril Bridge in Lisbon.', [
		['25 de Abril Bridge', [38.69, -9.18]],
		['Lisbon', [38.72, -9.14]],
	]),
	// A continent, which the draft leaves out by design (too wide for a locator map): counted missed.
	article('continent', 'Tourism in Europe grew, and Japan gained most.', [
		['Europe', [48.69, 9.14]],
		['Japan', [35.69, 139.69]],
	]),
];

describe('readGeoWebNews', () => {
	it('reads the text and the locational toponyms that have coordinates', () => {
		const xml = `<articles><article file="7"><text>Floods hit Lima &amp; Cusco.</text><toponyms>
			<toponym><extractedName>Lima</extractedName><type>Literal</type><nonLocational>No</nonLocational><start>11</start><end>15</end><latitude>-12.04</latitude><longitude>-77.03</longitude></toponym>
			<toponym><extractedName>Cusco</extractedName><type>Literal</type><nonLocational>Yes</nonLocational><start>18</start><end>23</end><latitude>-13.5</latitude><longitude>-71.97</longitude></toponym>
		</toponyms></article></articles>`;
		expect(readGeoWebNews(xml)).toEqual([{ id: '7', text: 'Floods hit Lima & Cusco.', gold: [{ name: 'Lima', start: 11, end: 15, coordinates: [-12.04, -77.03] }] }]);
	});
});

describe('scorePlaces on a slice written for the test', () => {
	const score = scorePlaces(SLICE);

	it('finds nearly every toponym (the continent is left out by design)', () => {
		expect(score.gold).toBe(16);
		expect(score.found / score.gold).toBeGreaterThanOrEqual(0.9);
	});

	it('writes no place finished that is more than 161 km off, and leaves the doubtful ones open', () => {
		expect(score.wrongExamples).toEqual([]);
		expect(score.right).toBe(score.finished);
		expect(score.open).toBeGreaterThanOrEqual(3);
	});

	it('proposes no finished place that is not a toponym ("Montenegro", "Socialist")', () => {
		expect([...score.noiseExamples.keys()]).toEqual([]);
	});
});

describe('the published geocoders\' outputs', () => {
	it('are read one line per article, in order, an empty line an article with none', () => {
		const outputs = readGeocoderOutput('Lima, Peru,,Lima,,-12.04,,-77.03,,11,,15||Cusco,,Cusco,,-13.5,,-71.97,,18,,23\n\nParis,,Paris,,48.85,,2.35,,0,,5\n');
		expect(outputs.map((line) => line.length)).toEqual([2, 0, 1]);
		expect(outputs[0]?.[0]).toEqual({ start: 11, end: 15, coordinates: [-12.04, -77.03] });
	});

	it('are scored like the draft: overlap found, within 161 km right', () => {
		const articles = [article('a', 'Floods hit Lima and Cusco.', [['Lima', [-12.04, -77.03]], ['Cusco', [-13.5, -71.97]]]), article('b', 'Rain in Paris.', [['Paris', [48.85, 2.35]]])];
		const outputs = readGeocoderOutput('Lima,,Lima,,-12.0,,-77.0,,11,,15||Cusco,,Cusco,,40.0,,-3.0,,20,,25\n');
		expect(scoreGeocoder('test', articles, outputs)).toEqual({ name: 'test', gold: 3, found: 2, right: 1 });
	});
});
