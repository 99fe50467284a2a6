/**
 * The story's text, read the way the checks and the Markdown plugins need it: a list of top-level
 * paragraphs, and phrases found in them as whole words. Both the loader (which checks an explainer
 * before it is stored) and the rehype plugins (which add links) locate phrases through here, so they
 * can never disagree about which paragraph a phrase belongs to.
 */
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { findDatePhrases } from './date-phrases';
import { type CalendarDate, compareCalendarDates, formatApDate, readRelativeDate, type Tense } from './dates';
import { speaksOf } from './sentence-tense';

export interface StoryIssue {
	/** The frontmatter field or `body`, as an editor would find it: `dates[3].phrase`. */
	field: string;
	message: string;
	/** The frontmatter field as a path (`['dates', 3, 'phrase']`), for finding its line. */
	path?: PropertyKey[];
	/** For a problem in the story itself, its 1-based line in the body. */
	bodyLine?: number;
}

/** Curly quotes count as their straight twins, so "Japan's" matches the typographic "Japan’s". */
const QUOTE_VARIANTS: Record<string, string> = {
	"'": "['‘’]",
	'‘': "['‘’]",
	'’': "['‘’]",
	'"': '["“”]',
	'“': '["“”]',
	'”': '["“”]',
	'-': '[-–—]',
	'–': '[-–—]',
	'—': '[-–—]',
};

// Every explainer quotes the same kinds of phrase ("on Tuesday", names); building a pattern costs
// more than matching it, so each phrase is turned into a pattern once per build.
const compiled = new Map<string, { source: string; literal: string }>();

