/**
 * Which way a sentence points in time around a date phrase: "will visit ... on Wednesday" speaks of
 * the future, "told reporters on Friday" of the past. Used to catch an open date phrase whose nearest
 * occurrence the sentence contradicts; the words are tagged by `compromise`, a maintained English
 * part-of-speech tagger, not by a list of verbs of our own.
 *
 * The clause holding the phrase speaks first (a sentence may say "met on Thursday, and will meet
 * again on Friday"), and in it the verb the date belongs to: the nearest before the phrase ("agreed
 * on Thursday to finish the line by March": Thursday is past, March belongs to "finish" and is not),
 * else the first after it. A clause with no verb ("Lee, in an interview Monday, said ...") takes its
 * sentence's tense, where the sentence is all one way. The present, an infinitive or a participle
 * ("meets on Thursday", "to finish by March") says nothing.
 */
import nlp from 'compromise';
import type { Tense } from './calendar';

interface TensedVerb {
	start: number;
	end: number;
	/** Undefined for the present, an infinitive or a participle: they say nothing of when. */
	tense: Tense | undefined;
	/**
	 * "would send", "was to visit", "is due": the future seen from a past or present moment. It gives
	 * its own clause no tense (the tagger calls it present), but a sentence holding one is not all past:
	 * "said Spain would send an observer ..., due in March" speaks of a March to come.
	 */
	forward: boolean;
	/** A plain present ("is", "takes effect"), which news uses for what is scheduled: "The election is on Nov. 3". */
	present: boolean;
}

const FORWARD = /^(?:would|['’]d)\b|^(?:was|were|is|are)\s+(?:to|due)\b/i;

function verbsIn(text: string): TensedVerb[] {
	type Verb = { offset: { start: number; length: number }; verb?: { grammar?: { tense?: string } } };
	return (nlp(text).verbs().json({ offset: true }) as Verb[]).map(({ offset, verb, text: words }: Verb & { text?: string }) => {
		// A participle after an infinitive "be" ("is due to be published in May", "to be sworn in") is
		// no past: the tagger calls it one when "to be" stands apart from it.
		const infinitive = /\b(?:to\s+be|be|being)\s+$/i.test(text.slice(0, offset.start)) || /^(?:be|being)\s/i.test(words ?? '');
		const tense = infinitive ? undefined : verb?.grammar?.tense;
		const forward = FORWARD.test(words ?? '');
		return {
			start: offset.start,
			end: offset.start + offset.length,
			tense: forward ? undefined : tense === 'PastTense' ? 'past' : tense === 'FutureTense' ? 'future' : undefined,
			forward,
			// Only a verb that shows its present ("is", "are", "takes"): the tagger calls many a noun or an
			// infinitive a present ("agreed to sell back its 50% stake ... in October").
			present: !infinitive && !forward && tense === 'PresentTense' && !/\bto\s+$/i.test(text.slice(0, offset.start)) && /^(?:is|are|\p{L}+[^s]s)$/iu.test(words ?? ''),
		};
	});
}

function tensesIn(text: string): Set<Tense> {
	return new Set(verbsIn(text).flatMap((verb): Tense[] => (verb.forward ? ['future'] : verb.tense ? [verb.tense] : [])));
}

const oneWay = (tenses: Set<Tense>): Tense | undefined => (tenses.size === 1 ? [...tenses][0] : undefined);

/** The sentence around `start` in a paragraph, and the clause (between commas or semicolons) around it. */
function around(paragraph: string, start: number, end: number): { sentence: string; clause: string; clauseStart: number } {
	const sentenceStart = Math.max(...[...paragraph.slice(0, start).matchAll(/[.!?]["”’]?\s+(?=["“‘]?[A-Z])/g)].map((m) => m.index + m[0].length), 0);
	const rest = /[.!?]["”’]?(?:\s+["“‘]?[A-Z]|\s*$)/.exec(paragraph.slice(end));
	const sentenceEnd = rest ? end + rest.index + 1 : paragraph.length;
	const sentence = paragraph.slice(sentenceStart, sentenceEnd);
	const clauseStart = Math.max(paragraph.lastIndexOf(',', start - 1), paragraph.lastIndexOf(';', start - 1), sentenceStart - 1) + 1;
	const clauseEndAt = paragraph.slice(end, sentenceEnd).search(/[,;]/);
	const clause = paragraph.slice(clauseStart, clauseEndAt < 0 ? sentenceEnd : end + clauseEndAt);
	return { sentence, clause, clauseStart };
}

// English marks the future with a modal; where none stands in the sentence, it cannot speak of the
// future, and the tagger (a millisecond or more a clause) need not be asked.
const FUTURE_MARKER = /\b(?:will|shall|won['’]t|going to|would|was to|were to|is to|are to)\b|['’](?:ll|d)\b/i;

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
 * Whether the verb a phrase belongs to (by the rules of `tenseAround`) is a plain present: "The
 * election is on Nov. 3", "The ban takes effect Jan. 1". News writes what is scheduled so, and a
 * date it governs is more often to come than past, whichever is nearer.
 */
export function presentAround(paragraph: string, start: number, end: number): boolean {
	const { clause, clauseStart } = around(paragraph, start, end);
	const verbs = verbsIn(clause);
	const [from, to] = [start - clauseStart, end - clauseStart];
	const governing = verbs.filter((verb) => verb.end <= from).at(-1) ?? verbs.find((verb) => verb.start >= to);
	return governing?.present ?? false;
}

/**
 * The tense the words around a phrase give it (the phrase found at `start` to `end` in `paragraph`),
 * or undefined where they give none or both.
 */
export function tenseAround(paragraph: string, start: number, end: number): { tense: Tense; sentence: string } | undefined {
	const { sentence, clause, clauseStart } = around(paragraph, start, end);
	const verbs = verbsIn(clause);
	if (verbs.length === 0) {
		const tense = oneWay(tensesIn(sentence));
		return tense && { tense, sentence: sentence.trim() };
	}
	// The verb the date belongs to: the nearest before it in its clause ("agreed on Thursday", "to
	// finish ... by March"), else the first after it ("on Wednesday will visit").
	const [from, to] = [start - clauseStart, end - clauseStart];
	const governing = verbs.filter((verb) => verb.end <= from).at(-1) ?? verbs.find((verb) => verb.start >= to);
	return governing?.tense && { tense: governing.tense, sentence: sentence.trim() };
}
