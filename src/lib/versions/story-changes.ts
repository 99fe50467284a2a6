/**
 * The change view: for each later version of the story, its paragraphs against the version before,
 * added, removed, changed (word by word) or the same. Worked out by the loader from the story's text
 * and its updates' `changes` (the ids before each version, and the words of each paragraph changed or
 * removed), going back from the story as it now is; the change page only renders it.
 *
 * Paragraphs are matched by id, the ids `npm run update` carried over: a paragraph with the same id
 * is the same paragraph, however its words changed. The order of ids is diffed with `diffArrays` and
 * a changed paragraph's words with `diffWords`, from the `diff` package.
 */
import { diffArrays, diffWords } from 'diff';
import { compareUpdateTimes, type UpdateTime } from './update-time';

interface Update {
	date: UpdateTime;
	changes?: { before: string[]; changed: { id: string; was: string }[]; removed: { id: string; was: string; at: string }[] };
}

/** A run of words in a changed paragraph: kept, added or removed. */
export interface WordRun {
	text: string;
	change?: 'added' | 'removed';
}

export type ChangeBlock =
	| { kind: 'same' | 'added' | 'moved'; id: string; text: string }
	| { kind: 'removed'; id: string; text: string; at: string }
	| { kind: 'changed'; id: string; words: WordRun[] };

export interface VersionChanges {
	/** The update's index in the frontmatter's `updates`. */
	update: number;
	blocks: ChangeBlock[];
}

/**
 * Every version that changed the story's words, newest first, each as blocks in its story order.
 * `paragraphs` are the story's paragraphs now, each with its id; `educate` turns plain text into what
 * readers read (typographic quotes), for the words of earlier versions.
 */
export function storyChanges(paragraphs: readonly { id: string; text: string }[], updates: readonly Update[], educate: (text: string) => string = (text) => text): VersionChanges[] {
	const versions = updates
		.map((update, index) => ({ index, update }))
		.filter(({ update }) => update.changes !== undefined)
		.sort((a, b) => compareUpdateTimes(b.update.date, a.update.date));
	let afterIds = paragraphs.map((paragraph) => paragraph.id);
	let afterTexts = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
	const result: VersionChanges[] = [];
	for (const { index, update } of versions) {
		const changes = update.changes!;
		const was = new Map([...changes.changed, ...changes.removed].map((entry) => [entry.id, educate(entry.was)]));
		const at = new Map(changes.removed.map((entry) => [entry.id, entry.at]));
		const beforeTexts = new Map(changes.before.map((id) => [id, was.get(id) ?? afterTexts.get(id) ?? '']));
		const afterSet = new Set(afterIds);
		const beforeSet = new Set(changes.before);
		const blocks: ChangeBlock[] = [];
		for (const part of diffArrays(changes.before, afterIds)) {
			for (const id of part.value) {
				const before = beforeTexts.get(id) ?? '';
				const after = afterTexts.get(id) ?? '';
				if (part.removed) {
					// A paragraph that only moved is shown where it now stands, not twice.
					if (!afterSet.has(id)) blocks.push({ kind: 'removed', id, text: before, at: at.get(id) ?? '' });
				} else if (part.added) {
					blocks.push({ kind: beforeSet.has(id) ? 'moved' : 'added', id, text: after });
				} else if (before !== after) {
					blocks.push({ kind: 'changed', id, words: wordRuns(before, after) });
				} else {
					blocks.push({ kind: 'same', id, text: after });
				}
			}
		}
		result.push({ update: index, blocks });
		afterIds = changes.before;
		afterTexts = beforeTexts;
	}
	return result;
}

/** A paragraph's words before and after, as runs kept, removed and added. */
export function wordRuns(before: string, after: string): WordRun[] {
	return diffWords(before, after).map((part) => ({ text: part.value, ...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}) }));
}

/** The change view the loader attached to an explainer (none when no update changed its words). */
export function changeViewOf(data: object): VersionChanges[] {
	const view = (data as { changeView?: unknown }).changeView;
	return Array.isArray(view) ? (view as VersionChanges[]) : [];
}
