/**
 * The story against its frontmatter: everything about an explainer that needs its text as well as
 * its frontmatter (the dateline, the names, each date's phrase and the way its sentence points, the
 * dates the timeline leaves out, and the safety checks), and each timeline entry's paragraph.
 */
import type { ContentProblem } from '../content/error';
import { findDatePhrases } from '../dates/phrases';
import { type CalendarDate, compareCalendarDates, formatApDate, readRelativeDate, type Tense } from '../dates/calendar';
import { movedAnchors, paragraphIdsOf } from '../versions/paragraph-ids';
import { compareUpdateTimes } from '../versions/update-time';
import { countOccurrences, findNames, locatePhrase, phrasePattern } from './phrases';
import { speaksOf } from '../dates/sentence-tense';
import { rawHtmlIn, unsafeLinksIn } from './safety';
import { storyParagraphs } from './text';

interface StoryFrontmatter {
	dateline: string;
	published: CalendarDate;
	/** The day relative dates are read from: the version's, else publication (the schema works it out). */
	asOf?: CalendarDate;
	people: { names: string[] }[];
	places: { names: string[] }[];
	/** With `date` resolved, as the schema hands it on. */
	dates: { phrase: string; paragraph?: number; date: CalendarDate; tense?: Tense }[];
	offTimeline?: { phrase: string; paragraph?: number }[];
	paragraphIds?: string[];
	updates?: { date: string; changes?: { before: string[]; changed?: { id: string }[]; removed?: { id: string; at: string }[] } }[];
}

