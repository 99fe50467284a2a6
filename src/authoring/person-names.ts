/**
 * What the words of a capitalised run say about a person's name, apart from where the run stands:
 * titles and the countries or states before them, descriptions ("Marxist", "former"), whether words
 * could be a name at all, and the role a title gives. The people finder (./people.ts) reads the run's
 * surroundings and asks these.
 */
import nlp from 'compromise';
import { countryNamed, countryOfDemonym, divisionsNamed, type GazetteerPlace } from './gazetteer';
import { LOWER_TITLES, MINISTRY_TITLE, NOT_NAMES, PERSON_NOUNS, PLURAL_TITLES, THING_WORDS, TITLES } from './people-words';

// compromise takes a good part of a millisecond to read a phrase, and a long story asks about the same
// words again and again ("Lee", "said"): each answer is kept.
const answers = new Map<string, boolean>();
/** Whether compromise reads `text` (a word or a few) with the tags `match` names: `knows('Lee', '#Person')`. */
export function knows(text: string, match: string): boolean {
	const key = `${match}\u0000${text}`;
	let answer = answers.get(key);
	if (answer === undefined) {
		answer = nlp(text).has(match);
		answers.set(key, answer);
	}
	return answer;
}

/**
 * Descriptions that may stand before a title and are no part of the name: a nationality or country
 * ("Chilean", "Japan's"), a state ("Missouri"), "former", and adjectives of creed or party ("Marxist",
 * "Socialist", "Republican"). Returns how many leading words describe.
 */
export function descriptionLength(words: string[]): number {
	let length = 0;
	while (length < words.length - 1 && length < 4) {
		const word = words[length];
		const described =
			/^(?:Former|Emeritus|Ex|Then|Acting|Interim|Late|Incoming|Outgoing|Retired|Deposed|Ousted|Exiled|Embattled|Shadow|Nonpartisan)$/.test(word) ||
			countryOfDemonym(word) !== undefined ||
			/(?:ist|ian|ican|ite)$/.test(word) && !knows(word, '#Person');
		if (!described) break;
		length++;
	}
	return length;
}

/** The title that opens the words ("Prime Minister" of "Prime Minister Sanae Takaichi"), with a word after it. */
export function titleAt(words: string[]): { title: string; length: number } | undefined {
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const candidate = words.slice(0, length).join(' ');
		if (TITLES.includes(candidate) || MINISTRY_TITLE.test(candidate)) return { title: candidate, length };
	}
	return undefined;
}

/** A leading country or demonym: "Japanese" or "South Korean" before a title, with how many words it takes. */
export function countryAt(words: string[]): { place: GazetteerPlace; length: number } | undefined {
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const phrase = words.slice(0, length).join(' ');
		const place = countryOfDemonym(phrase) ?? countryNamed(phrase);
		if (place) return { place, length };
	}
	return undefined;
}

/** A leading state or province before a title, the AP's way with governors: "Missouri Gov. Mike Kehoe". */
export function divisionAt(words: string[]): { place: GazetteerPlace; length: number } | undefined {
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const place = divisionsNamed(words.slice(0, length).join(' '))[0];
		if (place && titleAt(words.slice(length))) return { place, length };
	}
	return undefined;
}

// AP abbreviates titles before a name; a role is written out: "Gov." is "Governor of Missouri".
const WRITTEN_OUT: Readonly<Record<string, string>> = {
	'Gov.': 'Governor', 'Sen.': 'Senator', 'Rep.': 'Representative', 'Gen.': 'General', 'Adm.': 'Admiral', 'Col.': 'Colonel',
	'Maj.': 'Major', 'Capt.': 'Captain', 'Sgt.': 'Sergeant', 'Lt.': 'Lieutenant', 'Cmdr.': 'Commander',
	'Lt. Cmdr.': 'Lieutenant Commander', 'Lt. Col.': 'Lieutenant Colonel', 'Lt. Gen.': 'Lieutenant General',
	'Maj. Gen.': 'Major General', 'Brig. Gen.': 'Brigadier General', 'Rear Adm.': 'Rear Admiral', 'Vice Adm.': 'Vice Admiral',
	'Sgt. Maj.': 'Sergeant Major', 'Staff Sgt.': 'Staff Sergeant',
};
// A word that says what kind of post, not which: "the European Union's foreign policy chief, Kaja
// Kallas" is no "Chief". Without the country it stands for, it is left for the editor.
const POST_WITHOUT_PLACE = /^(?:Chief|Head|Leader|Official|Boss)$/;

