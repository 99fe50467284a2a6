/**
 * The people a story names: titled names ("President Lee Jae Myung", "Foreign Minister Toshimitsu
 * Motegi", "leader Xi Jinping"), full names, and single names the story uses on their own
 * ("Trump's unpredictable diplomacy"). Surname-only mentions ("Takaichi", "Lee") are grouped under
 * the full name they belong to. The role comes from the story's own words where it gives one.
 *
 * compromise knows common first and last names, which catches untitled Western names; wire copy
 * names almost everyone with a title on first mention, which catches the rest.
 */
import nlp from 'compromise';
import { countOccurrences } from '../lib/phrases';
import { countryNamed, countryOfDemonym, citiesNamed, divisionsNamed, type GazetteerPlace } from './gazetteer';
import { AREA_WORDS, PLACE_NOUNS } from './place-words';
import type { Run } from './text-runs';

export interface PersonCandidate {
	/** The fullest name the story gives. */
	name: string;
	/** The words the story uses for them, fullest first. */
	names: string[];
	/** From the story's words ("Prime Minister of Japan"), when it gives one. */
	role?: string;
	/** The country their title or demonym names. */
	country?: GazetteerPlace;
	/** The runs (paragraph and offsets) this person accounts for. */
	runs: Run[];
}

// Titles that stand before a name. Multi-word ones first, so "Prime Minister" wins over "Minister".
const TITLES = [
	'Chief Cabinet Secretary', 'Cabinet Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General',
	'Supreme Leader', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Crown Prince', 'Chief Executive',
	'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary', 'Attorney General',
	'President', 'Premier', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope',
	'Mayor', 'Governor', 'Senator', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Adm.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Lt.', 'Dr.',
	'Ambassador', 'Chairman', 'Chairwoman', 'Speaker', 'Justice', 'Judge', 'Archbishop', 'Cardinal', 'Bishop', 'Rabbi',
	'Imam', 'Sheikh', 'General', 'Commander', 'Commissioner', 'Director', 'Minister', 'Secretary', 'Spokesperson',
	'Spokesman', 'Spokeswoman', 'Coach', 'Mr.', 'Mrs.', 'Ms.',
];
// "<Anything> Minister" ("Foreign Minister", "Finance Minister") is a title too.
const MINISTRY_TITLE = /^(?:Deputy\s+)?\p{Lu}\p{Ll}+\s+(?:Minister|Secretary)$/u;
// A lower-case word just before a name that makes it a title: "where leader Xi Jinping".
const LOWER_TITLES = new Set(['leader', 'president', 'premier', 'minister', 'chancellor', 'dictator', 'strongman', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'striker', 'singer', 'actor', 'actress', 'author', 'director', 'activist', 'lawmaker', 'senator', 'envoy', 'ambassador', 'general', 'commander', 'chief', 'candidate', 'rapper']);

// Capitalised words that are never a person's name, even when nothing else claims them.
const NOT_NAMES = new Set([
	'The', 'A', 'An', 'At', 'In', 'On', 'Of', 'For', 'But', 'And', 'Or', 'While', 'During', 'Under', 'After', 'Before', 'Given', 'That',
	'This', 'These', 'Those', 'Their', 'His', 'Her', 'Its', 'Our', 'We', 'He', 'She', 'They', 'I', 'It', 'When', 'Where', 'What', 'Who',
	'Why', 'How', 'If', 'As', 'Relations', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
	'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'God', 'Internet', 'Parliament', 'Congress', 'Senate', 'Cabinet',
	'Kremlin', 'Pentagon', 'Government', 'Ministry', 'Army', 'Navy', 'Police', 'Court', 'Council', 'Party', 'Union', 'Olympics',
]);
// Words that make a run an organisation, event or thing rather than a person.
const THING_WORDS = /\b(?:Ministry|Department|Office|Agency|Party|Council|Committee|Commission|Court|Union|Bank|Fund|Company|Corp\.?|Inc\.?|Group|University|College|School|Institute|Foundation|Association|Organization|Organisation|Forces|Army|Navy|Guard|Police|War|Games|Cup|League|Summit|Conference|Treaty|Accord|Act|Agreement|Church|News|Times|Post|Television|Airlines?|Temple|Shrine|Peninsula|Island|Islands|Sea|River|Street|Square|Palace|Hall|House|Center|Centre|Museum|Airport|Stadium|Station|Bridge|Park|Mountains?|Mount|Lake|Gulf|Bay|Strait|Ocean|Valley|Desert|Coast|Region|Province|Prefecture|State|States|Republic|Kingdom|Empire|Dynasty|Festival|Day|Award|Prize|Project|Program|Programme|Initiative|Plan|Operation|Revolution|Movement|Front|Alliance|Coalition|Council|Assembly|Parliament|Congress|Senate|Cabinet|Government|Administration|Authority|Service|Services|Network|Media|Press|Review|Journal)\b/;

