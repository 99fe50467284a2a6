/**
 * The people a story names: titled names ("President Lee Jae Myung", "Foreign Minister Toshimitsu
 * Motegi", "leader Xi Jinping"), full names, and single names the story uses on their own
 * ("Trump's unpredictable diplomacy"). Surname-only mentions ("Takaichi", "Lee") are grouped under
 * the full name they belong to. The role comes from the story's own words where it gives one.
 *
 * compromise knows common first and last names, which catches untitled Western names; wire copy
 * names almost everyone with a title on first mention, which catches the rest.
 */
import { countOccurrences } from '../lib/story/phrases';
import { countryNamed, countryOfDemonym, citiesNamed, divisionsNamed, type GazetteerPlace } from './gazetteer';
import { joinHyphenatedNames } from './hyphenated-names';
import { LOWER_TITLES, PLURAL_TITLES, SPEECH_VERBS, THING_WORDS, TITLES } from './people-words';
import { countryAt, couldBeName, descriptionLength, divisionAt, introducesPerson, isInitialism, knows, looksLikeSurname, roleOf, titleAt } from './person-names';
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

/**
 * A run that is part of an organisation's or product's name: joined by a hyphen to another capitalised
 * word ("Coca-Cola"), or following a name that ends in a word of institutions through "for", "on" or
 * "the" ("Center for Immigration Studies", "Council on Foreign Relations"). `previous` and `next` are
 * the runs beside it in its paragraph; `hyphenated` says whether the story joins a word by a hyphen.
 */
function insideOrganisation(run: Run, previous: Run | undefined, next: Run | undefined, text: string, hyphenated: (word: string) => boolean): boolean {
	if (/\p{L}-$/u.test(text.slice(Math.max(0, run.start - 2), run.start)) || /^-\p{L}/u.test(text.slice(run.end, run.end + 2))) return true;
	// A lone word the story elsewhere joins by a hyphen ("Cola" after "Coca-Cola") is that compound's part.
	if (run.words.length === 1 && hyphenated(run.words[0])) return true;
	// "National Air and Space Museum": a run joined by "and" to the rest of an institution's name.
	if (next && text.slice(run.end, next.start) === ' and ' && THING_WORDS.test(next.words.at(-1) as string)) return true;
	if (!previous) return false;
	const gap = text.slice(previous.end, run.start);
	// ("and" only after "of": "Department of Health and Human Services"; "the Democratic Party and
	// Tanya Chan" lists a person.)
	return (/^ (?:for|on|of the|for the|on the|to) $/.test(gap) || (gap === ' and ' && previous.words.includes('of'))) && THING_WORDS.test(previous.words.at(-1) as string);
}

const PLACE_PREPOSITIONS = /^(?:in|near|outside|across|around|toward|towards|at|from|to|into|through)$/;