export const isInitialism = (word: string): boolean => /^(?:\p{Lu}\.?){2,}$/u.test(word) || /^\p{Lu}$/u.test(word);

/**
 * Whether a run's words could be a personal name: no title, thing, date, country, city or acronym words.
 * After a title (`titled`), a name of two words or more may end in a country's name: "Prime Minister Luis
 * Montenegro" is a man, not a country.
 */
export function couldBeName(words: string[], { titled = false } = {}): boolean {
	return (
		words.length > 0 &&
		// Up to four names, plus connectors ("Luiz Inácio Lula da Silva").
		words.filter((word) => /^\p{Lu}/u.test(word)).length <= 4 &&
		words.length <= 6 &&
		!THING_WORDS.test(words.join(' ')) &&
		// A generation closes a name ("Andre Price III", "Martin Luther King Jr.").
		words.every((word, i) => (i > 0 && i === words.length - 1 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(word)) || (!NOT_NAMES.has(word) && !TITLE_WORDS.has(word) && !isInitialism(word) && ((titled && i > 0) || (!countryNamed(word) && !countryOfDemonym(word))))) &&
		!countryAt([...words, '']) &&
		// "Google Chrome", "Sydney Morning Herald".
		!knows(words.join(' '), '#Organization')
	);
}

// Every word of a title is no name ("Los Angeles Sheriff", "Lady Cassandra"), but for the titles that
// are surnames too (Stephen King, Julie Bishop).
const TITLE_WORDS = new Set(
	TITLES.flatMap((title) => title.split(' ')).filter((word) => !/^(?:King|Queen|Prince|Bishop|Cardinal|Pope|Lord|Judges?|Justice|General|Speaker|Major|Representatives?|Lawmakers?)$/.test(word)),
);

/** A lower-case word before a name that says a person follows: "musician Tiziano Lugli", "leader Xi Jinping". */
export const introducesPerson = (word: string): boolean => PERSON_NOUNS.has(word) || LOWER_TITLES.has(word) || (word.length > 2 && knows(word, '#Actor'));

export function roleOf(title: string | undefined, country: GazetteerPlace | undefined): string | undefined {
	if (!title) return undefined;
	const capitalised = title.charAt(0).toUpperCase() + title.slice(1);
	// Honorifics are not roles.
	if (/^(?:Mr|Mrs|Ms|Dr)\.$/.test(title)) return undefined;
	const role = PLURAL_TITLES[capitalised] ?? WRITTEN_OUT[capitalised] ?? capitalised;
	if (!country && POST_WITHOUT_PLACE.test(role)) return undefined;
	return country ? `${role} of ${country.name}` : role;
}

/** Single capitalised words that compromise reads as people, or as nothing it knows (a rare surname). */
export function looksLikeSurname(word: string, { possessive = false, speaks = false } = {}): boolean {
	if (knows(word, '(#Person|#FirstName|#LastName)')) return true;
	// compromise guesses a word it does not know from its ending ("Leive" a verb); beside a speech verb
	// ("Leive said") only the words it knows for sure rule a name out.
	if (!speaks && knows(word, '(#Verb|#Adjective|#Adverb)')) return false;
	// A final s reads as a plural ("Officials"), unless the possessive follows it ("Doss's feats").
	return !knows(word, '(#Place|#Organization|#Date|#Value|#Demonym|#Acronym|#Pronoun|#Determiner|#Preposition|#Conjunction)') && !/ism$|ity$|ion$/.test(word) && (possessive || !/s$/.test(word));
}