function compile(phrase: string): { source: string; literal: string } {
	let found = compiled.get(phrase);
	if (found === undefined) {
		const chars = [...phrase.trim()];
		const body = chars
			.map((char) => QUOTE_VARIANTS[char] ?? (/\s/.test(char) ? '\\s+' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
			.join('');
		// The longest run of the phrase that every match holds letter for letter (no space, quote or
		// dash, which the pattern lets vary): a text without it cannot match, and `includes` is cheap.
		const literal = chars
			.map((char) => (Object.hasOwn(QUOTE_VARIANTS, char) || /\s/.test(char) ? '\n' : char))
			.join('')
			.split('\n')
			.reduce((a, b) => (b.length > a.length ? b : a), '');
		found = { source: `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, literal };
		compiled.set(phrase, found);
	}
	return found;
}

/**
 * A regular expression for a phrase as whole words: "Lee" matches in "Lee's visit" but not in
 * "Leeward", and "South Korea" not in "South Korean".
 */
export function phrasePattern(phrase: string, flags = 'gu'): RegExp {
	// A new object each time: a global pattern carries its position (lastIndex) between matches.
	return new RegExp(compile(phrase).source, flags);
}

export function countOccurrences(text: string, phrase: string): number {
	if (!text.includes(compile(phrase).literal)) return 0;
	return text.match(phrasePattern(phrase))?.length ?? 0;
}

interface ParsedStory {
	markdown: string;
	tree: Root;
	paragraphs: string[];
}

// The loader asks several questions of the same story in a row; it is parsed once for all of them.
let lastParsed: ParsedStory | undefined;

function parseStory(markdown: string): ParsedStory {
	if (lastParsed?.markdown === markdown) return lastParsed;
	const tree = remark.parse(markdown) as Root;
	lastParsed = {
		markdown,
		tree,
		paragraphs: tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)),
	};
	return lastParsed;
}

export interface NamesPattern {
	/** Matches any of the names as whole words; one capturing group per name. */
	pattern: RegExp;
	/** Which name (its index in the list given) a match's capturing groups belong to. */
	nameOf: (groups: readonly (string | undefined)[]) => number;
}

/**
 * One expression for several names, the longest tried first at each position: where names overlap,
 * "South Korea" wins over "Korea", so "Korea" only counts where it stands alone.
 */
export function namesPattern(names: readonly string[]): NamesPattern {
	// Array.prototype.sort is stable: names of equal length keep their order.
	const order = names.map((_, index) => index).sort((a, b) => (names[b] as string).length - (names[a] as string).length);
	const pattern = new RegExp(order.map((index) => `(${phrasePattern(names[index] as string).source})`).join('|'), 'gu');
	return { pattern, nameOf: (groups) => order[groups.findIndex((group) => group !== undefined)] as number };
}

/** Every mention of any of the names: which name, in which 1-based paragraph, in story order. */
export function findNames(paragraphs: readonly string[], names: readonly string[]): { name: number; paragraph: number }[] {
	if (names.length === 0) return [];
	const { pattern, nameOf } = namesPattern(names);
	return paragraphs.flatMap((text, index) =>
		[...text.matchAll(pattern)].map((match) => ({ name: nameOf(match.slice(1)), paragraph: index + 1 })),
	);
}

/** The text of each top-level paragraph, in order: paragraph 1 is the one with the dateline. */
export function storyParagraphs(markdown: string): string[] {
	return parseStory(markdown).paragraphs;
}

type MdNode = { type: string; value?: string; url?: string; position?: { start: { line: number } }; children?: MdNode[] };

function visitStory(markdown: string, visit: (node: MdNode) => void): void {
	const walk = (node: MdNode) => {
		visit(node);
		for (const child of node.children ?? []) walk(child);
	};
	walk(parseStory(markdown).tree as unknown as MdNode);
}

/** Raw HTML in the story, which we refuse rather than pass to readers' browsers. */
export function rawHtmlIn(markdown: string): { line: number; value: string }[] {
	const found: { line: number; value: string }[] = [];
	visitStory(markdown, (node) => {
		if (node.type === 'html') found.push({ line: node.position?.start.line ?? 0, value: node.value ?? '' });
	});
	return found;
}

/** Link schemes a story may use; anything else (javascript:, data:, vbscript:) could run or smuggle code. */
const SAFE_LINK = /^(?:https?:|mailto:|[#/?.]|[^:]*$)/i;

/**
 * Links and images that would fail a reader: a link with a scheme that can run code, and any image
 * from another site (it would tell that site who reads the story; images are not part of a wire text).
 */
export function unsafeLinksIn(markdown: string): { line: number; message: string }[] {
	const found: { line: number; message: string }[] = [];
	visitStory(markdown, (node) => {
		const line = node.position?.start.line ?? 0;
		const url = (node.url ?? '').trim();
		if ((node.type === 'link' || node.type === 'definition') && !SAFE_LINK.test(url)) {
			found.push({ line, message: `a link to "${url.slice(0, 40)}" is not allowed (line ${line} of the body); links may go only to http(s) and mailto addresses` });
		}
		if (node.type === 'image' && (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//'))) {
			found.push({ line, message: `the image "${url.slice(0, 40)}" comes from another site (line ${line} of the body); images from other sites are not allowed` });
		}
	});
	return found;
}

/**
 * Which paragraph (1-based) a phrase belongs to. `hint` names the paragraph where the phrase occurs
 * more than once in the story.
 */
export function locatePhrase(
	paragraphs: string[],
	phrase: string,
	hint?: number,
): { paragraph: number } | { error: string } {
	if (hint !== undefined) {
		if (hint > paragraphs.length) {
			return { error: `names paragraph ${hint}, but the story has ${paragraphs.length}` };
		}
		return countOccurrences(paragraphs[hint - 1], phrase) > 0
			? { paragraph: hint }
			: { error: `"${phrase}" is not in paragraph ${hint}` };
	}
	const holders = paragraphs.flatMap((text, index) =>
		Array.from({ length: countOccurrences(text, phrase) }, () => index + 1),
	);
	if (holders.length === 0) return { error: `"${phrase}" is not in the story; quote the story's words exactly` };
	if (holders.length > 1) {
		return {
			error: `"${phrase}" occurs ${holders.length} times (paragraphs ${[...new Set(holders)].join(', ')}); quote more words, or add paragraph: with the one you mean`,
		};
	}
	return { paragraph: holders[0] };
}

interface StoryFrontmatter {
	dateline: string;
	published: CalendarDate;
	people: { names: string[] }[];
	places: { names: string[] }[];
	/** With `date` resolved, as the schema hands it on. */
	dates: { phrase: string; paragraph?: number; date: CalendarDate; tense?: Tense }[];
	offTimeline?: { phrase: string; paragraph?: number }[];
}

/** Where each match of a phrase stands in a paragraph. */
function rangesOf(text: string, phrase: string): { start: number; end: number }[] {
	return [...text.matchAll(phrasePattern(phrase))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Everything about an explainer that needs its text as well as its frontmatter. An empty list means
 * the story and its frontmatter agree.
 */
export function checkStory(data: StoryFrontmatter, markdown: string): StoryIssue[] {
	const issues: StoryIssue[] = [];
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
		const contradiction = tenseContradiction(entry, data.published, paragraphs[located.paragraph - 1] as string);
		if (contradiction) issues.push({ field: `dates[${index}].tense`, path: ['dates', index, 'phrase'], message: contradiction });
	});
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
 * Where an open date phrase ("on Friday") was read as its nearest occurrence and the sentence points
 * the other way ("will meet ... on Friday" with last Friday): why, and the `tense` that settles it.
 */
function tenseContradiction(entry: StoryFrontmatter['dates'][number], published: CalendarDate, paragraph: string): string | undefined {
	const reading = readRelativeDate(entry.phrase, published);
	if (!reading?.open || entry.tense !== undefined || entry.date === published) return undefined;
	const [range] = rangesOf(paragraph, entry.phrase);
	if (!range) return undefined;
	const readAs: Tense = compareCalendarDates(entry.date, published) < 0 ? 'past' : 'future';
	const meant: Tense = readAs === 'past' ? 'future' : 'past';
	const sentence = speaksOf(paragraph, range.start, range.end, meant);
	if (sentence === undefined) return undefined;
	const quoted = sentence.length > 90 ? `${sentence.slice(0, 87)}...` : sentence;
	return `"${entry.phrase}" is read as ${formatApDate(entry.date)}, the nearest to publication (${formatApDate(published)}), but its sentence speaks of the ${meant} ("${quoted}"); if the story means ${formatApDate(reading[meant])}, add tense: ${meant}; if it means ${formatApDate(entry.date)}, add tense: ${readAs}`;
}

export interface UncoveredDatePhrase {
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
