/**
 * A wire story turned into a draft explainer and the entity files it needs: everything the story
 * says is filled in, everything it does not is an open field (src/lib/content/open-fields.ts).
 *
 * Pure: the caller reads the input and content/, and writes what this returns.
 */
import { type CalendarDate } from '../lib/dates/calendar';
import { openField } from '../lib/content/open-fields';
import { countOccurrences, findNames, locatePhrase } from '../lib/story/phrases';
import { type DraftDate, draftDates } from './draft-dates';
import { nameKey } from '../lib/entities/country-names';
import { citiesNamed, countryNamed } from './gazetteer';
import type { KnownEntities } from './known-entities';
import { storyMarkdown } from './markdown-escape';
import { findPeople, type PersonCandidate } from './people';
import { findPlaces, type PlaceCandidate } from './places';
import { capitalisedRuns } from './text-runs';
import type { WireStory } from './wire-story';

interface DraftPerson {
	id: string;
	/** Already defined in content/people: no file is written. */
	known: boolean;
	name: string;
	names: string[];
	role?: string;
	country?: string;
	/** Why this may not be a person at all: the file stays a draft until the editor decides. */
	uncertain?: string;
}

interface DraftPlace {
	id: string;
	known: boolean;
	name: string;
	names: string[];
	kind?: PlaceCandidate['kind'];
	country?: string;
	coordinates?: [number, number];
	native?: { name: string; lang: string };
	near?: string;
	/** The gazetteer's candidates where no rule made one certain: the editor chooses. */
	open?: string;
}

interface DraftEntry extends DraftDate {
	people: string[];
	places: string[];
}

export interface Draft {
	slug: string;
	title: string;
	description: string;
	byline?: string;
	source?: string;
	dateline?: string;
	published: CalendarDate;
	people: DraftPerson[];
	places: DraftPlace[];
	dates: DraftEntry[];
	paragraphs: string[];
}

export interface GeneratedFile {
	/** Relative to the content root: `explainers/_<slug>.md`, `people/<id>.yaml`. */
	path: string;
	contents: string;
}

/** Lower-case words joined by hyphens, as ids and slugs are written. */
function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The longest id or slug the tool makes: a file name and an address, well within every file system's limit. */
const MAX_ID_LENGTH = 60;

/** A slug cut to MAX_ID_LENGTH, at a hyphen where there is one. */
function shortened(slug: string): string {
	if (slug.length <= MAX_ID_LENGTH) return slug;
	const cut = slug.slice(0, MAX_ID_LENGTH + 1);
	const hyphen = cut.lastIndexOf('-');
	return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}

/** A slug for the explainer from its headline's first words. */
function slugOfTitle(title: string): string {
	return shortened(slugify(title).split('-').slice(0, 6).join('-')) || 'explainer';
}

/** A new id for a name: its slug, made unique against the ids content/ and this draft use. */
function newId(name: string, taken: Set<string>, fallback: string): string {
	const base = shortened(slugify(name)) || fallback;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** The sentence of `text` holding the characters from `start` to `end` (not ending at "Aug." or "U.S."). */
function sentenceAround(text: string, start: number, end: number): { sentence: string } {
	const boundaries = [...text.matchAll(/(?<!\b(?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z]))[.!?]["”’]?\s+(?=["“‘A-Z])/g)].map((m) => m.index + m[0].length);
	const from = boundaries.filter((b) => b <= start).at(-1) ?? 0;
	const to = boundaries.find((b) => b >= end) ?? text.length;
	return { sentence: text.slice(from, to) };
}

/**
 * The dateline's city where it lies, or may lie, south of the equator, where the seasons are turned
 * round ("this fall" in Santiago is March-May): the cities of that name in the dateline's country
 * ("SANTIAGO, Chile"), or, for a dateline that stands alone (AP style keeps that for cities known
 * without their country), the most populous city of that name.
 */
