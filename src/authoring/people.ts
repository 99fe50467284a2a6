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
import { countOccurrences } from '../lib/story/phrases';
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
	/**
	 * Why this may not be a person at all, where no stated rule makes it certain (a single word that is
	 * not the surname of a full name the story gives): the draft leaves it open for the editor.
	 */
	uncertain?: string;
}

// A plural title before joined names, and the role each of them holds.
const PLURAL_TITLES: Readonly<Record<string, string>> = {
	Congressmen: 'Congressman', Congresswomen: 'Congresswoman', Senators: 'Senator', 'Sens.': 'Senator', 'Reps.': 'Representative',
	Representatives: 'Representative', Lawmakers: 'Lawmaker', Presidents: 'President', Ministers: 'Minister', Governors: 'Governor',
	'Govs.': 'Governor', Mayors: 'Mayor', Generals: 'General', Judges: 'Judge',
};

// Titles that stand before a name. Multi-word ones first, so "Prime Minister" wins over "Minister".
const TITLES = [
	'Chief Cabinet Secretary', 'Cabinet Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General',
	'Supreme Leader', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Crown Prince', 'Chief Executive',
	'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary', 'Attorney General',
	'President', 'Premier', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope',
	'Mayor', 'Governor', 'Senator', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Adm.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Lt.', 'Dr.',
	'Ambassador', 'Chairman', 'Chairwoman', 'Speaker', 'Justice', 'Judge', 'Archbishop', 'Cardinal', 'Bishop', 'Rabbi',
	'Imam', 'Sheikh', 'General', 'Commander', 'Commissioner', 'Director', 'Minister', 'Secretary', 'Spokesperson',
	'Spokesman', 'Spokeswoman', 'Coach', 'Mr.', 'Mrs.', 'Ms.', 'Congressman', 'Congresswoman', 'Representative',
	'Lawmaker', 'Councilman', 'Councilwoman', 'Lt. Gov.', 'Professor', 'Prof.', 'Mr', 'Mrs', 'Ms', 'Dr',
	// Plural titles introduce several names: "Congressmen Ivan Moreira and Cristian Leay".
	...Object.keys(PLURAL_TITLES),
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
const THING_WORDS = /\b(?:Ministry|Department|Office|Agency|Party|Council|Committee|Commission|Court|Union|Bank|Fund|Company|Corp\.?|Inc\.?|Group|University|College|School|Institute|Foundation|Association|Organization|Organisation|Forces|Army|Navy|Guard|Police|War|Games|Cup|League|Summit|Conference|Treaty|Accord|Act|Agreement|Church|News|Times|Post|Television|Airlines?|Temple|Shrine|Peninsula|Island|Islands|Sea|River|Street|Square|Palace|Hall|House|Center|Centre|Museum|Airport|Stadium|Station|Bridge|Park|Mountains?|Mount|Lake|Gulf|Bay|Strait|Ocean|Valley|Desert|Coast|Region|Province|Prefecture|State|States|Republic|Kingdom|Empire|Dynasty|Festival|Day|Award|Prize|Project|Program|Programme|Initiative|Plan|Operation|Revolution|Movement|Front|Alliance|Coalition|Council|Assembly|Parliament|Congress|Senate|Cabinet|Government|Administration|Authority|Service|Services|Network|Media|Press|Review|Journal|Studies|Research|Affairs|Relations|Policy|Society|Network|Brands?|Motors|Foods|Systems|Technologies|Labs?|Partners|Holdings|Industries)\b/;

// Speech and forecast verbs before a name: "said Tom Hale", "predicted Julie Brandt".
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'predicted', 'predicts', 'added', 'asked', 'wrote', 'warned', 'argued', 'explained', 'noted', 'according', 'recalled', 'insisted', 'replied', 'testified', 'announced']);

/**
 * Descriptions that may stand before a title and are no part of the name: a nationality or country
 * ("Chilean", "Japan's"), a state ("Missouri"), "former", and adjectives of creed or party ("Marxist",
 * "Socialist", "Republican"). Returns how many leading words describe.
 */
function descriptionLength(words: string[]): number {
	let length = 0;
	while (length < words.length - 1 && length < 4) {
		const word = words[length];
		const described =
			/^(?:Former|Emeritus|Ex|Then|Acting|Interim|Late|Incoming|Outgoing|Retired|Deposed|Ousted|Exiled|Embattled)$/.test(word) ||
			countryOfDemonym(word) !== undefined ||
			/(?:ist|ian|ican|ite)$/.test(word) && !nlp(word).has('#Person');
		if (!described) break;
		length++;
	}
	return length;
}

