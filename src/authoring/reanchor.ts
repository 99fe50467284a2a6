/**
 * The editor's decisions carried to the story's next version: each timeline entry and each phrase
 * left off the timeline found again in the new text by its phrase and its sentence, not by its
 * paragraph's number (paragraphs move), with its date read again from the new version's day.
 *
 * A phrase is found again where it occurs in the paragraph that now carries its old paragraph's id
 * (src/authoring/paragraph-carry.ts), or in a sentence much like its old one; a phrase that occurs
 * only elsewhere, or not at all, no longer anchors: its entry is kept whole with the phrase left open,
 * quoting the old sentence, and suggesting the new version's words for the same day where it has any.
 * A relative phrase that now reads as another day than the editor's ("last year", a year on) leaves its
 * date open, quoting both. Nothing is dropped: what cannot be carried is listed.
 */
import { type CalendarDate, formatApDate, readRelativeDate, resolveEntryDate, type Tense } from '../lib/dates/calendar';
import { openField } from '../lib/content/open-fields';
import { countOccurrences, phrasePattern } from '../lib/story/phrases';
import { tenseAround } from '../lib/dates/sentence-tense';
import { similarity } from './paragraph-carry';

/** A sentence at least this alike its old one (Dice's coefficient on words) holds the same phrase for the same thing. */
export const SAME_SENTENCE = 0.35;

export interface StoryVersions {
	oldParagraphs: readonly string[];
	newParagraphs: readonly string[];
	/** The day relative dates were read from, and now are. */
	oldAsOf: CalendarDate;
	newAsOf: CalendarDate;
	/** For a 1-based old paragraph, the 1-based new paragraph carrying its id or, if it is gone, its link. */
	nowAt: (oldParagraph: number) => number | undefined;
}

interface Occurrence {
	paragraph: number;
	start: number;
	end: number;
	sentence: string;
}

/** The sentence of `text` holding `start`..`end` (a full stop after "Aug." or "U.S." ends none). */
export function sentenceAt(text: string, start: number, end: number): string {
	const boundaries = [...text.matchAll(/(?<!\b(?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z]))[.!?]["”’]?\s+(?=["“‘]?[A-Z])/g)].map((m) => m.index + m[0].length);
	const from = boundaries.filter((b) => b <= start).at(-1) ?? 0;
	const to = boundaries.find((b) => b >= end) ?? text.length;
	return text.slice(from, to).trim();
}

function occurrences(paragraphs: readonly string[], phrase: string): Occurrence[] {
	return paragraphs.flatMap((text, index) =>
		[...text.matchAll(phrasePattern(phrase))].map((match) => ({
			paragraph: index + 1,
			start: match.index,
			end: match.index + match[0].length,
			sentence: sentenceAt(text, match.index, match.index + match[0].length),
		})),
	);
}

const quote = (sentence: string) => `“${sentence.length > 160 ? `${sentence.slice(0, 157)}...` : sentence}”`;

type Found = { anchored: Occurrence; old: Occurrence } | { gone: true; old?: Occurrence; elsewhere?: Occurrence };

/** Where a phrase of the old story (in `hint`'s paragraph, where given) stands in the new one. */
export function findAgain(phrase: string, hint: number | undefined, versions: StoryVersions): Found {
	const before = occurrences(versions.oldParagraphs, phrase).filter((at) => hint === undefined || at.paragraph === hint);
	const old = before[0];
	const now = occurrences(versions.newParagraphs, phrase);
	if (!old) return { gone: true, elsewhere: now[0] };
	const home = versions.nowAt(old.paragraph);
	const scored = now
		.map((at) => ({ at, score: similarity(old.sentence, at.sentence) + (at.paragraph === home ? 1 : 0) }))
		.sort((a, b) => b.score - a.score);
	const best = scored[0];
	if (best && (best.at.paragraph === home || best.score >= SAME_SENTENCE)) return { anchored: best.at, old };
	return { gone: true, old, elsewhere: best?.at };
}

type Entry = Record<string, unknown>;

export interface Carried {
	entry: Entry;
	/** Where its phrase now stands, when it anchors: new proposals must not take the same words. */
	at?: Occurrence;
	/** What the editor must look at, for the report. */
	open?: string;
}

/** Writes `paragraph` only where the phrase occurs more than once in the new story. */
function paragraphHint(phrase: string, at: Occurrence, paragraphs: readonly string[]): number | undefined {
	return countOccurrences(paragraphs.join('\n\n'), phrase) > 1 ? at.paragraph : undefined;
}

/** The entry's fields in the order the draft writes them. */
function ordered(entry: Entry, keys: readonly string[]): Entry {
	const result: Entry = {};
	for (const key of keys) if (entry[key] !== undefined) result[key] = entry[key];
	for (const key of Object.keys(entry)) if (!(key in result) && entry[key] !== undefined) result[key] = entry[key];
	return result;
}

const DATE_KEYS = ['id', 'phrase', 'paragraph', 'date', 'tense', 'end', 'display', 'title', 'summary', 'people', 'places'] as const;

interface NewPhrase {
	phrase: string;
	paragraph: number;
	date?: CalendarDate;
}