function southOfEquator(dateline: string | undefined): string | undefined {
	if (!dateline) return undefined;
	const [city, country] = dateline.split(',').map((part) => part.trim());
	const name = city.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
	const code = country ? countryNamed(country)?.countryCode : undefined;
	const cities = citiesNamed(name);
	const candidates = code ? cities.filter((place) => place.countryCode === code) : cities.slice(0, 1);
	return candidates.some((place) => place.coordinates[0] < 0) ? name : undefined;
}

/**
 * The people and places whose names the sentence around a date phrase uses. A person the draft is
 * not sure of (a lone word) is tied to no entry: the editor adds them once they are sure.
 */
function involved(paragraphs: readonly string[], at: { paragraph: number; start: number; end: number }, people: DraftPerson[], places: DraftPlace[]) {
	const { sentence } = sentenceAround(paragraphs[at.paragraph - 1], at.start, at.end);
	const inSentence = <T extends { id: string; names: string[] }>(list: T[]) => {
		const names = list.flatMap((entity) => entity.names.map((name) => ({ name, id: entity.id })));
		const found = findNames([sentence], names.map((n) => n.name));
		return [...new Set(found.map((mention) => names[mention.name].id))];
	};
	return { people: inSentence(people), places: inSentence(places) };
}

/** Reads the story and proposes everything an explainer holds. */
export function buildDraft(story: WireStory, options: { published: CalendarDate; slug?: string; known: KnownEntities }): Draft {
	const { paragraphs } = story;
	const { known, published } = options;
	const runs = capitalisedRuns(paragraphs);
	const candidates = findPeople(paragraphs, runs, story.tagged.people);
	const placeCandidates = findPlaces(paragraphs, runs, candidates, { dateline: story.dateline, tagged: story.tagged.places });

	const takenPeople = new Set(known.ids.people);
	const people: DraftPerson[] = candidates.map((person: PersonCandidate) => {
		// A known person is matched by a full name, never by a surname alone: "Lee" is many people.
		const knownId = known.people.get(nameKey(person.name));
		return {
			id: knownId ?? newId(person.name, takenPeople, 'person'),
			known: knownId !== undefined,
			name: person.name,
			names: person.names,
			role: person.role,
			country: person.country?.name,
			uncertain: person.uncertain,
		};
	});
	const takenPlaces = new Set(known.ids.places);
	const places: DraftPlace[] = placeCandidates.map((place) => {
		const knownId = [place.name, ...place.names].map((name) => known.places.get(nameKey(name))).find(Boolean);
		return {
			id: knownId ?? newId(place.name, takenPlaces, 'place'),
			known: knownId !== undefined,
			name: place.name,
			names: place.names,
			kind: place.kind,
			country: place.country,
			coordinates: place.coordinates,
			native: place.native,
			near: place.near,
			open: place.open,
		};
	});
	// Two candidates that resolve to one known entity become one entry.
	const merged = <T extends { id: string; names: string[] }>(list: T[]) =>
		list.reduce<T[]>((kept, entity) => {
			const same = kept.find((other) => other.id === entity.id);
			if (same) same.names = [...new Set([...same.names, ...entity.names])];
			else kept.push(entity);
			return kept;
		}, []);

	const uniquePeople = merged(people);
	const uniquePlaces = merged(places);
	// The build's own rule: a name must occur alone somewhere, not only inside a longer name.
	const allNames = [...uniquePeople, ...uniquePlaces].flatMap((entity) => entity.names);
	const standing = new Set(findNames(paragraphs, allNames).map((mention) => allNames[mention.name]));
	for (const entity of [...uniquePeople, ...uniquePlaces]) entity.names = entity.names.filter((name) => standing.has(name));

	// Where each phrase is, searched once per distinct phrase, not once per date: a long story repeats
	// its phrases ("on Tuesday"), and a search of the whole story per date made drafting quadratic.
	const locations = new Map<string, ReturnType<typeof locatePhrase>>();
	const locate = (phrase: string, hint?: number) => {
		const key = `${hint ?? ''}\u0000${phrase}`;
		let found = locations.get(key);
		if (!found) locations.set(key, (found = locatePhrase(paragraphs, phrase, hint)));
		return found;
	};
	const datePhrases = draftDates(paragraphs, published, { south: southOfEquator(story.dateline) });
	const dates: DraftEntry[] = datePhrases.map((entry) => {
		const located = locate(entry.phrase, entry.paragraph);
		const paragraph = 'paragraph' in located ? located.paragraph : 1;
		const start = paragraphs[paragraph - 1].indexOf(entry.phrase);
		const at = { paragraph, start, end: start + entry.phrase.length };
		return { ...entry, ...involved(paragraphs, at, uniquePeople.filter((p) => p.names.length > 0 && !p.uncertain), uniquePlaces.filter((p) => p.names.length > 0)) };
	});

	const wholeStory = paragraphs.join('\n\n');
	const occurs = new Map<string, boolean>();
	const inStory = (phrase: string) => {
		if (!occurs.has(phrase)) occurs.set(phrase, countOccurrences(wholeStory, phrase) > 0);
		return occurs.get(phrase);
	};
	return {
		slug: options.slug ?? slugOfTitle(story.title),
		title: story.title,
		description: story.description ?? paragraphs[0],
		byline: story.byline,
		source: story.source,
		dateline: story.dateline,
		published,
		people: uniquePeople.filter((person) => person.names.length > 0),
		places: uniquePlaces.filter((place) => place.names.length > 0),
		// Only phrases the build will find, once, where the draft says.
		dates: dates.filter((entry) => 'paragraph' in locate(entry.phrase, entry.paragraph) && inStory(entry.phrase)),
		paragraphs,
	};
}