/**
 * The story looked up the ways findPeople asks, each answer found once: a long story has thousands
 * of runs, and asking every run of the story about every other made drafting quadratic.
 */
interface StoryIndex {
	paragraphs: readonly string[];
	/** The runs of a paragraph, in reading order. */
	runsIn: (paragraph: number) => readonly Run[];
	/** Whether the story joins the word by a hyphen to a capitalised word ("Cola" in "Coca-Cola"). */
	joinedByHyphen: (word: string) => boolean;
	/** compromise's reading of a few words: whether it has the tags of `match`. */
	tagged: (text: string, match: string) => boolean;
}

function indexStory(paragraphs: readonly string[], runs: readonly Run[]): StoryIndex {
	const byParagraph = new Map<number, Run[]>();
	for (const run of runs) {
		const list = byParagraph.get(run.paragraph);
		if (list) list.push(run);
		else byParagraph.set(run.paragraph, [run]);
	}
	// A hyphen joins words within one stretch without spaces: only the stretches holding a hyphen
	// (with the spaces around them) can match, so the word is looked for in them alone.
	const hyphenated = paragraphs.flatMap((paragraph) => paragraph.match(/\s?\S*-\S*\s?/g) ?? []).join('\n');
	const joined = new Map<string, boolean>();
	const tags = new Map<string, boolean>();
	return {
		paragraphs,
		runsIn: (paragraph) => byParagraph.get(paragraph) ?? [],
		joinedByHyphen: (word) => {
			let found = joined.get(word);
			if (found === undefined) {
				const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				found = new RegExp(`\\p{Lu}[\\p{L}]*-${escaped}\\b|\\b${escaped}-\\p{Lu}`, 'u').test(hyphenated);
				joined.set(word, found);
			}
			return found;
		},
		tagged: (text, match) => {
			const key = `${match}\u0000${text}`;
			let found = tags.get(key);
			if (found === undefined) tags.set(key, (found = nlp(text).has(match)));
			return found;
		},
	};
}

/**
 * A run that is part of an organisation's or product's name: joined by a hyphen to another capitalised
 * word ("Coca-Cola"), or following a name that ends in a word of institutions through "for", "on" or
 * "the" ("Center for Immigration Studies", "Council on Foreign Relations").
 */
function insideOrganisation(run: Run, story: StoryIndex): boolean {
	const text = story.paragraphs[run.paragraph - 1];
	if (/\p{L}-$/u.test(text.slice(Math.max(0, run.start - 2), run.start)) || /^-\p{L}/u.test(text.slice(run.end, run.end + 2))) return true;
	// A lone word the story elsewhere joins by a hyphen ("Cola" after "Coca-Cola") is that compound's part.
	if (run.words.length === 1 && story.joinedByHyphen(run.words[0])) return true;
	return story.runsIn(run.paragraph).some(
		(other) =>
			other.end < run.start &&
			/^ (?:for|on|and|of the|for the|on the|to) $/.test(text.slice(other.end, run.start)) &&
			THING_WORDS.test(other.words.at(-1) as string),
	);
}

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

// A story names the same people again and again; each run's words are judged once.
const nameJudgements = new Map<string, boolean>();

/** Whether a run's words could be a personal name: no title, thing, date, country, city or acronym words. */
function couldBeName(words: string[]): boolean {
	const key = words.join('\u0000');
	let judged = nameJudgements.get(key);
	if (judged === undefined) nameJudgements.set(key, (judged = judgeName(words)));
	return judged;
}

