/**
 * Phrases found in a story's text as whole words, the way the checks and the Markdown plugins both
 * find them: a date's phrase, a person's names. Quotes and dashes count as their typographic twins.
 */
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
const compiled = new Map<string, { source: string; body: string; literal: string }>();

/** Letters and digits: a phrase matches only where neither stands right before or after it. */
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function compile(phrase: string): { source: string; body: string; literal: string } {
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
		found = { source: `${BEFORE}${body}${AFTER}`, body, literal };
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

interface NamesPattern {
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
	// The word boundaries stand once around all the names, not around each: the same matches (a name
	// failing the boundary after it gives way to the next, as before), and a tenth of a second less to
	// compile, each time a story is checked.
	const pattern = new RegExp(`${BEFORE}(?:${order.map((index) => `(${compile(names[index] as string).body})`).join('|')})${AFTER}`, 'gu');
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
