/**
 * The draft of an explainer's next version (`npm run update`): the new wire text word for word, with
 * everything the editor decided that still applies carried over, what no longer anchors left open
 * (quoting the old sentence), what is new proposed as `npm run new` proposes it, the paragraph ids
 * carried so readers' links survive, and an `updates:` entry for the version.
 *
 * Pure: the caller reads the published file, the wire file and content/, and writes what this returns.
 */
import { type CalendarDate } from '../lib/dates/calendar';
import { openField } from '../lib/content/open-fields';
import { paragraphIdsOf } from '../lib/versions/paragraph-ids';
import { findNames, locatePhrase } from '../lib/story/phrases';
import { storyParagraphs } from '../lib/story/text';
import { dayOfUpdate, isUpdateTimestamp } from '../lib/versions/update-time';
import { buildDraft, type Draft, draftFiles, type GeneratedFile } from './draft';
import type { KnownEntities } from './known-entities';
import { storyMarkdown } from './markdown-escape';
import { carryParagraphIds, type CarriedIds } from './paragraph-carry';
import { carryDate, carryOffTimeline, type Carried, firstMention, overlaps, type StoryVersions } from './reanchor';
import type { WireStory } from './wire-story';
import { type Commented, yamlField } from './yaml-writer';

type Data = Record<string, unknown>;
type UpdateKind = 'update' | 'correction' | 'withdrawal';

export interface UpdateRequest {
	slug: string;
	/** The published explainer: its frontmatter as read (dates as typed) and its story. */
	old: { data: Data; body: string; comments?: string[] };
	/** The new version's story; none for a withdrawal sent without one. */
	story?: WireStory;
	/** When the version was sent, with its offset; its wire number and id where given. */
	version: { time: string; number?: number; uri?: string };
	kind: UpdateKind;
	/** The zone the time is shown in, where known (`Asia/Tokyo`). */
	zone?: string;
	/** The wire's note to editors (ninjs `ednote`), offered for the readers' note. */
	editorNote?: string;
	known: KnownEntities;
	/** The input file's name, for the draft's header comment. */
	input: string;
}

export interface UpdateDraft {
	/** `explainers/_<slug>.md`, and entity files for people and places new to content/. */
	files: GeneratedFile[];
	/** Every decision that could not be carried, and every new thing proposed, for the report. */
	open: string[];
	carried: { dates: number; offTimeline: number; people: number; places: number };
	paragraphs?: CarriedIds;
}

const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const shortened = (text: string, words = 8) => {
	const all = text.split(/\s+/);
	return all.length > words ? `${all.slice(0, words).join(' ')} ...` : text;
};

/** The day relative dates of a frontmatter were read from: its version's, else publication. */
export function asOfOf(data: Data): CalendarDate {
	const version = isRecord(data.version) ? data.version : {};
	return typeof version.time === 'string' && isUpdateTimestamp(version.time) ? dayOfUpdate(version.time) : String(data.published);
}

/**
 * The dateline of the new version: the wire's, where the story reader found one with its agency; the
 * explainer's, where the new story still opens with it; else the capitals it opens with before a comma
 * or a dash (`NARA, Japan -`); else open.
 */
