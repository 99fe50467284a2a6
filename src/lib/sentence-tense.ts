/**
 * Which way a sentence points in time around a date phrase: "will visit ... on Wednesday" speaks of
 * the future, "told reporters on Friday" of the past. Used to catch an open date phrase whose nearest
 * occurrence the sentence contradicts; the words are tagged by `compromise`, a maintained English
 * part-of-speech tagger, not by a list of verbs of our own.
 *
 * The clause holding the phrase speaks first (a sentence may say "met on Thursday, and will meet
 * again on Friday"); a clause with no tensed verb ("Lee, in an interview Monday, said ...") takes its
 * sentence's, where the sentence is all one way. Present tense ("meets on Thursday") says nothing.
 */
import nlp from 'compromise';
import type { Tense } from './dates';

function tensesIn(text: string): Set<Tense> {
	const tenses = new Set<Tense>();
	for (const verb of nlp(text).verbs().json() as { verb?: { grammar?: { tense?: string } } }[]) {
		const tense = verb.verb?.grammar?.tense;
		if (tense === 'PastTense') tenses.add('past');
		if (tense === 'FutureTense') tenses.add('future');
	}
	return tenses;
}

const oneWay = (tenses: Set<Tense>): Tense | undefined => (tenses.size === 1 ? [...tenses][0] : undefined);

/** The sentence around `start` in a paragraph, and the clause (between commas or semicolons) around it. */
function around(paragraph: string, start: number, end: number): { sentence: string; clause: string } {
	const sentenceStart = Math.max(...[...paragraph.slice(0, start).matchAll(/[.!?]["”’]?\s+(?=["“‘]?[A-Z])/g)].map((m) => m.index + m[0].length), 0);
	const rest = /[.!?]["”’]?(?:\s+["“‘]?[A-Z]|\s*$)/.exec(paragraph.slice(end));
	const sentenceEnd = rest ? end + rest.index + 1 : paragraph.length;
	const sentence = paragraph.slice(sentenceStart, sentenceEnd);
	const clauseStart = Math.max(paragraph.lastIndexOf(',', start - 1), paragraph.lastIndexOf(';', start - 1), sentenceStart - 1) + 1;
	const clauseEndAt = paragraph.slice(end, sentenceEnd).search(/[,;]/);
	const clause = paragraph.slice(clauseStart, clauseEndAt < 0 ? sentenceEnd : end + clauseEndAt);
	return { sentence, clause };
}

// English marks the future with a modal; where none stands in the sentence, it cannot speak of the
// future, and the tagger (a millisecond or more a clause) need not be asked.
const FUTURE_MARKER = /\b(?:will|shall|won['’]t|going to)\b|['’]ll\b/i;

/**
 * The sentence around a phrase (found at `start` to `end` in `paragraph`) when its words speak of
 * `tense` (by the rules of `tenseAround`), or undefined. Cheaper than `tenseAround` for the future.
 */
export function speaksOf(paragraph: string, start: number, end: number, tense: Tense): string | undefined {
	if (tense === 'future' && !FUTURE_MARKER.test(around(paragraph, start, end).sentence)) return undefined;
	const said = tenseAround(paragraph, start, end);
	return said?.tense === tense ? said.sentence : undefined;
}

/**
 * The tense the words around a phrase give it (the phrase found at `start` to `end` in `paragraph`),
 * or undefined where they give none or both.
 */
export function tenseAround(paragraph: string, start: number, end: number): { tense: Tense; sentence: string } | undefined {
	const { sentence, clause } = around(paragraph, start, end);
	const inClause = tensesIn(clause);
	const tense = inClause.size > 0 ? oneWay(inClause) : oneWay(tensesIn(sentence));
	return tense && { tense, sentence: sentence.trim() };
}
