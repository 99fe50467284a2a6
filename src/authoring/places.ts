/**
 * The places a story names: countries (also where only a demonym names them: "Venezuelan leader"
 * means Venezuela), cities, and regions, islands and sites ("Korean Peninsula", "Horyu Temple"),
 * each looked up in the offline gazetteer. A city name that several places share is resolved towards
 * the story's other places: its countries first, then its nearest neighbours, then size. A name the
 * gazetteer lacks is still proposed, with its coordinates left for the editor.
 */
import nlp from 'compromise';
import { organisationSpans } from '../lib/story/organisations';
import { countOccurrences } from '../lib/story/phrases';
import { type Anchor, chooseCity, mostProminent, openNote } from './city-choice';
import { citiesNamed, countryNamed, countryOfDemonym, distanceKm, divisionName, divisionsNamed, type GazetteerPlace } from './gazetteer';
import { apState, nameAfterTitle, namesNoPlace, numberedStart, titledSurnames } from './place-names';
import { countryOf, datelineName, INSTITUTION_SITE, kindOfName, leadingCountry, splitAtOf, splitCountries, titleCase, trailingCountry } from './place-parts';
import { AREA_WORDS, PLACE_NOUNS } from './place-words';
import type { PersonCandidate } from './people';
import type { Run } from './text-runs';
import type { TaggedPlace } from './wire-story';

import type { placeKinds } from '../schemas/entities';

type PlaceKind = (typeof placeKinds)[number];

export interface PlaceCandidate {
	name: string;
	/** The words the story uses for it. */
	names: string[];
	/** Undefined where nothing says: the editor chooses. */
	kind?: PlaceKind;
	/** Undefined where the gazetteer lacks the place. */
	coordinates?: [number, number];
	country?: string;
	native?: { name: string; lang: string };
	/** Where the story says where it is ("Tokyo's Yasukuni Shrine"): a hint for the editor. */
	near?: string;
	/** Where the gazetteer has several places of the name and no rule makes one certain: the candidates, for the editor. */
	open?: string;
	runs: Run[];
}

// Continents are too wide for a locator map; editors leave them out.
const CONTINENTS = new Set(['Asia', 'Europe', 'Africa', 'North America', 'South America', 'Latin America', 'Oceania', 'Antarctica', 'Middle East', 'Americas']);
// A person's title before a place name is not part of it ("President").
const CONNECTOR = /^(?:of|de|da|do|dos|das|del|della|di|du|van|von|der|den|bin|al|la|le|el|y)$/;

// Words that never name a place alone: months and weekdays, and a sentence's function words ("It",
// "This", "In Monterrey": the place is Monterrey).
const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
// Words before a name that say it is where something is or happens: "in Dundalk", "from Dewsbury".
const LOCATIVE = /^(?:in|near|outside|from|at|to|into|towards|toward)$/;
const FUNCTION_WORDS = new Set(
	('The A An It Its This That These Those There Here He She We They I You His Her Their Our My Your In At On From For With By To Into Of ' +
		'After Before Since Until During Despite Among Across Along Around Near Under Over Through Between Against Without Within Outside Inside ' +
		'But And Or Nor So Yet If When While As Because Although Though Once Then Now Also Still Even Only Just Some Many Most All Both Each Every ' +
		'Other Such No Not Several Few More Much What Which Who Where Why How Meanwhile However Instead').split(' '),
);
function fromGazetteer(place: GazetteerPlace, names: string[], runs: Run[]): PlaceCandidate {
	return {
		name: place.name,
		names,
		kind: place.kind,
		coordinates: place.coordinates,
		country: place.country,
		native: place.native,
		runs,
	};
}

interface CityMention {
	name: string;
	runs: Run[];
	candidates: GazetteerPlace[];
	/** "Washington-based": the most prominent place of the name. */
	based?: boolean;
	/** How the story writes it where not as the name: "WASHINGTON" in a dateline. */
	written?: Set<string>;
}

const namesOf = (mention: CityMention) => [mention.name, ...(mention.written ?? [])];

/** Farther apart than this, a state and a city of the same name are two places to choose from (a
 * province around its capital, "Riyadh", is centred a few hundred km off). */