export function datelineOf(old: Data, story: WireStory): string {
	if (story.dateline) return story.dateline;
	const first = story.paragraphs[0] ?? '';
	if (typeof old.dateline === 'string' && first.startsWith(old.dateline)) return old.dateline;
	const opener = /^([A-ZÀ-Þ][A-ZÀ-Þ .'-]*[A-ZÀ-Þ.])(?=,|\s+[-–—])/u.exec(first);
	return opener ? opener[1] : openField('the place the story was filed from, as it opens: TOKYO');
}

/** The description of the new version: the wire's summary, else its lede where the old one was the old lede, else the editor's. */
function descriptionOf(old: Data, oldParagraphs: string[], story: WireStory): string {
	if (story.description) return story.description;
	return old.description === oldParagraphs[0] ? story.paragraphs[0] : String(old.description);
}

function updateEntry(request: UpdateRequest, changes?: Data): Data {
	const what = {
		update: 'what changed, in a line for readers, such as: Adds the leaders’ joint statement after the summit',
		correction: 'the correction, as readers should read it: what the story got wrong, and what is right',
		withdrawal: 'why the story was withdrawn, for readers who follow a link to it',
	}[request.kind];
	const offset = /(?:Z|[+-]\d{2}:?\d{2})$/.exec(request.version.time)?.[0] ?? '';
	const wire = request.editorNote ? ` (the wire’s note to editors: “${request.editorNote}”)` : '';
	return {
		date: request.version.time,
		zone: request.zone ?? openField(`the time zone to show the time in, such as Asia/Tokyo (the time is given at ${offset === 'Z' ? 'UTC' : offset}); or delete this line to show the offset`),
		...(request.kind === 'update' ? {} : { kind: request.kind }),
		note: openField(`${what}${wire}`),
		...(changes ? { changes } : {}),
	};
}

/** The line above the published file's comments in the draft. */
export const KEPT_COMMENTS = 'Comments of the published file, kept here (move them back beside what they explain):';

/**
 * The comments of a published explainer's frontmatter, for the next draft: every `#` line but the
 * header `npm run update` wrote at its top (said anew each time) and the line above kept comments.
 */
export function commentsOf(frontmatter: string): string[] {
	const lines = frontmatter.split('\n');
	let start = 0;
	if (/^# (?:Next version|Withdrawal) written by `npm run update`/.test(lines[0] ?? '')) {
		while (start < lines.length && lines[start].startsWith('#') && lines[start] !== `# ${KEPT_COMMENTS}`) start++;
	}
	return lines.slice(start).filter((line) => line.trimStart().startsWith('#') && line !== `# ${KEPT_COMMENTS}`).map((line) => line.trim());
}

/** The frontmatter and story of the new draft, top-level fields in the order editors know. */
function explainerFile(request: UpdateRequest, fields: Data, body: string, header: string[]): GeneratedFile {
	const order = ['title', 'description', 'source', 'dateline', 'published', 'version', 'section', 'tags', 'updates', 'people', 'places', 'dates', 'offTimeline', 'paragraphIds'];
	const keys = [...order, ...Object.keys(fields).filter((key) => !order.includes(key))];
	const lines = ['---', ...header.map((line) => `# ${line}`)];
	// The editor's comments cannot be put back beside fields rewritten from data: kept whole, not dropped.
	const comments = request.old.comments ?? [];
	if (comments.length > 0) lines.push(`# ${KEPT_COMMENTS}`, ...comments);
	for (const key of keys) {
		if (fields[key] === undefined) continue;
		if (['updates', 'people', 'places', 'dates', 'offTimeline', 'paragraphIds'].includes(key)) lines.push('');
		lines.push(...yamlField(key, fields[key]));
	}
	lines.push('---', '');
	return { path: `explainers/_${request.slug}.md`, contents: `${lines.join('\n')}${body}` };
}

/** A withdrawal: the story as published, with the update that withdraws it. */
function withdrawalDraft(request: UpdateRequest): UpdateDraft {
	const { data, body } = request.old;
	const fields: Data = { ...data, updates: [...list(data.updates), updateEntry(request)] };
	const header = [
		`Withdrawal written by \`npm run update\` from ${request.input}.`,
		'Fill in the note: readers who follow a link to the story read it on the notice that replaces it.',
		'Publish by renaming this file over the published one.',
	];
	return {
		files: [explainerFile(request, fields, `${body.trim()}\n`, header)],
		open: ['updates: the withdrawal’s note and zone'],
		carried: { dates: list(data.dates).length, offTimeline: list(data.offTimeline).length, people: list(data.people).length, places: list(data.places).length },
	};
}

/** Where each draft date phrase of the new story stands, for overlap with the carried ones. */
function locatedDraftDates(draft: Draft) {
	return draft.dates.flatMap((entry) => {
		const located = locatePhrase(draft.paragraphs, entry.phrase, entry.paragraph);
		if (!('paragraph' in located)) return [];
		const start = draft.paragraphs[located.paragraph - 1].indexOf(entry.phrase);
		return start < 0 ? [] : [{ entry, at: { paragraph: located.paragraph, start, end: start + entry.phrase.length } }];
	});
}

/** A person or place carried over: the names the new version still uses (and any new ones the draft found), or open. */
function carryEntity(old: Data, kind: 'person' | 'place', standing: Set<string>, draftNames: string[], oldParagraphs: string[]): Carried {
	const oldNames = Array.isArray(old.names) ? old.names.map(String) : [];
	const names = [...new Set([...oldNames.filter((name) => standing.has(name)), ...draftNames.filter((name) => standing.has(name))])];
	if (names.length > 0) return { entry: { ...old, names } };
	const mention = firstMention(oldParagraphs, oldNames);
	const note = `this version no longer names the ${kind} (${oldNames.map((n) => `“${n}”`).join(', ')})${mention ? `; the last one did in ¶${mention.paragraph}: ${mention.sentence}` : ''}. List the words the story now uses, or delete this ${kind} and its ids in dates:`;
	return { entry: { ...old, names: openField(note) }, open: `${kind === 'person' ? 'people' : 'places'} ${String(old.id)}: ${note}` };
}

/** The draft of an explainer's next version. */
export function buildUpdateDraft(request: UpdateRequest): UpdateDraft {
	if (request.kind === 'withdrawal' && !request.story) return withdrawalDraft(request);
	const story = request.story as WireStory;
	const { data: old, body: oldBody } = request.old;
	const oldParagraphs = storyParagraphs(oldBody);
	const oldIds = paragraphIdsOf({ paragraphIds: Array.isArray(old.paragraphIds) ? old.paragraphIds.map(String) : undefined }, oldParagraphs.length);
	const retired = list(old.updates).flatMap((update) => (isRecord(update.changes) ? list(update.changes.removed).map((removed) => String(removed.id)) : []));
	const carriedIds = carryParagraphIds(oldIds.map((id, index) => ({ id, text: oldParagraphs[index] })), story.paragraphs, retired);
	const landing = new Map(carriedIds.removed.map((removed) => [removed.id, removed.at]));
	const newAsOf = dayOfUpdate(request.version.time);
	const versions: StoryVersions = {
		oldParagraphs,
		newParagraphs: story.paragraphs,
		oldAsOf: asOfOf(old),
		newAsOf,
		nowAt: (paragraph) => {
			const id = oldIds[paragraph - 1];
			const at = carriedIds.ids.indexOf(landing.get(id) ?? id);
			return at >= 0 ? at + 1 : undefined;
		},
	};
	const open: string[] = [];

	// What `npm run new` would propose for the new text, read from the new version's day.
	const draft = buildDraft(story, { published: newAsOf, slug: request.slug, known: request.known });
	const draftDates = locatedDraftDates(draft);

	// Timeline entries and phrases left off it: first where each still anchors, then suggestions for the rest from what is left.
	const firstPass = list(old.dates).map((entry) => carryDate(entry, versions));
	const offTimeline = list(old.offTimeline).map((entry) => carryOffTimeline(entry, versions));
	const taken = [...firstPass, ...offTimeline].flatMap((carried) => (carried.at ? [carried.at] : []));
	const free = draftDates.filter(({ at }) => !taken.some((other) => overlaps(other, at)));
	const dates = list(old.dates).map((entry, index) =>
		firstPass[index].at ? firstPass[index] : carryDate(entry, versions, free.map(({ entry: e, at }) => ({ phrase: e.phrase, paragraph: at.paragraph, date: e.date }))),
	);
	// A phrase suggested for an entry that lost its own is not proposed again as a new entry.
	const suggested = (phrase: string) => dates.some((carried) => carried.open?.includes(`“${phrase}” (¶`));

	// People and places: the names still used, and those the new version adds.
	const allNames = [...list(old.people), ...list(old.places)].flatMap((entity) => (Array.isArray(entity.names) ? entity.names.map(String) : []));
	const draftEntities = [...draft.people, ...draft.places];
	const everyName = [...allNames, ...draftEntities.flatMap((entity) => entity.names)];
	const standing = new Set(findNames(story.paragraphs, everyName).map((mention) => everyName[mention.name]));
	const carryList = <Proposed extends { id: string; names: string[] }>(kind: 'person' | 'place', entries: Data[], proposed: Proposed[]) => {
		const carried = entries.map((entry) => carryEntity(entry, kind, standing, proposed.find((p) => p.id === entry.id)?.names ?? [], oldParagraphs));
		const keptNames = new Set(carried.flatMap((c) => (Array.isArray(c.entry.names) ? (c.entry.names as string[]) : [])));
		const ids = new Set(entries.map((entry) => String(entry.id)));
		// New to the story: not already an entry, and not only words an entry already has ("Lee").
		const added = proposed.filter((p) => !ids.has(p.id) && p.names.some((name) => !keptNames.has(name)));
		return { carried, added };
	};
	const people = carryList('person', list(old.people), draft.people);
	const places = carryList('place', list(old.places), draft.places);

	const usedIds = new Set(dates.map((carried) => String(carried.entry.id)));
	const proposedDates = free
		.filter(({ entry }) => !suggested(entry.phrase))
		.map(({ entry, at }) => {
			let id = entry.id;
			for (let n = 2; usedIds.has(id); n++) id = `${entry.id}-${n}`;
			usedIds.add(id);
			const entities = new Set([...people.carried, ...places.carried].map((c) => String(c.entry.id)).concat([...people.added, ...places.added].map((p) => p.id)));
			return {
				id,
				phrase: entry.phrase,
				paragraph: entry.paragraph === undefined ? undefined : at.paragraph,
				date: entry.date ?? openField('YYYY, YYYY-MM or YYYY-MM-DD: what the phrase means'),
				tense: entry.tense,
				end: entry.end,
				display: entry.display,
				title: openField('the event in a few words'),
				summary: openField('one line on the event'),
				people: entry.people.filter((ref) => entities.has(ref)),
				places: entry.places.filter((ref) => entities.has(ref)),
			};
		});
	for (const entry of proposedDates) open.push(`dates ${entry.id}: new in this version (“${entry.phrase}”): its title and summary${typeof entry.date === 'string' && entry.date.startsWith('TODO') ? ' and date' : ''}`);
	for (const carried of [...dates, ...offTimeline, ...people.carried, ...places.carried]) if (carried.open) open.push(carried.open);

	const newPerson = (person: Draft['people'][number]) => ({
		id: person.id,
		names: person.names,
		role: person.role ?? openField(`${person.name}'s role as of this version, such as Foreign Minister of Japan`),
		summary: openField(`one line on who ${person.name} is and why they matter here`),
	});
	const newPlace = (place: Draft['places'][number]) => ({ id: place.id, names: place.names, summary: openField(`one line on what ${place.name} is and why it matters here`) });
	for (const p of people.added) open.push(`people ${p.id}: new in this version: summary${p.role ? '' : ' and role'}`);
	for (const p of places.added) open.push(`places ${p.id}: new in this version: summary`);

	const changes: Data = {
		before: oldIds,
		...(carriedIds.changed.length ? { changed: carriedIds.changed } : {}),
		...(carriedIds.removed.length ? { removed: carriedIds.removed } : {}),
	};
	const { version: _oldVersion, paragraphIds: _oldIds, ...kept } = old;
	const fields: Data = {
		...kept,
		title: story.title,
		description: descriptionOf(old, oldParagraphs, story),
		source: story.source ?? old.source,
		dateline: datelineOf(old, story),
		version: { time: request.version.time, number: request.version.number, uri: request.version.uri },
		updates: [...list(old.updates), updateEntry(request, changes)],
		people: [...people.carried.map((c) => c.entry), ...people.added.map(newPerson)],
		places: [...places.carried.map((c) => c.entry), ...places.added.map(newPlace)],
		dates: [...dates.map((c) => c.entry), ...proposedDates],
		offTimeline: offTimeline.length ? offTimeline.map((c) => c.entry) : undefined,
		paragraphIds: carriedIds.ids.map((id, index): Commented => ({ value: id, comment: `${carriedIds.added.includes(id) ? 'new: ' : ''}${shortened(story.paragraphs[index])}` })),
	};
	const header = [
		`Next version written by \`npm run update\` from ${request.input}.`,
		'The story below is the new version word for word. Every entry the editor wrote is kept; where it no',
		'longer fits the new text its field is open ("TODO", quoting the old sentence); what is new is',
		'proposed. `npm run dev` shows this draft with the list. paragraphIds keep readers\' links: leave',
		'them as they are. Publish by renaming this file over the published one.',
	];
	const entityIds = new Set([...people.added.map((p) => `people/${p.id}`), ...places.added.map((p) => `places/${p.id}`)]);
	const entityFiles = draftFiles(draft, request.input)
		.slice(1)
		.filter((file) => entityIds.has(file.path.replace(/\/_?([^/]+)\.yaml$/, '/$1')));
	return {
		files: [explainerFile(request, fields, storyMarkdown(story.paragraphs), header), ...entityFiles],
		open: [...open, 'updates: the note (and zone) of this version'],
		carried: {
			dates: dates.filter((c) => !c.open).length,
			offTimeline: offTimeline.filter((c) => !c.open).length,
			people: people.carried.filter((c) => !c.open).length,
			places: places.carried.filter((c) => !c.open).length,
		},
		paragraphs: carriedIds,
	};
}