/** Where each match of a phrase stands in a paragraph. */
function rangesOf(text: string, phrase: string): { start: number; end: number }[] {
	return [...text.matchAll(phrasePattern(phrase))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Everything about an explainer that needs its text as well as its frontmatter. An empty list means
 * the story and its frontmatter agree.
 */
export function checkStory(data: StoryFrontmatter, markdown: string): ContentProblem[] {
	const issues: ContentProblem[] = [];
	const paragraphs = storyParagraphs(markdown);
	if (paragraphs.length === 0) {
		return [{ field: 'body', message: 'the story is empty: paste the story below the frontmatter' }];
	}
	for (const html of rawHtmlIn(markdown)) {
		issues.push({
			field: 'body',
			bodyLine: html.line,
			message: `raw HTML is not allowed in a story (line ${html.line} of the body: ${html.value.slice(0, 40)}); write the text as Markdown`,
		});
	}
	for (const link of unsafeLinksIn(markdown)) issues.push({ field: 'body', bodyLine: link.line, message: link.message });
	if (!paragraphs[0].startsWith(data.dateline)) {
		issues.push({ field: 'dateline', path: ['dateline'], message: `the story's first paragraph should start with "${data.dateline}"` });
	}
	const story = paragraphs.join('\n\n');
	const named = [...data.people, ...data.places].flatMap((entity) => entity.names);
	const found = new Set(findNames(paragraphs, named).map((mention) => named[mention.name]));
	for (const list of ['people', 'places'] as const) {
		data[list].forEach((entity, index) => {
			entity.names.forEach((name, nameIndex) => {
				const field = `${list}[${index}].names[${nameIndex}]`;
				const path = [list, index, 'names', nameIndex];
				if (countOccurrences(story, name) === 0) {
					issues.push({ field, path, message: `"${name}" never occurs in the story as whole words; list only names the story uses` });
				} else if (!found.has(name)) {
					const longer = named.filter((other) => other.length > name.length && countOccurrences(other, name) > 0);
					issues.push({
						field,
						path,
						message: `"${name}" occurs only inside longer names (${longer.map((n) => `"${n}"`).join(', ')}), which take those words; list it only if the story also uses it alone`,
					});
				}
			});
		});
	}
	data.dates.forEach((entry, index) => {
		const located = locatePhrase(paragraphs, entry.phrase, entry.paragraph);
		if ('error' in located) {
			const key = entry.paragraph === undefined ? 'phrase' : 'paragraph';
			issues.push({ field: `dates[${index}].${key}`, path: ['dates', index, key], message: located.error });
			return;
		}
		const contradiction = tenseContradiction(entry, data.asOf ?? data.published, paragraphs[located.paragraph - 1] as string, data.asOf !== undefined && data.asOf !== data.published);
		if (contradiction) issues.push({ field: `dates[${index}].tense`, path: ['dates', index, 'phrase'], message: contradiction });
	});
	issues.push(...paragraphIdProblems(data, paragraphs.length));
	(data.offTimeline ?? []).forEach((entry, index) => {
		const located = locatePhrase(paragraphs, entry.phrase, entry.paragraph);
		if ('error' in located) {
			const key = entry.paragraph === undefined ? 'phrase' : 'paragraph';
			issues.push({ field: `offTimeline[${index}].${key}`, path: ['offTimeline', index, key], message: located.error });
		}
	});
	return issues;
}

/**
 * The paragraph ids against the story: one id per paragraph, and every id an update removed landing on
 * a paragraph of the story, so no link shared before an update is left pointing nowhere.
 */
function paragraphIdProblems(data: StoryFrontmatter, count: number): ContentProblem[] {
	const issues: ContentProblem[] = [];
	if (data.paragraphIds && data.paragraphIds.length !== count) {
		const fix = data.paragraphIds.length < count ? 'add the id of each new paragraph (an id never used before)' : 'remove the ids of the paragraphs that are gone, listing each under its update\'s changes.removed';
		issues.push({
			field: 'paragraphIds',
			path: ['paragraphIds'],
			message: `lists ${data.paragraphIds.length} ids, but the story has ${count} paragraphs; ${fix}, in story order (npm run update keeps them for you)`,
		});
		return issues;
	}
	const ids = paragraphIdsOf(data, count);
	const { lost } = movedAnchors(data, ids);
	for (const { id, at } of lost) {
		const index = (data.updates ?? []).findIndex((update) => update.changes?.removed?.some((removed) => removed.id === id));
		const position = (data.updates?.[index]?.changes?.removed ?? []).findIndex((removed) => removed.id === id);
		issues.push({
			field: `updates[${index}].changes.removed[${position}].at`,
			path: ['updates', index, 'changes', 'removed', position, 'at'],
			message: `"${at}" is not a paragraph of the story, so links to #${id} would land nowhere; name the paragraph that replaced it, or the nearest one (known: ${ids.join(', ')})`,
		});
	}
	// Each version's ids, oldest first, ending with the story's own: what one update removed or changed
	// must have been there before it, and what it changed must still be there after it.
	const versions = versionsOf(data, ids);
	for (const { index, before, after, changes } of versions) {
		const problemOf = (id: string, stays: boolean) => {
			if (!before.includes(id)) return 'was not a paragraph before this version (see its before:)';
			if (stays && !after.includes(id)) return 'is not a paragraph after this version; a paragraph that is gone belongs under removed';
			if (!stays && after.includes(id)) return 'is still a paragraph after this version; list it under changed if its words changed';
			return undefined;
		};
		const check = (list: 'changed' | 'removed', id: string, position: number, stays: boolean) => {
			const problem = problemOf(id, stays);
			if (problem) issues.push({ field: `updates[${index}].changes.${list}[${position}].id`, path: ['updates', index, 'changes', list, position, 'id'], message: `"${id}" ${problem}` });
		};
		(changes.changed ?? []).forEach((entry, position) => check('changed', entry.id, position, true));
		(changes.removed ?? []).forEach((entry, position) => check('removed', entry.id, position, false));
	}
	return issues;
}

/**
 * The story's versions that changed its words, oldest first: each update with changes, the ids before
 * it (its own list) and after it (the next one's before, or the story's ids for the latest).
 */
function versionsOf(data: StoryFrontmatter, ids: string[]) {
	const changed = (data.updates ?? [])
		.map((update, index) => ({ index, date: update.date, changes: update.changes }))
		.filter((update): update is { index: number; date: string; changes: NonNullable<typeof update.changes> } => update.changes !== undefined)
		.sort((a, b) => compareUpdateTimes(a.date, b.date));
	return changed.map((update, position) => ({ ...update, before: update.changes.before, after: changed[position + 1]?.changes.before ?? ids }));
}

/**
 * Where an open date phrase ("on Friday") was read as its nearest occurrence and the sentence points
 * the other way ("will meet ... on Friday" with last Friday): why, and the `tense` that settles it.
 */
function tenseContradiction(entry: StoryFrontmatter['dates'][number], published: CalendarDate, paragraph: string, laterVersion = false): string | undefined {
	const reading = readRelativeDate(entry.phrase, published);
	if (!reading?.open || entry.tense !== undefined || entry.date === published) return undefined;
	const [range] = rangesOf(paragraph, entry.phrase);
	if (!range) return undefined;
	const readAs: Tense = compareCalendarDates(entry.date, published) < 0 ? 'past' : 'future';
	const meant: Tense = readAs === 'past' ? 'future' : 'past';
	const sentence = speaksOf(paragraph, range.start, range.end, meant);
	if (sentence === undefined) return undefined;
	const quoted = sentence.length > 90 ? `${sentence.slice(0, 87)}...` : sentence;
	return `"${entry.phrase}" is read as ${formatApDate(entry.date)}, the nearest to ${laterVersion ? 'this version of the story' : 'publication'} (${formatApDate(published)}), but its sentence speaks of the ${meant} ("${quoted}"); if the story means ${formatApDate(reading[meant])}, add tense: ${meant}; if it means ${formatApDate(entry.date)}, add tense: ${readAs}`;
}

interface UncoveredDatePhrase {
	phrase: string;
	paragraph: number;
}

/**
 * The date phrases of the story that neither a timeline entry nor an `offTimeline` entry accounts
 * for: the timeline promises every date the story mentions. A phrase counts as covered where an
 * entry's phrase overlaps it ("1965" in "1965 normalization treaty").
 */
export function uncoveredDatePhrases(data: Pick<StoryFrontmatter, 'dates' | 'offTimeline'>, markdown: string): UncoveredDatePhrase[] {
	const paragraphs = storyParagraphs(markdown);
	const covered = [...data.dates, ...(data.offTimeline ?? [])].flatMap((entry) => {
		const located = locatePhrase(paragraphs, entry.phrase, entry.paragraph);
		if ('error' in located) return [];
		return rangesOf(paragraphs[located.paragraph - 1] as string, entry.phrase).map((range) => ({ ...range, paragraph: located.paragraph }));
	});
	return findDatePhrases(paragraphs)
		.filter((found) => !covered.some((range) => range.paragraph === found.paragraph && range.start < found.end && found.start < range.end))
		.map(({ phrase, paragraph }) => ({ phrase, paragraph }));
}

/** Each timeline entry with the paragraph its phrase sits in, as the loader stores it. */
export function withParagraphs<T extends { dates: { phrase: string; paragraph?: number }[] }>(data: T, markdown: string): T {
	const paragraphs = storyParagraphs(markdown);
	return {
		...data,
		dates: data.dates.map((entry) => {
			const located = locatePhrase(paragraphs, entry.phrase, entry.paragraph);
			return 'paragraph' in located ? { ...entry, paragraph: located.paragraph } : entry;
		}),
	};
}