/** New-version phrases that read as the same day, where the old entry's phrase is gone: the likely replacement, those in its old paragraph's place first. */
function sameDayPhrases(date: CalendarDate | undefined, old: Occurrence | undefined, proposals: readonly NewPhrase[], versions: StoryVersions): NewPhrase[] {
	if (!date) return [];
	const home = old && versions.nowAt(old.paragraph);
	return proposals.filter((proposal) => proposal.date === date).sort((a, b) => Number(b.paragraph === home) - Number(a.paragraph === home));
}

/**
 * One timeline entry carried over. `proposals` are the new version's date phrases as the draft tool
 * reads them (with their dates from the new day), for suggestions.
 */
export function carryDate(old: Entry, versions: StoryVersions, proposals: readonly NewPhrase[] = []): Carried {
	const phrase = String(old.phrase);
	const hint = typeof old.paragraph === 'number' ? old.paragraph : undefined;
	const was = resolveEntryDate({ phrase, date: old.date as string | undefined, tense: old.tense as Tense | undefined }, versions.oldAsOf);
	const oldDate = 'date' in was ? was.date : undefined;
	const found = findAgain(phrase, hint, versions);
	if ('gone' in found) {
		const likely = sameDayPhrases(oldDate, found.old, proposals, versions);
		const suggestion = likely.length
			? ` This version has ${likely.map((p) => `“${p.phrase}” (¶${p.paragraph})`).join(' and ')} for ${formatApDate(oldDate as string)}: quote it if it is the same event.`
			: found.elsewhere
				? ` It still occurs in ¶${found.elsewhere.paragraph}, ${quote(found.elsewhere.sentence)}: keep it if that is the same event.`
				: '';
		const where = found.old ? `; it was in ¶${found.old.paragraph}: ${quote(found.old.sentence)}` : '';
		const note = `“${phrase}” no longer anchors in this version${where}.${suggestion} Or delete this entry.`;
		const { paragraph: _dropped, ...rest } = old;
		return { entry: ordered({ ...rest, phrase: openField(note), ...(oldDate && old.date === undefined ? { date: oldDate } : {}) }, DATE_KEYS), open: `dates ${String(old.id)}: ${note}` };
	}
	const at = found.anchored;
	const entry: Entry = { ...old, paragraph: paragraphHint(phrase, at, versions.newParagraphs) };
	const reading = readRelativeDate(phrase, versions.newAsOf);
	if (reading && oldDate) {
		const said = tenseAround(versions.newParagraphs[at.paragraph - 1], at.start, at.end)?.tense;
		const now = reading.open ? (said ? reading[said] : reading.nearest) : reading.nearest;
		// The same day, if the words can still mean it and the sentence does not point away from it.
		const keeps = now === oldDate || (reading.open && said === undefined && (oldDate === reading.past || oldDate === reading.future));
		if (keeps) {
			entry.tense = reading.open && oldDate !== reading.nearest ? (oldDate === reading.past ? 'past' : 'future') : undefined;
			if (old.date !== undefined) entry.date = oldDate;
		} else {
			const note = `was ${formatApDate(oldDate)}, read from ${formatApDate(versions.oldAsOf)}; “${phrase}” in this version (${formatApDate(versions.newAsOf)}) reads as ${now ? formatApDate(now) : `${formatApDate(reading.past)} or ${formatApDate(reading.future)}`} (¶${at.paragraph}: ${quote(at.sentence)}). Write the date the story now means (YYYY-MM-DD), and check the title and summary still fit`;
			entry.date = openField(note);
			entry.tense = undefined;
			return { entry: ordered(entry, DATE_KEYS), at, open: `dates ${String(old.id)}: ${note}` };
		}
	}
	return { entry: ordered(entry, DATE_KEYS), at };
}

/** One `offTimeline` entry carried over: found again, or its phrase left open. */
export function carryOffTimeline(old: Entry, versions: StoryVersions): Carried {
	const phrase = String(old.phrase);
	const found = findAgain(phrase, typeof old.paragraph === 'number' ? old.paragraph : undefined, versions);
	if ('gone' in found) {
		const where = found.old ? `; it was in ¶${found.old.paragraph}: ${quote(found.old.sentence)}` : '';
		const note = `“${phrase}” no longer anchors in this version${where}. Quote the words this version uses, or delete this entry.`;
		const { paragraph: _dropped, ...rest } = old;
		return { entry: ordered({ ...rest, phrase: openField(note) }, ['phrase', 'paragraph', 'reason']), open: `offTimeline “${phrase}”: ${note}` };
	}
	return { entry: ordered({ ...old, paragraph: paragraphHint(phrase, found.anchored, versions.newParagraphs) }, ['phrase', 'paragraph', 'reason']), at: found.anchored };
}

/** Whether two occurrences overlap: a new date phrase already carried by an editor's entry. */
export const overlaps = (a: Pick<Occurrence, 'paragraph' | 'start' | 'end'>, b: Pick<Occurrence, 'paragraph' | 'start' | 'end'>) =>
	a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/** The first sentence of the old story naming any of `names`, to quote where a person or place is no longer named. */
export function firstMention(paragraphs: readonly string[], names: readonly string[]): { paragraph: number; sentence: string } | undefined {
	for (const name of names) {
		const [at] = occurrences(paragraphs, name);
		if (at) return { paragraph: at.paragraph, sentence: quote(at.sentence) };
	}
	return undefined;
}
