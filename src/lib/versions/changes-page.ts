/**
 * The change page of an explainer (/explainers/<slug>/changes/): each later version of the story,
 * newest first, with its note and its paragraphs against the version before. What the page shows is
 * worked out here; the page only renders it. Runs of unchanged paragraphs are folded into one
 * `<details>` each, so the changes stand out and the words around them are a click (no script) away.
 */
import { explainerPath } from '../paths';
import { changeViewOf, type ChangeBlock } from './story-changes';
import { formatUpdateTime, isoOfUpdate } from './update-time';
import type { ExplainerData } from '../../schemas/explainer';

export type ChangeItem = (Exclude<ChangeBlock, { kind: 'same' }> & { href: string }) | { kind: 'unchanged'; paragraphs: { id: string; text: string; href: string }[] };

export interface VersionView {
	datetime: string;
	label: string;
	note: string;
	kind: ExplainerData['updates'][number]['kind'];
	/** "Paragraphs: 2 added, 1 removed, 1 changed." */
	summary: string;
	items: ChangeItem[];
}

/** "Paragraphs: 2 added, 1 removed, 1 changed." */
function summaryOf(blocks: ChangeBlock[]): string {
	const kinds = ['added', 'removed', 'changed', 'moved'] as const;
	const parts = kinds.map((kind) => [kind, blocks.filter((block) => block.kind === kind).length] as const).filter(([, n]) => n > 0);
	return parts.length === 0 ? 'No paragraph changed.' : `Paragraphs: ${parts.map(([kind, n]) => `${n} ${kind}`).join(', ')}.`;
}

/** The change page's props for an explainer, or undefined when no update changed its words. */
export function changesPage(entry: { id: string; data: ExplainerData }): { title: string; storyHref: string; versions: VersionView[] } | undefined {
	const view = changeViewOf(entry.data);
	if (view.length === 0) return undefined;
	const storyHref = explainerPath(entry.id);
	const versions = view.map(({ update: index, blocks }): VersionView => {
		const update = entry.data.updates[index];
		const items: ChangeItem[] = [];
		for (const block of blocks) {
			const href = `${storyHref}#${block.id}`;
			if (block.kind !== 'same') {
				items.push({ ...block, href });
				continue;
			}
			const last = items.at(-1);
			const paragraph = { id: block.id, text: block.text, href };
			if (last?.kind === 'unchanged') last.paragraphs.push(paragraph);
			else items.push({ kind: 'unchanged', paragraphs: [paragraph] });
		}
		return { datetime: isoOfUpdate(update.date), label: formatUpdateTime(update.date, update.zone), note: update.note, kind: update.kind, summary: summaryOf(blocks), items };
	});
	return { title: entry.data.title, storyHref, versions };
}