// YAML: JSON strings are YAML double-quoted scalars, so every text is written safely as JSON.
const text = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(text).join(', ')}]`;
const ids = (values: readonly string[]) => `[${values.join(', ')}]`;

/**
 * The input's file name for the draft's first comment: the name alone (a full path would publish the
 * editor's folders), as a JSON string, so that a line break or a bidi control in it stays visible text
 * instead of ending the comment and writing YAML.
 */
export function inputName(input: string): string {
	const name = input.split(/[\\/]/).filter(Boolean).at(-1) ?? input;
	return JSON.stringify(name).replace(/[\u0085\u2028\u2029\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function explainerFile(draft: Draft, input: string): string {
	const lines: string[] = [
		'---',
		`# Draft written by \`npm run new\` from ${inputName(input)}. Check every value; fill in every "TODO" (an open`,
		'# field). `npm run dev` shows this draft with a list of what is left. To publish, rename the file',
		'# without its leading _; the build refuses a published file with an open field.',
		`title: ${text(draft.title)}`,
		`description: ${text(draft.description)}`,
		...(draft.byline ? [`byline: ${text(draft.byline)}`] : []),
		`source: ${text(draft.source ?? openField('who wrote the story, such as The Associated Press'))}`,
		`dateline: ${text(draft.dateline ?? openField('the place the story was filed from, as it opens: TOKYO'))}`,
		`published: ${text(draft.published)}`,
		'',
		'people:',
	];
	for (const person of draft.people) {
		lines.push(
			`  - id: ${person.id}${person.known ? '  # already in content/people' : ''}`,
			`    names: ${list(person.names)}`,
			`    role: ${text(person.role ?? openField(`${person.name}'s role as of publication, such as Foreign Minister of Japan`))}`,
			`    summary: ${text(openField(`one line on who ${person.name} is and why they matter here`))}`,
		);
	}
	if (draft.people.length === 0) lines[lines.length - 1] = 'people: []';
	lines.push('', 'places:');
	for (const place of draft.places) {
		lines.push(
			`  - id: ${place.id}${place.known ? '  # already in content/places' : ''}`,
			`    names: ${list(place.names)}`,
			`    summary: ${text(openField(`one line on what ${place.name} is and why it matters here`))}`,
		);
	}
	if (draft.places.length === 0) lines[lines.length - 1] = 'places: []';
	lines.push(
		'',
		'# Each date is written out as the site reads the phrase; check it. `tense` appears only where the',
		'# sentence points the other way from the nearest day. An id is named after its phrase; once',
		'# published it is the entry\'s link for good (#timeline-<id>), so rename it after the event as you',
		'# write its title ("tuesday" to "nara-summit").',
		'dates:',
	);
	for (const entry of draft.dates) {
		lines.push(`  - id: ${text(entry.id)}`, `    phrase: ${text(entry.phrase)}`);
		if (entry.paragraph !== undefined) lines.push(`    paragraph: ${entry.paragraph}`);
		lines.push(`    date: ${text(entry.date ?? openField(entry.open ?? 'YYYY, YYYY-MM, YYYY-MM-DD or a season (2000-FA): what the phrase means'))}`);
		if (entry.tense) lines.push(`    tense: ${entry.tense}`);
		if (entry.end) lines.push(`    end: ${text(entry.end)}`);
		if (entry.display) lines.push(`    display: ${text(entry.display)}`);
		lines.push(`    title: ${text(openField('the event in a few words'))}`, `    summary: ${text(openField('one line on the event'))}`);
		if (entry.people.length) lines.push(`    people: ${ids(entry.people)}`);
		if (entry.places.length) lines.push(`    places: ${ids(entry.places)}`);
	}
	lines.push('---', '');
	return lines.join('\n') + storyMarkdown(draft.paragraphs);
}

