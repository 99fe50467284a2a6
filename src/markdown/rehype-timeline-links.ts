/**
 * Turns each timeline phrase of the story ("on Tuesday") into a link to its timeline entry, wrapping
 * the words in `<time datetime>` so the resolved date is machine-readable. The story's words are not
 * changed: only the element around them is added. The phrases come from the explainer's frontmatter,
 * their dates resolved by the schema's own `resolveEntryDate`, and their paragraphs found by the same
 * phrase locator the loader used to check them.
 *
 * A hast plugin for Sätteri, Astro's native Markdown processor. Before the walk it reads the
 * top-level paragraphs and decides which phrase goes in which; the walk then splits the text nodes
 * that hold a phrase, first occurrence only, and never inside an existing link.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { z } from 'astro/zod';
import { resolveEntryDate } from '../schemas/explainer';
import { calendarDate } from '../schemas/fields';
import { dateEntry } from '../schemas/timeline';
import { locatePhrase, phrasePattern } from '../lib/story';
import { timelineAnchor } from '../lib/timeline';

/** Only what linking needs: the day relative phrases are read from, and the timeline entries. */
const storyDates = z.object({ published: calendarDate, dates: z.array(dateEntry) });

interface Link {
	id: string;
	phrase: string;
	date: string;
}

/** The explainer's raw frontmatter, from the data Astro's Sätteri processor hands every plugin (`ctx.data`). */
export function frontmatterOf(data: unknown): unknown {
	return (data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter;
}

const isParagraph = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'p';

/** The links each paragraph should carry, keyed by paragraph number (1-based, as `locatePhrase` counts). */
export function plannedLinks(frontmatter: unknown, paragraphTexts: string[]): Map<number, Link[]> {
	const planned = new Map<number, Link[]>();
	const parsed = storyDates.safeParse(frontmatter);
	// Invalid frontmatter is reported by the loader, with the file and field; nothing to link here.
	if (!parsed.success) return planned;
	for (const entry of parsed.data.dates) {
		const resolved = resolveEntryDate(entry, parsed.data.published);
		const located = locatePhrase(paragraphTexts, entry.phrase, entry.paragraph);
		if ('error' in resolved || 'error' in located) continue;
		const links = planned.get(located.paragraph) ?? [];
		links.push({ id: entry.id, phrase: entry.phrase, date: resolved.date });
		planned.set(located.paragraph, links);
	}
	return planned;
}

function linkFor(link: Link, words: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { href: `#${timelineAnchor(link.id)}`, id: `ref-${link.id}`, className: ['timeline-ref'] },
		children: [{ type: 'element', tagName: 'time', properties: { dateTime: link.date }, children: [{ type: 'text', value: words }] }],
	};
}

/** The text split around the first occurrence of each pending phrase, or undefined if none is in it. */
export function splitText(value: string, pending: Link[]): { parts: ElementContent[]; linked: Link[] } | undefined {
	const claimed: { start: number; end: number; link: Link }[] = [];
	for (const link of pending) {
		for (const match of value.matchAll(phrasePattern(link.phrase))) {
			const start = match.index;
			const end = start + match[0].length;
			if (claimed.some((c) => start < c.end && end > c.start)) continue;
			claimed.push({ start, end, link });
			break;
		}
	}
	if (claimed.length === 0) return undefined;
	claimed.sort((a, b) => a.start - b.start);
	const parts: ElementContent[] = [];
	let at = 0;
	for (const { start, end, link } of claimed) {
		if (start > at) parts.push({ type: 'text', value: value.slice(at, start) });
		parts.push(linkFor(link, value.slice(start, end)));
		at = end;
	}
	if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
	return { parts, linked: claimed.map((c) => c.link) };
}

export default function rehypeTimelineLinks(): HastPluginDefinition {
	/** Root index of each top-level paragraph, and the links still to place in it. */
	let pending = new Map<number, Link[]>();

	/** The root index of the top-level paragraph holding a node, unless it sits inside a link. */
	const paragraphOf = (node: Readonly<Text>, ctx: HastVisitorContext): number | undefined => {
		let child: Readonly<Root | RootContent> = node;
		for (let parent: Readonly<Root | RootContent> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
			if (parent.type === 'root') return ctx.indexOf(child);
			if (parent.type === 'element' && parent.tagName === 'a') return undefined;
			child = parent;
		}
		return undefined;
	};

	return {
		name: 'timeline-links',
		before(root, ctx) {
			const paragraphs = root.children.flatMap((node, index) => (isParagraph(node) ? [index] : []));
			const texts = paragraphs.map((index) => ctx.textContent(root.children[index]));
			const byParagraph = plannedLinks(frontmatterOf(ctx.data), texts);
			pending = new Map([...byParagraph].map(([paragraph, links]) => [paragraphs[paragraph - 1], links]));
		},
		text(node, ctx) {
			if (pending.size === 0) return;
			const index = paragraphOf(node, ctx);
			const links = index === undefined ? undefined : pending.get(index);
			if (index === undefined || !links) return;
			const split = splitText(node.value, links);
			if (!split) return;
			const left = links.filter((link) => !split.linked.includes(link));
			if (left.length > 0) pending.set(index, left);
			else pending.delete(index);
			ctx.replaceNode(node, split.parts);
		},
	};
}
