/**
 * What the shape of a capitalised name and the words around it say about whether it names a place,
 * before any gazetteer is asked: a person's title before it ("Prime Minister Luis Montenegro" is a
 * person), a follower's or doctrine's ending ("Socialist"), a number joined by a particle ("the 25 de
 * Abril Bridge"), the AP's state abbreviations after a city ("Springfield, Ill."), and the short names
 * of countries the gazetteer does not list ("Britain", "US"). Read by ./places.ts.
 */
import type { Run } from './text-runs';

// Titles that stand before a person's name; "Prime Minister" before "Minister". A name after one is a
// person ("Prime Minister Luis Montenegro"), whatever country or city shares the name.
const TITLE =
	/^(?:(?:Deputy |Vice |Acting |Former |Interim )?(?:Prime Minister|President|Premier|Chancellor|Governor|Gov\.|Mayor|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Minister|Secretary|Ambassador|Judge|Justice|General|Gen\.|Admiral|Adm\.|Col\.|Capt\.|Lt\.|Sgt\.|Commander|King|Queen|Prince|Princess|Emperor|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh|Chairman|Chairwoman|Speaker|Director|Commissioner|Coach|Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Lord|Lady|Sir|Dame)|\p{Lu}\p{Ll}+ (?:Minister|Secretary))$/u;

/**
 * The words of a run that name a person because a title stands before them: "Luis Montenegro" in
 * "Prime Minister Luis Montenegro", "Montenegro" in "President Montenegro". Not "Mayor of London":
 * a particle after the title starts an office, not a name.
 */
export function nameAfterTitle(words: readonly string[]): string[] | undefined {
	for (let length = Math.min(4, words.length - 1); length >= 1; length--) {
		if (!TITLE.test(words.slice(0, length).join(' '))) continue;
		const rest = words.slice(length);
		if (/^\p{Ll}/u.test(rest[0] as string)) return undefined;
		return rest;
	}
	return undefined;
}

/**
 * The surnames of the people a story names after a title: a place finder must not take "Montenegro"
 * alone, later in the story, for the country.
 */
export function titledSurnames(runs: readonly Run[]): Set<string> {
	const surnames = new Set<string>();
	for (const run of runs) {
		const name = nameAfterTitle(run.words);
		if (name && name.length > 0) surnames.add(name[name.length - 1] as string);
	}
	return surnames;
}

/**
 * A word for a follower or a doctrine ("Socialist", "Communists", "Islamism"), or a word before
 * "party": an adjective of politics or faith, never a place.
 */
export function namesNoPlace(words: readonly string[], after: string): boolean {
	if (after === 'party' || after === 'parties') return true;
	return words.length === 1 && /\p{Ll}(?:ist|ists|ism)$/u.test(words[0] as string);
}

/**
 * Where a name opens with a number joined by a particle ("the 25 de Abril Bridge", "the 9 de Julio
 * Avenue", "the 2nd of May Square"), the offset its words start at, else the run's own start.
 */
export function numberedStart(paragraph: string, run: Run): { start: number; prefix: string[] } {
	const before = /(?<![\p{L}\p{N}])(\p{N}+(?:st|nd|rd|th|er|º)?)\s+(de|del|do|da|di|of)\s+$/u.exec(paragraph.slice(0, run.start));
	if (!before) return { start: run.start, prefix: [] };
	return { start: before.index, prefix: [before[1] as string, before[2] as string] };
}

// The AP's abbreviations of U.S. states, as written after a city ("Springfield, Ill.", "Raleigh, N.C.").
const AP_STATES: Readonly<Record<string, string>> = {
	'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
	'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky',
	'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
	'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
	'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
	'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee',
	'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/**
 * The U.S. state an abbreviation names where the AP writes one: right after a city and a comma
 * ("Raleigh, N.C."). Elsewhere "N.C." or "Miss." may be anything (a title, a country's code).
 */
export function apState(paragraph: string, run: Run): { state: string; written: string } | undefined {
	// The run may have left the full stop out, taking it for the sentence's ("Springfield, Ill. on Monday").
	const text = run.text.replace(/['’]s$/, '') + (paragraph[run.end] === '.' && !run.text.endsWith('.') ? '.' : '');
	const state = Object.hasOwn(AP_STATES, text) ? AP_STATES[text] : undefined;
	if (!state) return undefined;
	return /\p{Lu}[\p{L}.]*,\s+$/u.test(paragraph.slice(0, run.start)) ? { state, written: text } : undefined;
}

// Short names of countries that the gazetteer (world-countries) lists only in longer forms, or as
// two-letter codes that are words when bare ("US", "UK": in a run of their own, mid-sentence, they
// are the countries; a headline in capitals is read as an acronym elsewhere).
const COUNTRY_SHORT_NAMES: Readonly<Record<string, string>> = {
	Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', UK: 'United Kingdom', US: 'United States', 'Holy See': 'Vatican City',
	// Names the country changed in English after the wire had long used them.
	Turkey: 'Türkiye', 'Czech Republic': 'Czechia',
};

/** The gazetteer's name of the country a short name stands for: "Britain" → "United Kingdom". */
export function countryShortName(name: string): string | undefined {
	return Object.hasOwn(COUNTRY_SHORT_NAMES, name) ? COUNTRY_SHORT_NAMES[name] : undefined;
}