// The native name is optional (not every name has another script), so the draft suggests it in a
// comment rather than as an open field: the editor adds it where there is one.
const nativeHint = (name: string) => `# native: { name: ..., lang: ... }  # ${name} in its own script and language, where it has one (such as { name: 이재명, lang: ko })`;

function personFile(person: DraftPerson): string {
	// No stated rule makes a lone word certainly a person: the country stays open, so the file stays a
	// draft, and its note says what was weighed.
	const check = person.uncertain
		? `first check that ${person.name} is a person at all (${person.uncertain}); if not, delete this file and the name from the explainer; if so, give the full name and `
		: '';
	return [
		`# ${person.name}: the facts that hold in every explainer (the role is per explainer).`,
		`name: ${text(person.name)}`,
		nativeHint(person.name),
		`country: ${text(!person.uncertain && person.country ? person.country : openField(`${check}the country ${person.name} serves or comes from${person.country ? ` (the story suggests ${person.country})` : ''}`))}`,
		'',
	].join('\n');
}

function placeFile(place: DraftPlace): string {
	const hint = place.near ? `; the story puts it in ${place.near}` : '';
	return [
		`# ${place.name}: the facts that hold in every explainer.`,
		`name: ${text(place.name)}`,
		place.native ? `native: { name: ${text(place.native.name)}, lang: ${place.native.lang} }` : nativeHint(place.name),
		`kind: ${place.kind ?? text(openField('city, country, region, island, site, province, state, sea, strait, gulf, bay, river or lake'))}`,
		...(place.country
			? [`country: ${text(place.country)}`]
			: place.kind === 'country'
				? []
				: [`country: ${text(openField(place.open ? `the country of the ${place.name} you choose below; delete this line if it spans several` : `the country ${place.name} is in; delete this line if it spans several`))}`]),
		place.coordinates
			? `coordinates: [${place.coordinates.map((n) => Number(n.toFixed(4))).join(', ')}]`
			: `coordinates: ${text(openField(place.open ?? `[latitude, longitude] of ${place.name} in decimal degrees${hint}`))}`,
		'',
	].join('\n');
}

/**
 * A person's or place's file, `<id>.yaml`; a file with an open field is written as a draft,
 * `_<id>.yaml`, which the build does not load until the editor completes it and drops the `_`.
 */
function entityFile(list: 'people' | 'places', id: string, contents: string): GeneratedFile {
	return { path: `${list}/${contents.includes('"TODO') ? '_' : ''}${id}.yaml`, contents };
}

/** The files a draft needs: the explainer, and a file for each person and place content/ lacks. */
export function draftFiles(draft: Draft, input: string): GeneratedFile[] {
	return [
		{ path: `explainers/_${draft.slug}.md`, contents: explainerFile(draft, input) },
		...draft.people.filter((person) => !person.known).map((person) => entityFile('people', person.id, personFile(person))),
		...draft.places.filter((place) => !place.known).map((place) => entityFile('places', place.id, placeFile(place))),
	];
}