function judgeName(words: string[]): boolean {
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
	const role = PLURAL_TITLES[capitalised] ?? WRITTEN_OUT[capitalised] ?? capitalised;
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
	const index = indexStory(paragraphs, runs);
	const people: PersonCandidate[] = [];
	const byName = new Map<string, PersonCandidate>();
	// The runs some person accounts for.
	const claimedRuns = new Set<Run>();
	const add = (name: string, run: Run, role?: string, country?: GazetteerPlace, uncertain?: string) => {
		const known = byName.get(name);
		claimedRuns.add(run);
		if (known) {
			known.runs.push(run);
			known.role ??= role;
			known.country ??= country;
			if (!uncertain) delete known.uncertain;
		} else {
			const person = { name, names: [name], role, country, runs: [run], ...(uncertain ? { uncertain } : {}) };
			people.push(person);
			byName.set(name, person);
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
		// "Marxist President Salvador Allende", "former Sen. Maria Soto": descriptions are no part of the name.
		const described = descriptionLength(words);
		// A former office holder holds the title no longer: the role says so.
		const former = run.before === 'former' || (described > 0 && titleAt(words.slice(described)) && words.slice(0, described).includes('Former')) ? 'former ' : '';
		if (described > 0 && titleAt(words.slice(described))) words = words.slice(described);
		const title = titleAt(words);
		// "Mayor Jorge Sharp of Valparaiso": what follows "of" is where they serve, not their name.
		const titled = title ? words.slice(title.length) : words;
		const rest = titled.includes('of') ? titled.slice(0, titled.indexOf('of')) : titled;
		const lowerTitle = !title && LOWER_TITLES.has(run.before) ? run.before : undefined;
		// "Venezuelan leader Nicolas Maduro": the demonym is its own run, just before the title.
		const demonymRun = lowerTitle ? index.runsIn(run.paragraph).find((other) => paragraphs[run.paragraph - 1].slice(other.end, run.start).trim() === lowerTitle) : undefined;
		// "Poland's President Karol Nawrocki": a country in the possessive just before the title.
		const owner = index.runsIn(run.paragraph).find((other) => /^['’]s\s+$/.test(paragraphs[run.paragraph - 1].slice(other.end, run.start)));
		const titleCountry = country?.place ?? (demonymRun && countryAt([...demonymRun.words, ''])?.place) ?? (title && owner ? countryNamed(owner.words.join(' ')) : undefined);
		// Initials may open a titled name ("Gov. JB Pritzker", "Sen. J.D. Vance"), never close it.
		const named = rest.length >= 2 && isInitialism(rest[0]) && !isInitialism(rest.at(-1) as string) ? couldBeName(rest.slice(1)) : couldBeName(rest);
		if ((title || lowerTitle) && rest.length >= 1 && named) {
			// "Union leader Pablo Klimpel": the capitalised word before a lower-case title, when it is no
			// country, says what they lead.
			const leads = demonymRun && !countryAt([...demonymRun.words, '']) && !(demonymRun.sentenceStart && index.tagged(demonymRun.words[0].toLowerCase(), '(#Determiner|#Pronoun|#Preposition|#Conjunction|#Adverb)')) ? demonymRun.text : undefined;
			const role = leads && lowerTitle ? `${leads} ${lowerTitle}` : roleOf(title?.title ?? lowerTitle, titleCountry);
			const roleWithBody = body && role ? `${body} ${role}` : role;
			// A governor of Missouri belongs to the United States.
			const nation = titleCountry && titleCountry.kind !== 'country' ? countryNamed(titleCountry.country) : titleCountry;
			const single = rest.filter((word) => !isInitialism(word)).length < 2;
			add(rest.join(' '), run, former && roleWithBody ? `${former}${roleWithBody}` : roleWithBody, nation, single ? `only one name word follows the title ${title?.title ?? lowerTitle}` : undefined);
			// "Congressmen Ivan Moreira and Cristian Leay": each name after a plural title holds it.
			const plural = title && PLURAL_TITLES[title.title];
			if (plural) {
				const text = paragraphs[run.paragraph - 1];
				let last = run;
				for (const next of index.runsIn(run.paragraph).filter((other) => other.start > run.end)) {
					if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(text.slice(last.end, next.start)) || !couldBeName(next.words)) break;
					add(next.words.join(' '), next, roleOf(plural, titleCountry), nation, next.words.length < 2 ? 'only one name word follows the title' : undefined);
					last = next;
				}
			}
		}
	}
	// 2. Names the sender tagged (ninjs people), where the story uses them.
	for (const name of tagged) {
		const run = runs.find((r) => r.text === name || r.words.join(' ') === name);
		if (run && countOccurrences(story, name) > 0) add(name, run);
	}
	// 3. Untitled full names: two to four words that compromise reads as a person, or whose parts the
	// story also uses alone ("Lee" for "Lee Jae Myung").
	const claimed = (run: Run) => claimedRuns.has(run);
	// Words the story uses alone, mid-sentence: a full name whose parts stand alone is a person's.
	const aloneMidSentence = new Set(runs.filter((other) => other.words.length === 1 && !other.sentenceStart).map((other) => other.words[0]));
	// A name followed by a kind of place ("the Tigray region") is that place, not a person.
	const namesPlace = (run: Run) => Object.hasOwn(PLACE_NOUNS, run.after);
	for (const run of runs) {
		if (claimed(run) || run.words.length < 2 || namesPlace(run) || insideOrganisation(run, index)) continue;
		// "Raymond Chan of People Power": the name ends before "of".
		const words = run.words.includes('of') ? run.words.slice(0, run.words.indexOf('of')) : run.words;
		if (words.length < 2 || !couldBeName(words)) continue;
		// "Yesterday Mohamed", "Then England": a sentence's first word joined to a name is left out
		// (the run is missed rather than written with a word too many).
		if (run.sentenceStart && index.tagged(words[0].toLowerCase(), '(#Adverb|#Conjunction|#Date|#Preposition|#Determiner|#Pronoun)')) continue;
		const personal = index.tagged(words.join(' '), '#Person') || SPEECH_VERBS.has(run.before);
		// A word capitalised only because it opens a sentence ("Flood stage there ...") is no name.
		const partsAlone = words.some((word) => aloneMidSentence.has(word));
		if (personal || partsAlone) add(words.join(' '), run);
	}
	// 4. Surnames: a single word that is part of a full name joins that person's names.
	// The first person (in the order found) whose name holds the word.
	const ownerOf = new Map<string, PersonCandidate>();
	for (const person of people) {
		for (const word of person.name.split(' ').filter((token) => token.length > 1)) if (!ownerOf.has(word)) ownerOf.set(word, person);
	}
	for (const run of runs) {
		if (claimed(run) || run.words.length !== 1) continue;
		const owner = ownerOf.get(run.words[0]);
		if (owner) {
			if (!owner.names.includes(run.words[0])) owner.names.push(run.words[0]);
			owner.runs.push(run);
			claimedRuns.add(run);
		}
	}
	// 5. A single name no one else claims, used mid-sentence, that is not a place, thing or word
	// compromise knows: "Trump's unpredictable diplomacy". (This step claims single words only, so
	// which longer runs are claimed stays as it is now.)
	const inUnclaimedLongerRun = new Set(runs.filter((other) => other.words.length > 1 && !claimed(other)).flatMap((other) => other.words));
	const runNames = new Set(runs.map((other) => other.words.join(' ')));
	const inStory = new Map<string, boolean>();
	const storyHas = (text: string) => {
		if (!inStory.has(text)) inStory.set(text, story.includes(text));
		return inStory.get(text) as boolean;
	};
	const surname = new Map<string, boolean>();
	for (const run of runs) {
		// "the Amazon", "the western Sahel": an article or a direction names a place or thing, not a person.
		if (claimed(run) || run.words.length !== 1 || run.sentenceStart || namesPlace(run) || AREA_WORDS.test(run.before)) continue;
		const [word] = run.words;
		if (!couldBeName([word]) || citiesNamed(word).some((city) => (city.population ?? 0) >= 100_000)) continue;
		// "levees near Alton": after a word of place, a town's name is the town.
		if (PLACE_PREPOSITIONS.test(run.before) && (citiesNamed(word).length > 0 || divisionsNamed(word).length > 0)) continue;
		if (/^(?:North|South|East|West|Western|Eastern|Northern|Southern|Central)$/.test(word)) continue;
		// The short form of a longer name the story gives ("Yasukuni" for "Yasukuni Shrine") is that thing.
		if (inUnclaimedLongerRun.has(word)) continue;
		// The plural of a place or name the story uses ("the Koreas") is not a person.
		if (/s$/.test(word) && (runNames.has(word.slice(0, -1)) || storyHas(word.slice(0, -1)))) continue;
		if (insideOrganisation(run, index)) continue;
		if (!surname.has(word)) surname.set(word, looksLikeSurname(word));
		if (surname.get(word)) add(word, run, undefined, undefined, 'a single capitalised word, not the surname of any full name in the story; read as a name only because compromise knows no other meaning for it');
	}
	// Names the story uses only inside a longer name are dropped; the build would refuse them.
	for (const person of people) {
		person.names = person.names.filter((name) => countOccurrences(story, name) > 0);
	}
	return people;
}
