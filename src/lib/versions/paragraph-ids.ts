/**
 * Paragraph ids that outlive the story's next version. A first version's paragraphs are `p-1` to
 * `p-N` by position, and nothing is written down. Once a later version has come (`npm run update`),
 * the frontmatter lists each paragraph's id in story order (`paragraphIds`): a paragraph that survived
 * keeps its id wherever it now stands, a new one gets an id never used before, and each update's
 * `changes.removed` says where the id of a paragraph that is gone now lands (`at`: the paragraph that
 * replaced it, or the nearest survivor). So a link shared before the update still reaches the words
 * it pointed at, or what stands in their place; an id is never given to other words.
 */
import { paragraphAnchor } from '../paths';

/** A paragraph's id: `p-` and a number. */
export const PARAGRAPH_ID = /^p-[1-9]\d*$/;

interface WithParagraphIds {
	paragraphIds?: readonly string[];
}

/** The id of each paragraph in story order: the frontmatter's list, or `p-1` to `p-N`. */
export function paragraphIdsOf(data: WithParagraphIds, count: number): string[] {
	return data.paragraphIds ? [...data.paragraphIds] : Array.from({ length: count }, (_, index) => paragraphAnchor(index + 1));
}

/** The element id of the 1-based paragraph `paragraph`. */
export function paragraphIdOf(data: WithParagraphIds, paragraph: number): string {
	return data.paragraphIds?.[paragraph - 1] ?? paragraphAnchor(paragraph);
}

interface Removed {
	id: string;
	at: string;
}

interface WithRemovals {
	updates?: readonly { changes?: { removed?: readonly Removed[] } }[];
}

/**
 * Where the id of every paragraph removed by an update lands now: old id to the id of a paragraph of
 * the story. An `at` that a later update removed in turn is followed to where that one lands. Ids
 * whose trail ends nowhere are reported in `lost` (the story checks name them).
 */
export function movedAnchors(data: WithRemovals, currentIds: readonly string[]): { moved: Map<string, string>; lost: { id: string; at: string }[] } {
	const current = new Set(currentIds);
	const next = new Map<string, string>();
	for (const update of data.updates ?? []) for (const removed of update.changes?.removed ?? []) next.set(removed.id, removed.at);
	const moved = new Map<string, string>();
	const lost: { id: string; at: string }[] = [];
	for (const [id, at] of next) {
		let target = at;
		const seen = new Set([id]);
		while (!current.has(target) && next.has(target) && !seen.has(target)) {
			seen.add(target);
			target = next.get(target) as string;
		}
		if (current.has(target)) moved.set(id, target);
		else lost.push({ id, at });
	}
	return { moved, lost };
}

/** The next id never used: one past the highest of the story's ids and every removed one. */
export function nextParagraphId(used: Iterable<string>): (() => string) {
	let highest = 0;
	for (const id of used) highest = Math.max(highest, Number(/^p-(\d+)$/.exec(id)?.[1] ?? 0));
	return () => paragraphAnchor(++highest);
}
