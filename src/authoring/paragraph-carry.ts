/**
 * Which paragraph of the next version is which of the last: the ids carried over, so readers' links
 * survive the update (src/lib/versions/paragraph-ids.ts).
 *
 * - A paragraph whose words come back (anywhere: a moved paragraph too) keeps its id.
 * - A paragraph whose words changed but mostly stand (a corrected figure, a sentence added) keeps its
 *   id too, and what it said before is kept for the change view (`changed`).
 * - A paragraph that is gone leaves its id on the paragraph that replaced it: the most alike of the new
 *   paragraphs written in its place, else the first of them, else the nearest survivor after it (before
 *   it, at the end of the story) (`removed`).
 * - Every other paragraph is new, with an id never used before.
 *
 * The two versions' paragraphs are lined up by `diffArrays` (the `diff` package); only within a run the
 * diff could not line up are paragraphs compared word by word.
 */
import { diffArrays } from 'diff';
import { nextParagraphId } from '../lib/versions/paragraph-ids';

/** How alike two paragraphs are for one to count as the other with changes (Dice's coefficient on their words). */
export const SAME_PARAGRAPH = 0.5;

export interface CarriedIds {
	/** The new version's paragraph ids, in its order. */
	ids: string[];
	/** Kept with their words changed: what each said before. */
	changed: { id: string; was: string }[];
	/** Gone: what each said, and the paragraph its id now lands on. */
	removed: { id: string; was: string; at: string }[];
	/** New paragraphs' ids. */
	added: string[];
}

/** A paragraph's text as compared: quotes, dashes and spaces in one form each. */
export function normalised(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

const wordsOf = (text: string) => normalised(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Dice's coefficient on the words of two texts (as multisets): 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
	const left = wordsOf(a);
	const right = wordsOf(b);
	if (left.length + right.length === 0) return 1;
	const counts = new Map<string, number>();
	for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
	let shared = 0;
	for (const word of right) {
		const n = counts.get(word) ?? 0;
		if (n > 0) {
			shared += 1;
			counts.set(word, n - 1);
		}
	}
	return (2 * shared) / (left.length + right.length);
}

/**
 * The ids of `next`'s paragraphs, carried over from `previous` (each paragraph's id and text).
 * `retired` are ids used before and gone (earlier updates' removed ids): never given again.
 */
export function carryParagraphIds(previous: readonly { id: string; text: string }[], next: readonly string[], retired: Iterable<string> = []): CarriedIds {
	const newId = nextParagraphId([...previous.map((paragraph) => paragraph.id), ...retired]);
	const ids: (string | undefined)[] = next.map(() => undefined);
	const changed: CarriedIds['changed'] = [];
	const removed: { index: number; hunk: number[] }[] = [];
	const oldKey = previous.map((paragraph) => normalised(paragraph.text));
	const newKey = next.map(normalised);

	// Runs the diff could not line up: old paragraphs out, new ones in, between two lined-up ones.
	const hunks: { gone: number[]; come: number[] }[] = [];
	let oldAt = 0;
	let newAt = 0;
	let hunk: { gone: number[]; come: number[] } | undefined;
	for (const part of diffArrays(oldKey, newKey)) {
		for (let n = 0; n < part.count; n++) {
			if (part.removed) (hunk ??= { gone: [], come: [] }).gone.push(oldAt++);
			else if (part.added) (hunk ??= { gone: [], come: [] }).come.push(newAt++);
			else {
				if (hunk) hunks.push(hunk);
				hunk = undefined;
				ids[newAt++] = previous[oldAt++].id;
			}
		}
	}
	if (hunk) hunks.push(hunk);

	// A paragraph that moved comes back word for word elsewhere: the same paragraph.
	const gone = hunks.flatMap((h) => h.gone);
	const come = new Set(hunks.flatMap((h) => h.come));
	const matched = new Set<number>();
	for (const index of gone) {
		const same = [...come].find((at) => newKey[at] === oldKey[index] && ids[at] === undefined);
		if (same !== undefined) {
			ids[same] = previous[index].id;
			matched.add(index);
		}
	}

	for (const { gone: out, come: into } of hunks) {
		const open = into.filter((at) => ids[at] === undefined);
		let after = -1;
		for (const index of out.filter((i) => !matched.has(i))) {
			// The most alike new paragraph after the last one paired, in the order of the story.
			const best = open
				.filter((at) => at > after && ids[at] === undefined)
				.map((at) => ({ at, score: similarity(previous[index].text, next[at]) }))
				.sort((a, b) => b.score - a.score)[0];
			if (best && best.score >= SAME_PARAGRAPH) {
				ids[best.at] = previous[index].id;
				changed.push({ id: previous[index].id, was: previous[index].text });
				after = best.at;
			} else {
				removed.push({ index, hunk: into });
			}
		}
	}
	const added: string[] = [];
	for (let at = 0; at < next.length; at++) {
		if (ids[at] === undefined) {
			ids[at] = newId();
			added.push(ids[at] as string);
		}
	}
	const final = ids as string[];
	const nearestSurvivor = (index: number): string => {
		// Where the old paragraph stood: the new position of the next old paragraph that survived.
		for (let later = index + 1; later < previous.length; later++) {
			const at = final.indexOf(previous[later].id);
			if (at >= 0) return final[at];
		}
		for (let earlier = index - 1; earlier >= 0; earlier--) {
			const at = final.indexOf(previous[earlier].id);
			if (at >= 0) return final[at];
		}
		return final[0];
	};
	return {
		ids: final,
		changed,
		removed: removed.map(({ index, hunk: into }) => {
			const replacing = into.filter((at) => added.includes(final[at]));
			const alike = replacing.map((at) => ({ at, score: similarity(previous[index].text, next[at]) })).sort((a, b) => b.score - a.score)[0];
			const at = alike && alike.score > 0 ? final[alike.at] : replacing.length > 0 ? final[replacing[0]] : nearestSurvivor(index);
			return { id: previous[index].id, was: previous[index].text, at };
		}),
		added,
	};
}