/** The people of a story, from its capitalised runs, with the runs each accounts for. */
export function findPeople(paragraphs: readonly string[], storyRuns: readonly Run[], tagged: readonly string[] = []): PersonCandidate[] {
	const story = paragraphs.join('\n\n');
	// "Cheng Chung-tai", "Kim Shin-Wook": read with their hyphenated parts whole; `parts` maps back.
	const { runs, parts } = joinHyphenatedNames(paragraphs, storyRuns);
	const textOf = (run: Run) => paragraphs[run.paragraph - 1];
	const between = (a: Run, b: Run) => (a.paragraph === b.paragraph && a.end <= b.start ? textOf(a).slice(a.end, b.start) : undefined);
	// Every rule below looks at a run's neighbours in its paragraph, never at the whole story, so that a
	// long story costs time in proportion to its length.
	const order = new Map(runs.map((run, i) => [run, i]));
	const neighbour = (run: Run, step: number): Run | undefined => {
		const other = runs[(order.get(run) as number) + step];
		return other?.paragraph === run.paragraph ? other : undefined;
	};
	const previous = (run: Run) => neighbour(run, -1);
	const next = (run: Run) => neighbour(run, 1);
	const hyphenatedWords = new Map<string, boolean>();
	const hyphenated = (word: string): boolean => {
		if (!hyphenatedWords.has(word)) {
			const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const pattern = new RegExp(`\\p{Lu}[\\p{L}]*-${escaped}\\b|\\b${escaped}-\\p{Lu}`, 'u');
			hyphenatedWords.set(word, paragraphs.some((paragraph) => pattern.test(paragraph)));
		}
		return hyphenatedWords.get(word) as boolean;
	};
	const people: PersonCandidate[] = [];
	const claimedRuns = new Set<Run>();
	// A run before it that names a person is no institution's name ("publishers Jann Wenner of Rolling
	// Stone Magazine and Carlo De Benedetti": two people).
	const inOrganisation = (run: Run) => {
		const before = previous(run);
		return insideOrganisation(run, before && !claimedRuns.has(before) ? before : undefined, next(run), textOf(run), hyphenated);
	};
	const claim = (person: PersonCandidate, run: Run) => {
		person.runs.push(run);
		claimedRuns.add(run);
	};
	const add = (name: string, run: Run, role?: string, country?: GazetteerPlace, uncertain?: string) => {
		claimedRuns.add(run);
		const known = people.find((person) => person.name === name);
		if (known) {
			known.runs.push(run);
			known.role ??= role;
			known.country ??= country;
			if (!uncertain) delete known.uncertain;
		} else {
			people.push({ name, names: [name], role, country, runs: [run], ...(uncertain ? { uncertain } : {}) });
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
		// "Undersecretary for Education Mr. Toccafondi": a title inside the run opens the name; what
		// stands before it is what the title is of.
		if (!titleAt(words)) {
			const inner = words.findIndex((_, i) => i > 0 && i < words.length - 1 && titleAt(words.slice(i)) !== undefined);
			if (inner > 0 && !countryAt([...words.slice(0, inner), ''])) words = words.slice(inner);
		}
		// A run that is a title alone ("Malaysia's Prime Minister, Najib Razak said") still has its title.
		const title = titleAt(words) ?? titleAt([...words, '']);
		let titled = title ? words.slice(title.length) : words;
		let of: string | undefined;
		// "Governor of Washington Chris Gregoire", "Minister of Education Stefania Giannini": the place or
		// office after "of" (the longest the gazetteer knows, else one word), then the name.
		if (title && titled[0] === 'of' && titled.length >= 4) {
			const after = titled.slice(1);
			const known = [3, 2, 1].find((k) => k <= after.length - 2 && (countryNamed(after.slice(0, k).join(' ')) || divisionsNamed(after.slice(0, k).join(' ')).length > 0 || citiesNamed(after.slice(0, k).join(' ')).length > 0));
			of = after.slice(0, known ?? 1).join(' ');
			titled = after.slice(known ?? 1);
		}
		// "Malaysia's Prime Minister, Najib Razak said": a title alone, then the name after a comma.
		const after = next(run);
		const apposed = title && titled.length === 0 && after && between(run, after) === ', ' && after.words.length >= 2 ? after : undefined;
		if (apposed) titled = apposed.words;
		// "Mayor Jorge Sharp of Valparaiso": what follows "of" is where they serve, not their name.
		const rest = titled.includes('of') ? titled.slice(0, titled.indexOf('of')) : titled;
		const lowerTitle = !title && LOWER_TITLES.has(run.before) ? run.before : undefined;
		// "Venezuelan leader Nicolas Maduro": the demonym is its own run, just before the title.
		const before = previous(run);
		const demonymRun = lowerTitle && before && between(before, run)?.trim() === lowerTitle ? before : undefined;
		// "Poland's President Karol Nawrocki": a country in the possessive just before the title.
		const owner = before && /^['’]s\s+$/.test(between(before, run) ?? '') ? before : undefined;
		const titleCountry = country?.place ?? (demonymRun && countryAt([...demonymRun.words, ''])?.place) ?? (title && owner ? countryNamed(owner.words.join(' ')) : undefined);
		// Initials may open a titled name ("Gov. JB Pritzker", "Sen. J.D. Vance"), never close it.
		const named = rest.length >= 2 && isInitialism(rest[0]) && !isInitialism(rest.at(-1) as string) ? couldBeName(rest.slice(1), { titled: true }) : couldBeName(rest, { titled: Boolean(title || LOWER_TITLES.has(run.before)) });
		if ((title || lowerTitle) && rest.length >= 1 && named) {
			// "Union leader Pablo Klimpel": the capitalised word before a lower-case title, when it is no
			// country, says what they lead.
			const leads = demonymRun && !countryAt([...demonymRun.words, '']) && !(demonymRun.sentenceStart && knows(demonymRun.words[0].toLowerCase(), '(#Determiner|#Pronoun|#Preposition|#Conjunction|#Adverb)')) ? demonymRun.text : undefined;
			const role = leads && lowerTitle ? `${leads} ${lowerTitle}` : of && title ? `${roleOf(title.title, undefined)} of ${of}` : roleOf(title?.title ?? lowerTitle, titleCountry);
			const roleWithBody = body && role ? `${body} ${role}` : role;
			// A governor of Missouri belongs to the United States.
			const nation = titleCountry && titleCountry.kind !== 'country' ? countryNamed(titleCountry.country) : titleCountry;
			const single = rest.filter((word) => !isInitialism(word)).length < 2;
			add(rest.join(' '), apposed ?? run, former && roleWithBody ? `${former}${roleWithBody}` : roleWithBody, nation, single ? `only one name word follows the title ${title?.title ?? lowerTitle}` : undefined);
			// The title's own run belongs to the person named after the comma.
			const person = apposed && people.find((candidate) => candidate.name === rest.join(' '));
			if (person) claim(person, run);
			// "Congressmen Ivan Moreira and Cristian Leay": each name after a plural title holds it.
			const plural = title && PLURAL_TITLES[title.title];
			if (plural) {
				for (let last = run, listed = next(run); listed; last = listed, listed = next(listed)) {
					if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(between(last, listed) ?? '') || !couldBeName(listed.words)) break;
					add(listed.words.join(' '), listed, roleOf(plural, titleCountry), nation, listed.words.length < 2 ? 'only one name word follows the title' : undefined);
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
	// A name followed by a kind of place ("the Tigray region") is that place, not a person.
	const namesPlace = (run: Run) => Object.hasOwn(PLACE_NOUNS, run.after);
	// "DAB's Ben Chan": a name after an organisation's or party's possessive (not a place's: "Japan's Yasukuni Shrine").
	const afterOwner = (run: Run) => {
		const other = previous(run);
		if (!other || !/^['’]s $/.test(between(other, run) ?? '')) return false;
		const owner = other.words.join(' ');
		return !countryAt([...other.words, '']) && !countryOfDemonym(owner) && citiesNamed(owner).length === 0 && divisionsNamed(owner).length === 0;
	};
	// "Tanya Chan of the Civic Party", "Cyd Ho from the Labour Party": a name, then the organisation they belong to.
	const organisation = (words: string[]) => THING_WORDS.test(words.join(' ')) || isInitialism(words[0]) || knows(words.join(' '), '#Organization');
	const affiliated = (run: Run) => {
		if (run.words.includes('of') && organisation(run.words.slice(run.words.indexOf('of') + 1))) return true;
		const other = next(run);
		return other !== undefined && /^ (?:of|from) (?:the )?$/.test(between(run, other) ?? '') && organisation(other.words);
	};
	// "Gomery, who led the inquiry", "Cuaron, whose last film", "Adnan Amin, General Director of ...",
	// "Kevin Allton, a college instructor": what follows the name says a person.
	const describedAfter = (run: Run): string | undefined => {
		const after = textOf(run).slice(run.end).replace(/^['’]s\b/, '');
		if (/^,\s+(?:who|whose)\b/.test(after)) return `"${/^,\s+(\w+)/.exec(after)?.[1]}" follows it`;
		const apposition = /^,\s+([^,.;:!?"“”()]+)/u.exec(after)?.[1].split(/\s+/).slice(0, 5) ?? [];
		const noun = apposition.find((word) => introducesPerson(word.toLowerCase()) || TITLES.includes(word));
		return noun ? `"${noun}" describes it` : undefined;
	};
	// The name a run may hold, and whether an organisation's name stood before it in the run.
	const untitledName = (run: Run): { words: string[]; afterOrganisation: boolean } | undefined => {
		if (claimed(run) || run.words.length < 2 || namesPlace(run) || inOrganisation(run)) return undefined;
		let words = run.words;
		// "the Refugee Council Enver Solomon told", "NASA Bill Ingalls", "University of Texas Arlington Amneh
		// Jafari": an organisation's name, then the person's (its last two words after a place).
		const organisationEnd = words.findLastIndex((word) => THING_WORDS.test(word) || /^(?:\p{Lu}\.?){2,}$/u.test(word));
		if (organisationEnd >= 0) {
			const tail = words.slice(Math.max(organisationEnd, words.lastIndexOf('of')) + 1);
			// The place the organisation is of goes with it: "University of Texas Arlington".
			const place = (word: string) => countryNamed(word) !== undefined || divisionsNamed(word).length > 0 || citiesNamed(word).length > 0;
			while (tail.length > 2 && place(tail[0])) tail.shift();
			if (tail.length >= 2 && !/^(?:North|South|East|West)(?:ern)?$/.test(tail[0])) words = tail.length > 3 ? tail.slice(-2) : tail;
		}
		// "the Masjid Al-Haram": a name after "the" is a place's or a thing's (a person's has a title: "the
		// Union leader Pablo Klimpel"), unless an organisation's name came first ("the Refugee Council Enver Solomon").
		if (run.before === 'the' && words === run.words) return undefined;
		// "in Monte Carlo", "through Fort Worth": after a word of place, a name is a place's (a person's
		// would be in the possessive: "in John Smith's view").
		if (/^(?:in|near|outside|across|around|toward|towards|into|through)$/.test(run.before) && words === run.words && !/^['’]s\b/.test(textOf(run).slice(run.end))) return undefined;
		// "Raymond Chan of People Power": the name ends before "of".
		if (words.includes('of')) words = words.slice(0, words.indexOf('of'));
		// A caption's credit word ("Ahmed Mohamed Image: ...") is no part of the name.
		if (/^(?:Image|Photo|Video)$/.test(words.at(-1) as string) && /^:/.test(textOf(run).slice(run.end))) words = words.slice(0, -1);
		// "Scientologist Tom Cruise", "Nonpartisan Paul Tse": a description before the name.
		const described = descriptionLength(words);
		if (described > 0 && words.length - described >= 2) words = words.slice(described);
		// "For Kevin Allton, ...", "Yesterday Mohamed": a sentence's first word joined to a name is no part
		// of it (and a single word left is no full name).
		if (run.sentenceStart && words === run.words && knows(words[0].toLowerCase(), '(#Adverb|#Conjunction|#Date|#Preposition|#Determiner|#Pronoun)')) words = words.slice(1);
		if (words.length < 2 || !couldBeName(words)) return undefined;
		return { words, afterOrganisation: organisationEnd >= 0 && run.words.indexOf(words[0]) > organisationEnd };
	};
	// Words the story uses alone, mid-sentence or before a speech verb ("Lee" for "Lee Jae Myung", "Jafari said").
	const usedAlone = new Set(runs.filter((run) => run.words.length === 1 && (!run.sentenceStart || SPEECH_VERBS.has(run.after))).map((run) => run.words[0]));
	for (const run of runs) {
		const { words, afterOrganisation } = untitledName(run) ?? {};
		if (!words) continue;
		// What says a person: compromise knows the name, a speech verb stands beside it ("said Tom Hale",
		// "Tom Hale said"), a noun of a person before it ("musician Tiziano Lugli") or after it ("Adnan
		// Amin, General Director of ..."), their organisation after it or before it in the possessive, a
		// caption's credit ("Image: NASA Bill Ingalls"). After an organisation's name, compromise knowing a
		// first name is not enough ("USI Art Collections").
		const credit = /(?:Image|Photo|Video|Credit)s?:\s*$/.test(textOf(run).slice(0, run.start));
		const personal =
			credit ||
			(knows(words.join(' '), '#Person') && !afterOrganisation) ||
			SPEECH_VERBS.has(run.before) ||
			SPEECH_VERBS.has(run.after) ||
			introducesPerson(run.before) ||
			describedAfter(run) !== undefined ||
			affiliated(run) ||
			afterOwner(run);
		// A word capitalised only because it opens a sentence ("Flood stage there ...") is no name, but one
		// a speech verb follows is ("Jafari said"). After an organisation's name, only the surname counts.
		const parts = afterOrganisation ? words.slice(-1) : words;
		const partsAlone = parts.some((word) => usedAlone.has(word));
		if (personal || partsAlone) add(words.join(' '), run);
	}
	// "with Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a name listed with a person is one too.
	const listedWith = (run: Run, person: (other: Run) => boolean) =>
		[previous(run), next(run)].some((other) => other !== undefined && person(other) && /^(?:, |,? and )$/.test((between(run, other) ?? between(other, run)) as string));
	const listed = (run: Run) => listedWith(run, (other) => claimed(other) && other.words.length >= 2);
	for (let added = true; added; ) {
		added = false;
		for (const run of runs) {
			const words = untitledName(run)?.words;
			if (words && listed(run)) {
				add(words.join(' '), run);
				added = true;
			}
		}
	}
	// 4. Surnames: a single word that is part of a full name joins that person's names.
	const tokens = (person: PersonCandidate) => person.name.split(' ').filter((word) => word.length > 1);
	for (const run of runs) {
		if (claimed(run) || run.words.length !== 1) continue;
		const owner = people.find((person) => tokens(person).includes(run.words[0]));
		if (owner) {
			if (!owner.names.includes(run.words[0])) owner.names.push(run.words[0]);
			claim(owner, run);
		}
	}
	// 5. A single name no one else claims, used mid-sentence, that is not a place, thing or word
	// compromise knows, where something says a person: a speech verb beside it ("Barreiro said"), a
	// noun of a person before it ("fashion designer Halston"), the possessive ("Trump's unpredictable
	// diplomacy"), or compromise knowing it as a name. Left open: nothing makes it certain.
	// Words of longer names no one claimed ("Yasukuni" of "Yasukuni Shrine"), and every run's words.
	const inLongerNames = new Set(runs.filter((run) => run.words.length > 1 && !claimed(run)).flatMap((run) => run.words));
	const runNames = new Set(runs.map((run) => run.words.join(' ')));
	const singularUsed = new Map<string, boolean>();
	const usesSingular = (word: string): boolean => {
		if (!singularUsed.has(word)) singularUsed.set(word, new RegExp(`\\b${word.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(story));
		return singularUsed.get(word) as boolean;
	};
	for (const run of runs) {
		// "the Amazon", "the western Sahel": an article or a direction names a place or thing, not a person.
		// A sentence's first word is capitalised anyway: it counts only where what follows says a person
		// ("Leive said", "Gomery, who led").
		const described = describedAfter(run);
		if (claimed(run) || run.words.length !== 1 || (run.sentenceStart && !SPEECH_VERBS.has(run.after) && !described) || namesPlace(run) || AREA_WORDS.test(run.before)) continue;
		const [word] = run.words;
		if (!couldBeName([word]) || citiesNamed(word).some((city) => (city.population ?? 0) >= 100_000)) continue;
		// "levees near Alton": after a word of place, a town's name is the town.
		if (PLACE_PREPOSITIONS.test(run.before) && (citiesNamed(word).length > 0 || divisionsNamed(word).length > 0)) continue;
		if (/^(?:North|South|East|West|Western|Eastern|Northern|Southern|Central)$/.test(word)) continue;
		// The short form of a longer name the story gives ("Yasukuni" for "Yasukuni Shrine") is that thing.
		if (inLongerNames.has(word)) continue;
		// The plural of a place or name the story uses ("the Koreas") is not a person.
		if (/s$/.test(word) && (runNames.has(word.slice(0, -1)) || usesSingular(word))) continue;
		if (inOrganisation(run)) continue;
		const why = SPEECH_VERBS.has(run.before) || SPEECH_VERBS.has(run.after)
			? `"${SPEECH_VERBS.has(run.before) ? run.before : run.after}" stands beside it`
			: introducesPerson(run.before)
				? `"${run.before}" stands before it`
				: described ??
					(/^['’]s\b/.test(textOf(run).slice(run.end))
						? 'it is used in the possessive'
						: knows(word, '#Person')
							? 'compromise knows it as a name'
							: undefined);
		// "Doss's feats": the possessive shows where the name ends, so a final s is the name's.
		const possessive = /^['’]s\b/.test(textOf(run).slice(run.end));
		const speaks = SPEECH_VERBS.has(run.before) || SPEECH_VERBS.has(run.after);
		if (why && looksLikeSurname(word, { possessive, speaks })) add(word, run, undefined, undefined, `a single capitalised word, not the surname of any full name in the story; read as a name because ${why}`);
	}
	// "Zeus, Hera, Poseidon": a single word listed with a person the story names is one too, left open.
	for (let added = true; added; ) {
		added = false;
		for (const run of runs) {
			if (claimed(run) || run.words.length !== 1 || !couldBeName(run.words) || namesPlace(run) || !looksLikeSurname(run.words[0])) continue;
			if (listedWith(run, claimed)) {
				add(run.words[0], run, undefined, undefined, 'a single capitalised word, listed with a person the story names');
				added = true;
			}
		}
	}
	// "President Trump" after "President Donald Trump": a title before a lone surname opened a person of
	// its own; they are the one full name of the story whose first or last word it is.
	for (const single of people.filter((person) => person.uncertain && !person.name.includes(' '))) {
		const owners = people.filter((person) => person !== single && !person.uncertain && [person.name.split(' ')[0], person.name.split(' ').at(-1)].includes(single.name));
		if (owners.length !== 1) continue;
		const [owner] = owners;
		if (!owner.names.includes(single.name)) owner.names.push(single.name);
		for (const run of single.runs) claim(owner, run);
		owner.role ??= single.role;
		people.splice(people.indexOf(single), 1);
	}
	// The story's own runs, for the place finder to leave alone.
	for (const person of people) person.runs = person.runs.flatMap((run) => parts.get(run) ?? [run]);
	// Names the story uses only inside a longer name are dropped; the build would refuse them.
	for (const person of people) {
		person.names = person.names.filter((name) => countOccurrences(story, name) > 0);
	}
	return people;
}