function titleAt(words: string[]): { title: string; length: number } | undefined {
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const candidate = words.slice(0, length).join(' ');
		if (TITLES.includes(candidate) || MINISTRY_TITLE.test(candidate)) return { title: candidate, length };
	}
	return undefined;
}

/** A leading country or demonym: "Japanese" or "South Korean" before a title, with how many words it takes. */
function countryAt(words: string[]): { place: GazetteerPlace; length: number } | undefined {
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const phrase = words.slice(0, length).join(' ');
		const place = countryOfDemonym(phrase) ?? countryNamed(phrase);
		if (place) return { place, length };
	}
	return undefined;
}

/** A leading state or province before a title, the AP's way with governors: "Missouri Gov. Mike Kehoe". */
function divisionAt(words: string[]): { place: GazetteerPlace; length: number } | undefined {
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const place = divisionsNamed(words.slice(0, length).join(' '))[0];
		if (place && titleAt(words.slice(length))) return { place, length };
	}
	return undefined;
}

// AP abbreviates titles before a name; a role is written out: "Gov." is "Governor of Missouri".
const WRITTEN_OUT: Readonly<Record<string, string>> = {
	'Gov.': 'Governor', 'Sen.': 'Senator', 'Rep.': 'Representative', 'Gen.': 'General', 'Adm.': 'Admiral', 'Col.': 'Colonel',
	'Maj.': 'Major', 'Capt.': 'Captain', 'Sgt.': 'Sergeant', 'Lt.': 'Lieutenant',
};

const isInitialism = (word: string): boolean => /^(?:\p{Lu}\.?){2,}$/u.test(word) || /^\p{Lu}$/u.test(word);

/** Whether a run's words could be a personal name: no title, thing, date, country, city or acronym words. */
function couldBeName(words: string[]): boolean {
	return (
		words.length > 0 &&
		// Up to four names, plus connectors ("Luiz Inácio Lula da Silva").
		words.filter((word) => /^\p{Lu}/u.test(word)).length <= 4 &&
		words.length <= 6 &&
		!THING_WORDS.test(words.join(' ')) &&
		words.every((word) => !NOT_NAMES.has(word) && !isInitialism(word) && !countryNamed(word) && !countryOfDemonym(word)) &&
		!countryAt([...words, ''])
	);
}

function roleOf(title: string | undefined, country: GazetteerPlace | undefined): string | undefined {
	if (!title) return undefined;
	const capitalised = title.charAt(0).toUpperCase() + title.slice(1);
	// Honorifics are not roles.
	if (/^(?:Mr|Mrs|Ms|Dr)\.$/.test(title)) return undefined;
	const role = WRITTEN_OUT[capitalised] ?? capitalised;
	return country ? `${role} of ${country.name}` : role;
}

/** Single capitalised words that compromise reads as people, or as nothing it knows (a rare surname). */
function looksLikeSurname(word: string): boolean {
	const term = nlp(word);
	if (term.has('#Person') || term.has('#FirstName') || term.has('#LastName')) return true;
	return !term.has('(#Place|#Organization|#Date|#Value|#Demonym|#Acronym|#Pronoun|#Determiner|#Preposition|#Conjunction|#Verb|#Adjective)') && !/ism$|ity$|ion$|s$/.test(word);
}

const PLACE_PREPOSITIONS = /^(?:in|near|outside|across|around|toward|towards|at|from|to|into|through)$/;

