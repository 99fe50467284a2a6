/**
 * The parts of a run of capitalised words that name places, read with the gazetteer: the kind of
 * place a name's last word gives ("Horyu Temple": a site), the countries inside a run (opening it,
 * "Japanese Foreign Ministry"; closing it after "of", "Communist Party of Vietnam"; two side by side,
 * "Greece Italy"), a run to split at "of" ("the French Quarter of New Orleans"), and a dateline in
 * capitals inside the text. Read by ./places.ts, which decides what the story's places are.
 */
import { countryNamed, countryOfDemonym, type GazetteerPlace } from './gazetteer';
import { countryShortName } from './place-names';
import type { Run } from './text-runs';
import type { placeKinds } from '../schemas/entities';

type PlaceKind = (typeof placeKinds)[number];

// The last word of a name says what kind of place it is.
const SITE = /\b(?:Temple|Shrine|Palace|Square|Cathedral|Mosque|Church|Basilica|Castle|Fort|Museum|Stadium|Arena|Airport|Bridge|Park|Dam|Mine|Plant|Base|Tower|Gate|Wall|Monument|Memorial|Cemetery|Prison|Embassy|Harbor|Harbour|Port|Station|Street|Avenue|Market|University|Hospital|Reactor|Crossing|Canal)$/;
const REGION = /\b(?:Peninsula|Region|Quarter|Valley|Desert|Coast|Mountains|Range|Plateau|Basin|Delta|Strip|Bank|Heights|Corridor|Territory|Territories|County|District|Highlands|Plains?)$/;
// Water, and a country's first-level divisions, have kinds of their own (the map draws them apart).
const WATER: [RegExp, PlaceKind][] = [
	[/\b(?:Sea|Ocean)$|^Sea of\b/, 'sea'],
	[/\bStraits?$|^Strait of\b/, 'strait'],
	[/\bGulf$|^Gulf of\b/, 'gulf'],
	[/\bBay$|^Bay of\b/, 'bay'],
	[/\bRiver$/, 'river'],
	[/\bLake$|^Lake\b/, 'lake'],
	[/\b(?:Province|Prefecture|Oblast)$/, 'province'],
	[/\bState$/, 'state'],
];
const ISLAND = /\b(?:Island|Islands|Isles|Atoll|Archipelago)$/;
const MOUNT = /^(?:Isle of)\b/;

/** A dateline's city as the story writes it: "ST. LOUIS" is "St. Louis". */
export const titleCase = (capitals: string) => capitals.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

export function kindOfName(name: string): PlaceKind | undefined {
	const water = WATER.find(([pattern]) => pattern.test(name));
	if (water) return water[1];
	if (ISLAND.test(name)) return 'island';
	if (SITE.test(name) || /^(?:Mount|Mt\.)\b/.test(name)) return 'site';
	if (REGION.test(name) || MOUNT.test(name)) return 'region';
	return undefined;
}

// A two-letter code with dots is a country only for the two the wire writes ("U.S.", "U.K."): "N.C." is
// North Carolina, "P.A." an assistant, not New Caledonia or Panama.
const DOTTED_CODE = /^(?:\p{Lu}\.){2}$/u;

/** The country a name stands for: the gazetteer's names, and the short ones it lacks ("Britain", "US"). */
export function countryOf(name: string): GazetteerPlace | undefined {
	if (DOTTED_CODE.test(name) && name !== 'U.S.' && name !== 'U.K.') return undefined;
	const short = countryShortName(name);
	return countryNamed(short ?? name);
}

// Institutions that stand somewhere: a demonym before them ("British International School", in
// Phuket) says whose they are, not where.
export const INSTITUTION_SITE = /^(?:School|College|University|Academy|Hospital|Church|Club|Museum|Hotel|Embassy|Consulate)$/;

/** A country's name ending a run after "of" ("Communist Party of Vietnam"), with its words. */
export function trailingCountry(words: readonly string[]): { place: GazetteerPlace; words: string[] } | undefined {
	const at = words.lastIndexOf('of');
	if (at < 1 || at === words.length - 1) return undefined;
	const rest = words.slice(at + 1);
	const place = countryOf(rest.join(' '));
	return place ? { place, words: rest } : undefined;
}

/** Two countries' names side by side in one run ("Greece Italy"), each with its words. */
export function splitCountries(words: readonly string[]): [{ place: GazetteerPlace; words: string[] }, { place: GazetteerPlace; words: string[] }] | undefined {
	for (let at = 1; at < words.length; at++) {
		const first = countryOf(words.slice(0, at).join(' '));
		const second = countryOf(words.slice(at).join(' '));
		if (first && second) return [{ place: first, words: words.slice(0, at) }, { place: second, words: words.slice(at) }];
	}
	return undefined;
}

/** A demonym or country at the start of a longer run: "Japanese" in "Japanese Foreign Ministry". */
export function leadingCountry(words: string[]): { place: GazetteerPlace; words: string[]; demonym: boolean } | undefined {
	for (let length = Math.min(3, words.length); length >= 1; length--) {
		const phrase = words.slice(0, length).join(' ');
		const country = countryOf(phrase);
		if (country) return { place: country, words: words.slice(0, length), demonym: false };
		const demonym = countryOfDemonym(phrase);
		if (demonym) return { place: demonym, words: words.slice(0, length), demonym: true };
	}
	return undefined;
}

/**
 * "the French Quarter of New Orleans": a demonym's place and the place it is in, two names the run
 * joined through "of". Split where the words before "of" open with a country or demonym and end in a
 * kind of place ("Quarter", "Embassy"); "Bay of Bengal" and "Bank of Japan" stay whole.
 */
export function splitAtOf(run: Run): Run[] {
	const at = run.words.indexOf('of');
	if (at < 2 || at === run.words.length - 1) return [run];
	const head = run.words.slice(0, at);
	const lead = leadingCountry(head);
	if (!lead || lead.words.length === head.length || !kindOfName(head.join(' '))) return [run];
	const headText = head.join(' ');
	const tailStart = run.text.indexOf(' of ', headText.length - 1) + ' of '.length;
	return [
		{ ...run, words: head, text: run.text.slice(0, headText.length), end: run.start + headText.length, after: 'of' },
		{ ...run, words: run.words.slice(at + 1), text: run.text.slice(tailStart), start: run.start + tailStart, sentenceStart: false, before: 'of' },
	];
}

/**
 * A dateline inside the text, in capitals ("... (AP Photo) OAKLAND, Calif. (AP) —", "WASHINGTON,
 * April 5 (Reuters) -"): the city's name in title case, where a comma, a parenthesis or a dash follows.
 */
export function datelineName(paragraph: string, run: Run): string | undefined {
	if (!/^[\p{Lu} .'’-]+$/u.test(run.text) || run.text.replace(/[^\p{Lu}]/gu, '').length < 4) return undefined;
	if (!/^(?:,\s|\s*\(|\s+[–—-]{1,2}\s)/u.test(paragraph.slice(run.end))) return undefined;
	return titleCase(run.text);
}
