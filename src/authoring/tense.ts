/**
 * Which way a sentence points in time, read from its words: "will visit ... on Wednesday" is future,
 * "said on Friday" is past. Only the clause holding the date phrase is read first, because one
 * sentence often holds both ("Lee, who visited China last week, will meet ... on Tuesday").
 */
export type SentenceTense = 'past' | 'future';

// Auxiliaries and phrases that put a clause in the future. "is expected to" and "plans to" are how
// wire copy announces what is scheduled.
const FUTURE = /\b(?:will|shall|won['’]t|is (?:set|due|scheduled|expected|going|to be held|slated) to|are (?:set|due|scheduled|expected|going|slated) to|plans? to|planned for|is to|are to|upcoming|next)\b|['’]ll\b/i;
// Past-tense markers of reported speech and finished events.
const PAST = /\b(?:said|told|was|were|had|did|ago|last|earlier|previously|visited|returned|took|met|posted|announced|killed|signed|held|began|ended|\w+ed)\b/i;

/** The sentence of `text` that holds the characters from `start` to `end`. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
	// A sentence ends at . ! or ? followed by a space and a capital or quote, not at "Aug." or "U.S.".
	const boundaries = [...text.matchAll(/(?<!\b(?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z]))[.!?]["”’]?\s+(?=["“‘A-Z])/g)].map((m) => m.index + m[0].length);
	const from = boundaries.filter((b) => b <= start).at(-1) ?? 0;
	const to = boundaries.find((b) => b >= end) ?? text.length;
	return { sentence: text.slice(from, to), offset: from };
}

/** The tense of the clause (else the sentence) around a phrase, or undefined where nothing says. */
export function tenseAround(text: string, start: number, end: number): SentenceTense | undefined {
	const { sentence, offset } = sentenceAround(text, start, end);
	const clauseBreaks = [...sentence.matchAll(/[,;:—–"“”]|\s-\s/g)].map((m) => m.index);
	const from = clauseBreaks.filter((b) => b < start - offset).at(-1) ?? -1;
	const to = clauseBreaks.find((b) => b >= end - offset) ?? sentence.length;
	const clause = sentence.slice(from + 1, to);
	// The phrase's own words ("last year") must not decide the tense of the clause around them.
	const around = (words: string) => words.replace(text.slice(start, end), ' ');
	for (const words of [around(clause), around(sentence)]) {
		if (FUTURE.test(words)) return 'future';
		if (PAST.test(words)) return 'past';
	}
	return undefined;
}