/** The people of a story, from its capitalised runs, with the runs each accounts for. */
export function findPeople(paragraphs: readonly string[], runs: readonly Run[], tagged: readonly string[] = []): PersonCandidate[] {
	const story = paragraphs.join('\n\n');
	const people: PersonCandidate[] = [];
	const add = (name: string, run: Run, role?: string, country?: GazetteerPlace) => {
		const known = people.find((person) => person.name === name);
		if (known) {
			known.runs.push(run);
			known.role ??= role;
			known.country ??= country;
		} else {
			people.push({ name, names: [name], role, country, runs: [run] });
		}
	};

	// 1. Titled names, the way wire copy introduces people.
	for (const run of runs) {
		let words = run.words;
		// An organisation's initials before a title belong to the role: "U.N. Secretary-General".
		const body = isInitialism(words[0]) && words.length > 2 && titleAt(words.slice(1)) ? words[0] : undefined;
		if (body) words = words.slice(1);
		const country = countryAt(words) ?? divisionAt(words);
		if (country && titleAt(words.slice(country.length))) words = words.slice(country.length);
		const title = titleAt(words);
		const rest = title ? words.slice(title.length) : words;
		const lowerTitle = !title && LOWER_TITLES.has(run.before) ? run.before : undefined;
		// "Venezuelan leader Nicolas Maduro": the demonym is its own run, just before the title.
		const demonymRun = lowerTitle
			? runs.find((other) => other.paragraph === run.paragraph && paragraphs[run.paragraph - 1].slice(other.end, run.start).trim() === lowerTitle)
			: undefined;
		// "Poland's President Karol Nawrocki": a country in the possessive just before the title.
		const owner = runs.find((other) => other.paragraph === run.paragraph && /^['’]s\s+$/.test(paragraphs[run.paragraph - 1].slice(other.end, run.start)));
		const titleCountry = country?.place ?? (demonymRun && countryAt([...demonymRun.words, ''])?.place) ?? (title && owner ? countryNamed(owner.words.join(' ')) : undefined);
		// Initials may open a titled name ("Gov. JB Pritzker", "Sen. J.D. Vance"), never close it.
		const named = rest.length >= 2 && isInitialism(rest[0]) && !isInitialism(rest.at(-1) as string) ? couldBeName(rest.slice(1)) : couldBeName(rest);
		if ((title || lowerTitle) && rest.length >= 1 && named) {
			const role = roleOf(title?.title ?? lowerTitle, titleCountry);
			// A governor of Missouri belongs to the United States.
			const nation = titleCountry && titleCountry.kind !== 'country' ? countryNamed(titleCountry.country) : titleCountry;
			add(rest.join(' '), run, body && role ? `${body} ${role}` : role, nation);
		}
	}
	// 2. Names the sender tagged (ninjs people), where the story uses them.
	for (const name of tagged) {
		const run = runs.find((r) => r.text === name || r.words.join(' ') === name);
		if (run && countOccurrences(story, name) > 0) add(name, run);
	}
	// 3. Untitled full names: two to four words that compromise reads as a person, or whose parts the
	// story also uses alone ("Lee" for "Lee Jae Myung").
	const claimed = (run: Run) => people.some((person) => person.runs.includes(run));
	// A name followed by a kind of place ("the Tigray region") is that place, not a person.
	const namesPlace = (run: Run) => Object.hasOwn(PLACE_NOUNS, run.after);
	for (const run of runs) {
		if (claimed(run) || run.words.length < 2 || !couldBeName(run.words) || namesPlace(run)) continue;
		const personal = nlp(run.words.join(' ')).has('#Person');
		// A word capitalised only because it opens a sentence ("Flood stage there ...") is no name.
		const partsAlone = run.words.some((word) => runs.some((other) => other !== run && other.words.length === 1 && !other.sentenceStart && other.words[0] === word));
		if (personal || partsAlone) add(run.words.join(' '), run);
	}
	// 4. Surnames: a single word that is part of a full name joins that person's names.
	const tokens = (person: PersonCandidate) => person.name.split(' ').filter((word) => word.length > 1);
	for (const run of runs) {
		if (claimed(run) || run.words.length !== 1) continue;
		const owner = people.find((person) => tokens(person).includes(run.words[0]));
		if (owner) {
			if (!owner.names.includes(run.words[0])) owner.names.push(run.words[0]);
			owner.runs.push(run);
		}
	}
	// 5. A single name no one else claims, used mid-sentence, that is not a place, thing or word
	// compromise knows: "Trump's unpredictable diplomacy".
	for (const run of runs) {
		// "the Amazon", "the western Sahel": an article or a direction names a place or thing, not a person.
		if (claimed(run) || run.words.length !== 1 || run.sentenceStart || namesPlace(run) || AREA_WORDS.test(run.before)) continue;
		const [word] = run.words;
		if (!couldBeName([word]) || citiesNamed(word).some((city) => (city.population ?? 0) >= 100_000)) continue;
		// "levees near Alton": after a word of place, a town's name is the town.
		if (PLACE_PREPOSITIONS.test(run.before) && (citiesNamed(word).length > 0 || divisionsNamed(word).length > 0)) continue;
		if (/^(?:North|South|East|West|Western|Eastern|Northern|Southern|Central)$/.test(word)) continue;
		// The short form of a longer name the story gives ("Yasukuni" for "Yasukuni Shrine") is that thing.
		if (runs.some((other) => other.words.length > 1 && other.words.includes(word) && !claimed(other))) continue;
		// The plural of a place or name the story uses ("the Koreas") is not a person.
		if (runs.some((other) => other !== run && word === `${other.words.join(' ')}s`) || /s$/.test(word) && story.includes(word.slice(0, -1))) continue;
		if (looksLikeSurname(word)) add(word, run);
	}
	// Names the story uses only inside a longer name are dropped; the build would refuse them.
	for (const person of people) {
		person.names = person.names.filter((name) => countOccurrences(story, name) > 0);
	}
	return people;
}
