/**
 * What an explainer's updates say to readers: the "Updated" line under the byline, the corrections
 * shown above the story, the updates log, and whether the story was withdrawn. Pure: the page and
 * the feed render what this returns.
 */
import { compareUpdateTimes, formatUpdateTime, isoOfUpdate, type UpdateTime } from './update-time';

interface Update {
	date: UpdateTime;
	zone?: string;
	note: string;
	kind: 'update' | 'correction' | 'withdrawal';
	changes?: { before: string[]; changed: unknown[]; removed: unknown[] };
}

export interface ShownUpdate {
	/** For `<time datetime>`: `2026-01-13T10:05:00+09:00`. */
	datetime: string;
	/** As readers read it: `Jan. 13, 2026, 10:05 a.m. JST`. */
	label: string;
	note: string;
	kind: Update['kind'];
	/** Whether the update changed the story's paragraphs (the change view shows how). */
	changedText: boolean;
}

const shown = (update: Update): ShownUpdate => ({
	datetime: isoOfUpdate(update.date),
	label: formatUpdateTime(update.date, update.zone),
	note: update.note,
	kind: update.kind,
	changedText: update.changes !== undefined,
});

/** Newest first; updates of the same time keep the log's order. */
export function updatesNewestFirst(updates: readonly Update[]): ShownUpdate[] {
	return [...updates].sort((a, b) => compareUpdateTimes(b.date, a.date)).map(shown);
}

/** The latest update: what "Updated ..." under the byline says; undefined when there is none. */
export function latestUpdate(updates: readonly Update[]): ShownUpdate | undefined {
	return updatesNewestFirst(updates)[0];
}

/** Corrections, newest first: shown above the story, where readers see them first. */
export function correctionsOf(updates: readonly Update[]): ShownUpdate[] {
	return updatesNewestFirst(updates).filter((update) => update.kind === 'correction');
}

/** Whether any update changed the story's words: then the explainer has a change view. */
export function hasChangeView(updates: readonly Update[]): boolean {
	return updates.some((update) => shown(update).changedText);
}

/**
 * What the latest version changed in the story's paragraphs, in lines for the draft banner of
 * `npm run dev` ("2 new paragraphs: ¶1, ¶2"): paragraphs are named by their place in the new story.
 * Empty when the latest update changed no words (or there is none).
 */
export function latestChangeLines(updates: readonly Update[], paragraphIds: readonly string[] | undefined): string[] {
	const latest = [...updates].sort((a, b) => compareUpdateTimes(b.date, a.date))[0];
	const changes = latest?.changes as { before: string[]; changed: { id: string }[]; removed: { id: string; at: string }[] } | undefined;
	if (!changes || !paragraphIds) return [];
	const place = (id: string) => `¶${paragraphIds.indexOf(id) + 1}`;
	const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
	const added = paragraphIds.filter((id) => !changes.before.includes(id));
	const lines: string[] = [];
	if (added.length) lines.push(`${count(added.length, 'new paragraph')}: ${added.map(place).join(', ')}`);
	if (changes.changed.length) lines.push(`${count(changes.changed.length, 'paragraph')} reworded: ${changes.changed.map((c) => place(c.id)).join(', ')}`);
	if (changes.removed.length) {
		lines.push(`${count(changes.removed.length, 'paragraph')} gone; ${changes.removed.length === 1 ? 'its link lands' : 'their links land'} on ${changes.removed.map((r) => `#${r.id} → ${place(r.at)}`).join(', ')}`);
	}
	const kept = paragraphIds.length - added.length - changes.changed.length;
	lines.push(`${count(kept, 'paragraph')} word for word as before`);
	return lines;
}