const RIVAL_KM = 500;

/**
 * The dateline's city (where datelines name a city known without its country, or give its state):
 * the candidate that fits the story best: in a country it names, near its other places, then the biggest.
 */
function datelineCity(mention: CityMention, countryCodes: Set<string>, anchors: [number, number][], divisions: readonly GazetteerPlace[] = []): GazetteerPlace | undefined {
	const inNamedDivision = (city: GazetteerPlace) => divisions.some((division) => division.countryCode === city.countryCode && division.division === city.division);
	const score = (city: GazetteerPlace) => {
		const nearest = anchors.length ? Math.min(...anchors.map((anchor) => distanceKm(anchor, city.coordinates))) : 0;
		return (countryCodes.has(city.countryCode) ? 10 : 0) + (inNamedDivision(city) ? 1 : 0) + Math.log10((city.population ?? 0) + 1) - nearest / 2000;
	};
	const plausible = mention.candidates.filter(
		// A city in a country the story never names must be big or a capital to be meant without saying so.
		(city) => countryCodes.has(city.countryCode) || city.capital || (city.population ?? 0) >= 100_000,
	);
	return plausible.sort((a, b) => score(b) - score(a))[0];
}

/** Whether a run the people finder took is a place all the same (see findPlaces). */
function placeDespitePerson(person: PersonCandidate, run: Run): boolean {
	const text = run.words.join(' ');
	if (run.words.length > 1) return text === person.name && kindOfName(text) !== undefined && !/\bTemple$/.test(text);
	const [word] = run.words as [string];
	const full = person.name.split(' ');
	const opensName = full.length > 1 && full[0] === word && full[full.length - 1] !== word;
	// A first name used alone ("Tyler" for Tyler Smith) is common; a country's or state's name less so.
	if (opensName) return countryOf(word) !== undefined || divisionsNamed(word).length > 0;
	if (person.uncertain === undefined) return false;
	return countryOf(word) !== undefined || divisionsNamed(word).length > 0 || citiesNamed(word).some((city) => (city.population ?? 0) >= 100_000);
}

/** Whether two runs stand in one sentence (an abbreviation's full stop, "St. Louis", counts as a boundary: the rule then holds back). */
function sameSentence(paragraphs: readonly string[], a: Run, b: Run): boolean {
	if (a.paragraph !== b.paragraph) return false;
	const between = paragraphs[a.paragraph - 1].slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
	return !/[.!?]["”’]?\s/.test(between);
}

/** The places of a story, with the runs each accounts for; people's runs are left alone. */
export function findPlaces(
	paragraphs: readonly string[],
	runs: readonly Run[],
	people: readonly PersonCandidate[],
	{ dateline, tagged = [] }: { dateline?: string; tagged?: readonly TaggedPlace[] } = {},
): PlaceCandidate[] {
	const story = paragraphs.join('\n\n');
	// People's runs are theirs, except where the people finder was unsure or grouped a place's word
	// under a name it opens ("Hawaii" under "Hawaii Pacific Health") or the name ends in a kind of place
	// ("Pearl Harbor"): a place the gazetteer knows, or whose last word says so, stays a place.
	const claimed = new Set(people.flatMap((person) => person.runs.filter((run) => !placeDespitePerson(person, run))));
	const countries = new Map<string, { place: GazetteerPlace; names: Set<string>; demonyms: Set<string>; runs: Run[] }>();
	const named = new Map<string, PlaceCandidate>();
	const cityMentions = new Map<string, CityMention>();
	const loose: Run[] = [];

	const addCountry = (place: GazetteerPlace, word: string, demonym: boolean, run: Run) => {
		const entry = countries.get(place.countryCode) ?? { place, names: new Set(), demonyms: new Set(), runs: [] };
		(demonym ? entry.demonyms : entry.names).add(word);
		entry.runs.push(run);
		countries.set(place.countryCode, entry);
	};

	// A place inside an organisation's name ("University of Texas at Austin") names the organisation.
	const organisations = paragraphs.map((paragraph) => organisationSpans(paragraph));
	// "Prime Minister Luis Montenegro ... Montenegro said": a name after a title is a person's, and so is its last word alone.
	const surnames = titledSurnames(runs);
	// U.S. states the AP abbreviates after a city ("Raleigh, N.C."): states of a U.S. story.
	const abbreviated: { division: GazetteerPlace; run: Run; written: string }[] = [];
	const runsIn = Map.groupBy(runs, (run) => run.paragraph);
	// compromise's reading of a word, once per word: a long story names its places again and again.
	const readings = new Map<string, boolean>();
	const readsAs = (text: string, tag: '#Place' | '#Demonym') => {
		const key = `${tag} ${text}`;
		if (!readings.has(key)) readings.set(key, nlp(text).has(tag));
		return readings.get(key) as boolean;
	};
	const inOrganisation = (run: Run) => organisations[run.paragraph - 1].some(([from, to]) => run.start >= from && run.end <= to);
	// Where the story uses a word inside a sentence, it is a name wherever it stands.
	const personNames = new Set(people.flatMap((person) => person.names));
	const usedMidSentence = new Set(runs.filter((run) => !run.sentenceStart).map((run) => run.words.join(' ')));
	for (const run of runs.flatMap((each) => (claimed.has(each) ? [each] : splitAtOf(each)))) {
		// A person's or an organisation's run may still open with a country: "Japanese Prime Minister
		// Sanae Takaichi", "Japanese Foreign Ministry".
		// "Slidell, La.": the AP's state abbreviation after a city is the state, whoever took it for a name.
		const state = apState(paragraphs[run.paragraph - 1], run);
		const stateDivision = state ? divisionsNamed(state.state).find((division) => division.countryCode === 'US') : undefined;
		if (state && stateDivision) {
			abbreviated.push({ division: stateDivision, run, written: state.written });
			continue;
		}
		const titled = nameAfterTitle(run.words) !== undefined && !kindOfName(run.words.join(' '));
		if (claimed.has(run) || inOrganisation(run) || titled) {
			const lead = leadingCountry(run.words);
			// Nor where the country's name opens a region's ("Niger Delta Development Commission").
			const institution = lead && (run.words.slice(lead.words.length).some((word) => INSTITUTION_SITE.test(word)) || kindOfName(run.words.slice(0, lead.words.length + 1).join(' ')) !== undefined);
			// (A person's run that is the country's name and nothing more is their surname: "Montenegro said".)
			if (lead && !institution && lead.words.length < run.words.length) addCountry(lead.place, lead.words.join(' '), lead.demonym, run);
			// ... or end with one after "of": "the Communist Party of Vietnam", "the Kidney Foundation of Canada".
			const tail = trailingCountry(run.words);
			if (tail && !lead && !/\b(?:Embassy|Consulate)\b/.test(run.text)) addCountry(tail.place, tail.words.join(' '), false, { ...run, start: run.end - tail.words.join(' ').length });
			continue;
		}
		if (namesNoPlace(run.words, run.after)) continue;
		// A sentence may open with a function word: "The Democratic Republic of Congo", "In Monterrey".
		let words = run.words;
		while (words.length > 1 && FUNCTION_WORDS.has(words[0])) words = words.slice(1);
		// A date after the name is no part of it: "arrive in Lagos April 4".
		while (words.length > 1 && CALENDAR_WORDS.test(words[words.length - 1] as string)) words = words.slice(0, -1);
		if (words.length === 1 && (FUNCTION_WORDS.has(words[0]) || CALENDAR_WORDS.test(words[0]))) continue;
		let text = words.join(' ');
		// "As Lee said": once the function word is gone, a person's name may be left.
		if (words !== run.words && personNames.has(text)) continue;
		if (words.length === 1 && surnames.has(text)) continue;
		// A sentence's first word is capitalised whatever it is ("Officials", "Relatives"): a place
		// only where it is a country, or the story uses it inside a sentence too, or compromise knows it as one.
		const opensSentence = run.sentenceStart && words === run.words && words.length === 1;
		if (opensSentence && !countryOf(text) && !countryOfDemonym(text) && !usedMidSentence.has(text) && !readsAs(text, '#Place')) continue;
		const based = paragraphs[run.paragraph - 1].slice(run.end).startsWith('-based');
		// A dateline in capitals inside the text ("OAKLAND, Calif. (AP)"): its city.
		// (The story's own dateline, opening it, is an address, read apart below.)
		const datelined = run.paragraph === 1 && run.start === 0 ? undefined : datelineName(paragraphs[run.paragraph - 1], run);
		if (datelined && citiesNamed(datelined).length > 0) {
			const mention: CityMention = cityMentions.get(datelined) ?? { name: datelined, runs: [], candidates: citiesNamed(datelined) };
			mention.runs.push(run);
			mention.written = new Set([...(mention.written ?? []), run.text]);
			cityMentions.set(datelined, mention);
			continue;
		}
		// Capitals alone are an acronym (APEC, NHK) or the dateline, which is read below.
		if (CONTINENTS.has(text) || (/^[\p{Lu}\d]{2,}$/u.test(text) && !countryOf(text))) continue;
		const nounKind = Object.hasOwn(PLACE_NOUNS, run.after) ? PLACE_NOUNS[run.after] : undefined;
		// "New York state", "Yamaguchi prefecture": a division the gazetteer has is looked up as one, below.
		const kind = kindOfName(text) ?? (nounKind && divisionsNamed(text).some((division) => division.kind === nounKind || (nounKind === 'province' && division.kind !== 'state')) ? undefined : nounKind);
		const paragraph = paragraphs[run.paragraph - 1];
		// "the Democratic People's Republic of Korea": the possessive cut the name in two.
		const owner = runsIn.get(run.paragraph)?.find((other) => /^['’]s\s+$/.test(paragraph.slice(other.end, run.start)));
		const whole = owner ? countryOf(paragraph.slice(owner.start, run.end)) : undefined;
		if (whole) {
			addCountry(whole, paragraph.slice(owner!.start, run.end), false, { ...run, start: owner!.start });
			continue;
		}
		// "the Embassy of the Republic of Armenia (in the Holy See)": whose embassy, not where it is.
		if (/\b(?:Embassy|Consulate|embassy|consulate) of (?:the )?$/.test(paragraph.slice(0, run.start))) continue;
		// A sentence's first word before a country ("Considering Tunisia's interest", "News Russia announces"):
		// capitalised for where it stands, not part of the name.
		if (run.sentenceStart && words.length === 2 && !countryOf(text) && countryOf(words[1] as string) && !kindOfName(text)) {
			const second = words[1] as string;
			addCountry(countryOf(second) as GazetteerPlace, second, false, { ...run, start: run.end - second.length });
			continue;
		}
		const country = countryOf(text);
		const demonym = countryOfDemonym(text);
		// "Cyprus, Greece Italy or Spain": two countries the run joined for a missing comma.
		const pair = !country && words.length >= 2 && !kindOfName(text) ? splitCountries(words) : undefined;
		if (pair) {
			const [first, second] = pair;
			const cut = run.start + paragraph.slice(run.start, run.end).indexOf(second.words[0] as string);
			addCountry(first.place, first.words.join(' '), false, { ...run, end: cut - 1 });
			addCountry(second.place, second.words.join(' '), false, { ...run, start: cut });
		} else if (country) addCountry(country, text, false, run);
		else if (demonym) addCountry(demonym, text, true, run);
		else if (kind) {
			// "the 25 de Abril Bridge": a number and a particle open the name.
			const numbered = numberedStart(paragraphs[run.paragraph - 1], run);
			const mentioned = numbered.prefix.length ? { ...run, start: numbered.start, words: [...numbered.prefix, ...run.words] } : run;
			if (numbered.prefix.length) text = [...numbered.prefix, ...words].join(' ');
			const place = named.get(text) ?? { name: text, names: [text], kind, runs: [] };
			place.runs.push(mentioned);
			// "Tokyo's Yasukuni Shrine": the run just before, in the possessive, says where it is.
			const paragraph = paragraphs[run.paragraph - 1];
			const owner = runsIn.get(run.paragraph)?.find((other) => /^['’]s\s+$/.test(paragraph.slice(other.end, run.start)));
			if (owner && !place.near) place.near = owner.words.join(' ');
			named.set(text, place);
		} else if (
			run.words.length <= 4 &&
			// A lone demonym is a people before it is a town ("Arab", Alabama).
			!(words.length === 1 && readsAs(text, '#Demonym')) &&
			(citiesNamed(text).length > 0 || divisionsNamed(text).length > 0)
		) {
			const mention: CityMention = cityMentions.get(text) ?? { name: text, runs: [], candidates: citiesNamed(text) };
			mention.runs.push(run);
			if (based) mention.based = true;
			cityMentions.set(text, mention);
		} else {
			const lead = leadingCountry(run.words);
			// A demonym opening the name of a place in it ("French Quarter", "British Embassy Tokyo") is not
			// the country: the whole name is a place of its own, coordinates left to the editor.
			const rest = lead ? run.words.slice(lead.words.length) : [];
			const siteKind = rest.map((_, index) => kindOfName(rest.slice(0, index + 1).join(' '))).find(Boolean);
			if (lead && siteKind) {
				const place = named.get(text) ?? { name: text, names: [text], kind: siteKind, runs: [] };
				place.runs.push(run);
				named.set(text, place);
			} else if (lead && !rest.some((word) => INSTITUTION_SITE.test(word))) addCountry(lead.place, lead.words.join(' '), lead.demonym, run);
			else if (words.length === 1 && !run.sentenceStart) loose.push(run);
		}
	}

	// The dateline is where the story was filed: a city, written in capitals.
	if (dateline) {
		const name = titleCase(dateline);
		if (countOccurrences(story, name) > 0 && !cityMentions.has(name)) {
			const candidates = citiesNamed(name);
			// Its words in the dateline are where the story names it first.
			const opening = runs.filter((run) => run.paragraph === 1 && run.start === 0 && titleCase(run.text) === name);
			if (candidates.length) cityMentions.set(name, { name, runs: opening, candidates });
		}
	}
	// Places the sender tagged (ninjs `places`, `located`), where the story names them.
	for (const place of tagged) {
		if (countOccurrences(story, place.name) === 0) continue;
		const country = countryNamed(place.name);
		if (country) {
			if (!countries.has(country.countryCode)) countries.set(country.countryCode, { place: country, names: new Set([place.name]), demonyms: new Set(), runs: [] });
		} else if (!cityMentions.has(place.name) && !named.has(place.name)) {
			const candidates = citiesNamed(place.name);
			if (candidates.length) cityMentions.set(place.name, { name: place.name, runs: [], candidates });
			else named.set(place.name, { name: place.name, names: [place.name], coordinates: place.coordinates, runs: [] });
		}
	}

	const places: PlaceCandidate[] = [];
	// Countries: named by their own names where the story uses them, else by the demonym it uses.
	for (const { place, names, demonyms, runs: countryRuns } of countries.values()) {
		const words = names.size > 0 ? [...names] : [...demonyms];
		// A demonym inside a longer name the story uses ("Korean" in "Korean Peninsula") names nothing alone.
		const used = words.filter((word) => countOccurrences(story, word) > 0);
		if (used.length) places.push(fromGazetteer(place, used, countryRuns));
	}
	const countryCodes = new Set([...countries.keys()]);
	const anchors = [...countries.values()].map((entry) => entry.place.coordinates);
	// The dateline's city places the story in its country even where the story never names it: a U.S.
	// story filed from ST. LOUIS names Missouri and Alton, never "the United States".
	const filedFrom = dateline ? datelineCity({ name: titleCase(dateline), runs: [], candidates: citiesNamed(titleCase(dateline)) }, countryCodes, anchors) : undefined;
	if (filedFrom) countryCodes.add(filedFrom.countryCode);
	// "Raleigh, N.C.": the state, and a U.S. story.
	const divisions: { division: GazetteerPlace; runs: Run[] }[] = [];
	for (const { division, run } of abbreviated) {
		countryCodes.add(division.countryCode);
		const known = divisions.find((entry) => entry.division === division);
		if (known) known.runs.push(run);
		else divisions.push({ division, runs: [run] });
	}
	for (const { division, runs: stateRuns } of divisions) {
		const written = abbreviated.filter((entry) => entry.division === division).map((entry) => entry.written);
		places.push(fromGazetteer(division, [...new Set(written)], stateRuns));
	}
	// A country that shares its name with a state of another country the story is in ("Georgia" in a
	// U.S. story) is open: either may be meant. The story is in a country where it names it, or one of
	// its states ("Georgia and Texas").
	const statesNamed = [...cityMentions.keys()].flatMap((name) => divisionsNamed(name).filter((division) => division.kind === 'state'));
	for (const [index, place] of places.entries()) {
		const country = countryNamed(place.name);
		const storyIn = (code: string) => countryCodes.has(code) || statesNamed.some((division) => division.countryCode === code && division.name !== place.name);
		const state = country && divisionsNamed(place.name).find((division) => division.kind === 'state' && division.countryCode !== country.countryCode && storyIn(division.countryCode));
		// "TBILISI, Georgia (AP)": the dateline's city is in the country, so the story's Georgia is it.
		if (country && state && place.names.includes(place.name) && filedFrom?.countryCode !== country.countryCode) {
			places[index] = { name: place.name, names: place.names, runs: place.runs, open: openNote(place.name, `a country and a ${state.kind} share the name`, [country, state], []) };
		}
	}
	// "Beverly Hills, California": a city, a comma, and a state or province one of its namesakes is in
	// place the story in that country, whether or not it names the country.
	for (const mention of cityMentions.values()) {
		for (const run of mention.runs) {
			const next = runs.find((other) => other.paragraph === run.paragraph && other.start > run.end && /^,\s+$/.test(paragraphs[run.paragraph - 1].slice(run.end, other.start)));
			const division = next && divisionsNamed(next.words.join(' ')).find((each) => mention.candidates.some((city) => city.countryCode === each.countryCode && divisionName(city.countryCode, city.division) === each.name));
			if (division) countryCodes.add(division.countryCode);
		}
	}
	// A state or province of a country the story is in, unless a big city there has its name ("Tokyo",
	// "Nara": the city, not the prefecture).
	const divisionOf = (mention: CityMention) =>
		mention.based || mention.candidates.some((city) => countryCodes.has(city.countryCode) && (city.population ?? 0) >= 100_000)
			? undefined
			: divisionsNamed(mention.name).find((division) => countryCodes.has(division.countryCode));
	for (const mention of cityMentions.values()) {
		const division = divisionOf(mention);
		if (!division) continue;
		cityMentions.delete(mention.name);
		// "New York": the state, or the city the gazetteer calls New York City? Only the words can say
		// ("New York state", "upstate New York").
		const city = citiesNamed(`${mention.name} City`).find((each) => each.countryCode === division.countryCode && (each.population ?? 0) >= 100_000);
		const saysState = mention.runs.some((run) => run.after === division.kind || run.before === 'upstate');
		if (city && !saysState) {
			places.push({ name: mention.name, names: namesOf(mention), runs: mention.runs, open: openNote(mention.name, `a ${division.kind} and its city share the name`, [division, city], []) });
			continue;
		}
		divisions.push({ division, runs: mention.runs });
		places.push(fromGazetteer(division, namesOf(mention), mention.runs));
	}
	// Cities placed for certain (the dateline's, then those with fewest candidates first) help place the others.
	const nearBy: Anchor[] = filedFrom ? [{ name: filedFrom.name, coordinates: filedFrom.coordinates, dateline: true }] : [];
	const ordered = [...cityMentions.values()].sort((a, b) => a.candidates.length - b.candidates.length);
	for (const mention of ordered) {
		// "the Washington-based group": the most prominent Washington, the capital.
		const prominent = mention.based ? mostProminent(mention.candidates) : undefined;
		// Once "the X" anywhere in the story, X may be a river or region ("the Atlantic", "the Rio Grande").
		const afterArticle = mention.runs.some((run) => run.before === 'the');
		// A state named in the same sentence places a city ("Salem, the capital of the state of Oregon");
		// one named elsewhere does not ("floods in Missouri ... levees near Alton": Alton, Illinois).
		const sentenceDivisions = divisions.filter(({ runs: divisionRuns }) => divisionRuns.some((other) => mention.runs.some((run) => sameSentence(paragraphs, run, other))));
		const choice = prominent
			? { city: prominent }
			: chooseCity(mention.name, mention.candidates, { countryCodes, divisions: sentenceDivisions.map((entry) => entry.division), anchors: nearBy }, { afterArticle });
		if (!choice) {
			// No city of the name is meant: a state or province of a country the story does not name
			// ("Hawaii"). The only place of the name in the gazetteer is certain; else the editor chooses.
			const states = divisionsNamed(mention.name);
			if (states.length === 1 && mention.candidates.length === 0) places.push(fromGazetteer(states[0] as GazetteerPlace, namesOf(mention), mention.runs));
			else if (states.length > 0) {
				const shown = [...states, ...mention.candidates].slice(0, 5);
				places.push({ name: mention.name, names: namesOf(mention), runs: mention.runs, open: openNote(mention.name, 'several places share the name, and the story names none of their countries', shown, nearBy) });
			} else if (mention.runs.some((run) => LOCATIVE.test(run.before))) {
				// "a stabbing in Dundalk": small places only, in countries the story never names; a place all
				// the same, the editor says which.
				const shown = mention.candidates.slice(0, 5);
				places.push({ name: mention.name, names: namesOf(mention), kind: 'city', runs: mention.runs, open: openNote(mention.name, 'only small places have the name, none in a country the story names', shown, nearBy, mention.candidates.length - shown.length) });
			}
			continue;
		}
		// A state of the story's countries with the city's name, far from it ("Washington": the capital or
		// the state, 3,600 km apart) is as likely; a prefecture around its city ("Nara") is no rival.
		const rival = choice.city && !prominent && divisionsNamed(mention.name).find((division) => (division.countryCode === choice.city?.countryCode || countryCodes.has(division.countryCode)) && distanceKm(division.coordinates, (choice.city as GazetteerPlace).coordinates) > RIVAL_KM);
		if (rival && choice.city) {
			places.push({ name: mention.name, names: namesOf(mention), runs: mention.runs, open: openNote(mention.name, `a city and a ${rival.kind} share the name`, [choice.city, rival], nearBy) });
			continue;
		}
		if (choice.city) {
			nearBy.push({ name: mention.name, coordinates: choice.city.coordinates });
			places.push(fromGazetteer(choice.city, namesOf(mention), mention.runs));
		} else {
			const countriesOf = new Set(choice.candidates.map((city) => city.country));
			places.push({
				name: mention.name,
				names: namesOf(mention),
				kind: afterArticle ? undefined : 'city',
				// Their one country, where all candidates share it and the name is a city's at all.
				country: countriesOf.size === 1 && !afterArticle ? [...countriesOf][0] : undefined,
				open: choice.note,
				runs: mention.runs,
			});
		}
	}
	places.push(...named.values());

	// Single words no one claimed that compromise reads as places ("Korea"): the short form of a
	// region or site the story names ("Korean Peninsula"), or a place of their own, coordinates open.
	for (const run of loose) {
		const [word] = run.words;
		// An abbreviation ("Aug.") is a date or a title; a plural of a place the story names ("the
		// Koreas") is the places themselves.
		if (word.endsWith('.') || (word.endsWith('s') && places.some((place) => place.names.some((name) => name.endsWith(word.slice(0, -1)))))) continue;
		// A demonym ("136 Korean forced laborers") describes; it does not name a place.
		if (places.some((place) => place.names.includes(word)) || readsAs(word, '#Demonym')) continue;
		const longer = places.find((place) => place.kind !== 'country' && place.kind !== 'city' && place.name.split(' ')[0].startsWith(word));
		if (longer) longer.names.push(word);
		// "the Amazon", "the western Sahel": after an article or a direction a lone name is a place.
		else if (readsAs(word, '#Place') || AREA_WORDS.test(run.before)) {
			places.push({ name: word, names: [word], runs: [run] });
		}
	}
	// A site the story places ("Tokyo's Yasukuni Shrine") is in that place's country.
	for (const place of places) {
		if (place.near && !place.country) place.country = places.find((other) => other.names.includes(place.near as string))?.country;
	}
	// Connectors never start a name; a name the story never uses alone is dropped.
	for (const place of places) place.names = [...new Set(place.names)].filter((name) => !CONNECTOR.test(name) && countOccurrences(story, name) > 0);
	return places.filter((place) => place.names.length > 0);
}
