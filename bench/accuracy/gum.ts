/**
 * Reads a GUM document (CoNLL-U, https://universaldependencies.org/format.html, with GUM's entity
 * annotation in the MISC column) into what the people benchmark needs: the story's paragraphs as a
 * wire story would give them, and each gold person with the names the story gives them.
 *
 * GUM writes an entity mention as brackets over tokens in MISC: `Entity=(24-person-new-...-Hamdullah_Mohib`
 * opens mention of entity 24 (a person) on a token, `Entity=24)` closes it; `(5-time-...)` is a
 * one-token mention. Mentions of one entity may nest (an apposition inside its mention), so each
 * entity has a stack of open mentions. A mention's name is read from the syntax (columns 7 and 8),
 * not from its last words: its head (the token whose head lies outside the mention), the proper nouns
 * joined to it as one name (`flat`, a proper-noun `compound`, the hyphen inside "Yeung-tat"), and
 * without the title the treebank marks as a description (`nmod:desc`: "Ambassador" in "Ambassador
 * Mohib") or that a title list knows. Where the head is a common noun or a title ("CEO of the Refugee
 * Council Enver Solomon", "Undersecretary for Education Mr. Toccafondi"), the name is the proper noun
 * in apposition or `flat` to it.
 */

export interface GumToken {
	form: string;
	upos: string;
	xpos: string;
	/** 1-based index in the sentence of the token it depends on; 0 for the root. */
	head: number;
	deprel: string;
	spaceAfter: boolean;
}

export interface GumMention {
	entity: string;
	type: string;
	/** GUM's identity: the Wikipedia title of a named entity ("Hamdullah_Mohib"), when it gives one. */
	identity?: string;
	/** 0-based token offsets in the sentence, end exclusive. */
	start: number;
	end: number;
}

export interface GumSentence {
	/** 0-based paragraph of the document. */
	paragraph: number;
	tokens: GumToken[];
	mentions: GumMention[];
}

export interface GoldPerson {
	/** GUM's entity number in the document. */
	entity: string;
	/** The names the story gives this person (each mention's name). */
	names: Set<string>;
}

export interface GumDocument {
	name: string;
	paragraphs: string[];
	sentences: GumSentence[];
	/** The people the story names (some mention of theirs is a proper name). */
	people: GoldPerson[];
}

/**
 * Title words: never part of a person's name, in the gold or in what the draft proposes. English
 * titles and honorifics, abbreviated or not.
 */
export const TITLE_WORD =
	/^(?:President|Vice|Prime|Minister|Premier|Chancellor|Gov\.?|Governor|Sen\.?|Senator|Rep\.?|Representative|Congressm[ae]n|Congresswom[ae]n|Mayor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Doctor|Professor|Prof\.?|Emeritus|Ambassador|General|Gen\.?|Col\.?|Lt\.?|Sgt\.?|Capt\.?|Captain|Admiral|Adm\.?|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Rabbi|Imam|Sheikh|Lord|Lady|Sir|Dame|Former|former|Chairman|Chairwoman|Chair|Secretary|Undersecretary|Director|Commissioner|Judge|Justice|Officer|Detective|Sergeant|Inspector|Chief|CEO|Administrator|Sheriff|MP|Spokesman|Spokeswoman|Coach|Councillor|Councilman|Councilwoman|Speaker|Senior|Deputy|Marxist)$/;

const TOKEN_LINE = /^\d+\t/;

function decodedIdentity(identity: string): string {
	try {
		return decodeURIComponent(identity).replaceAll('_', ' ');
	} catch {
		return identity.replaceAll('_', ' ');
	}
}

/** The mentions a MISC column opens and closes: `(24-person-...` opens, `24)` closes, `(5-time-...)` both. */
function entityBrackets(misc: string): { opens: { entity: string; type: string; identity?: string; closed: boolean }[]; closes: string[] } {
	const value = /(?:^|\|)Entity=([^|]+)/.exec(misc)?.[1] ?? '';
	const opens: { entity: string; type: string; identity?: string; closed: boolean }[] = [];
	const closes: string[] = [];
	// GRP-etype-infstat-salience-centering-minspan-link-identity (global.Entity); a hyphen inside the identity is %2D.
	for (const match of value.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
		if (match[1]) {
			const [entity, type, , , , , , identity] = match[1].split('-');
			opens.push({ entity, type, identity: identity ? decodedIdentity(identity) : undefined, closed: Boolean(match[2]) });
		} else closes.push(match[3]);
	}
	return { opens, closes };
}

/** Reads a GUM .conllu document: paragraphs from `# text` and `# newpar`, tokens, and entity mentions. */
export function readGum(conllu: string, name: string): GumDocument {
	const paragraphs: string[] = [];
	const sentences: GumSentence[] = [];
	let newParagraph = true;
	let sentence: GumSentence | undefined;
	const open = new Map<string, { type: string; identity?: string; start: number }[]>();
	for (const line of conllu.split('\n')) {
		if (line.startsWith('# newpar')) newParagraph = true;
		else if (line.startsWith('# text = ')) {
			const text = line.slice('# text = '.length);
			if (newParagraph || paragraphs.length === 0) paragraphs.push(text);
			else paragraphs[paragraphs.length - 1] += ` ${text}`;
			newParagraph = false;
			sentence = { paragraph: paragraphs.length - 1, tokens: [], mentions: [] };
			sentences.push(sentence);
			open.clear();
		} else if (TOKEN_LINE.test(line) && sentence) {
			const cols = line.split('\t');
			const index = sentence.tokens.length;
			sentence.tokens.push({ form: cols[1], upos: cols[3], xpos: cols[4], head: Number(cols[6]), deprel: cols[7], spaceAfter: !/SpaceAfter=No/.test(cols[9]) });
			const { opens, closes } = entityBrackets(cols[9]);
			for (const mention of opens) {
				const { entity, type, identity } = mention;
				if (mention.closed) sentence.mentions.push({ entity, type, identity, start: index, end: index + 1 });
				else open.set(entity, [...(open.get(entity) ?? []), { type, identity, start: index }]);
			}
			for (const entity of closes) {
				const started = open.get(entity)?.pop();
				if (started) sentence.mentions.push({ entity, type: started.type, identity: started.identity, start: started.start, end: index + 1 });
			}
		}
	}
	return { name, paragraphs, sentences, people: goldPeople(sentences) };
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const isProperNoun = (token: GumToken): boolean => token.upos === 'PROPN' || token.xpos === 'NNP';
const NAME_PARTS = new Set(['flat', 'flat:name', 'compound']);

/** The text of some tokens, spaced as the story spaces them. */
function spelled(tokens: GumToken[]): string {
	return tokens.map((token, i) => token.form + (token.spaceAfter && i < tokens.length - 1 ? ' ' : '')).join('');
}

/**
 * The name a mention gives, or undefined when it names no one ("the president", "a Scientology
 * defector", "Muslims"): see the module's comment.
 */
export function mentionName(sentence: GumSentence, mention: GumMention): string | undefined {
	const { tokens } = sentence;
	const inside = (i: number) => i >= mention.start && i < mention.end;
	// Tokens inside a mention of something else nested in this one ("US" in "US President Barack Obama").
	const other = new Set<number>();
	for (const nested of sentence.mentions) {
		if (nested === mention || nested.type === 'person' || nested.start < mention.start || nested.end > mention.end) continue;
		if (nested.start === mention.start && nested.end === mention.end) continue;
		for (let i = nested.start; i < nested.end; i++) other.add(i);
	}
	const heads = [];
	for (let i = mention.start; i < mention.end; i++) if (!inside(tokens[i].head - 1)) heads.push(i);
	const dependents = (of: number, relations: (deprel: string) => boolean) =>
		tokens.flatMap((token, i) => (token.head - 1 === of && inside(i) && relations(token.deprel) ? [i] : []));
	const nameWord = (i: number) => isProperNoun(tokens[i]) && !other.has(i) && tokens[i].xpos !== 'NNPS';
	// The proper nouns joined to the seeds as one name, as the contiguous run around the first seed.
	const nameAround = (seeds: number[]): string | undefined => {
		const parts = new Set(seeds.filter(nameWord));
		if (parts.size === 0) return undefined;
		const [seed] = parts;
		for (const part of parts) {
			for (const i of dependents(part, (deprel) => NAME_PARTS.has(deprel) || deprel === 'nmod:desc' || deprel === 'amod' || deprel === 'punct')) {
				// A description is no part of the name ("Scientologist Tom Cruise"), unless it is a given name
				// the treebank parsed as one ("Dean Kamen", Wikipedia's Dean_Kamen).
				if (tokens[i].deprel === 'nmod:desc' && !mention.identity?.split(' ').includes(tokens[i].form)) continue;
				// The hyphen inside a name ("Yeung-tat"), not one between words.
				const hyphen = tokens[i].xpos === 'HYPH' && tokens[i - 1]?.spaceAfter === false && !tokens[i].spaceAfter;
				if (nameWord(i) || hyphen) parts.add(i);
			}
		}
		let first = seed;
		while (parts.has(first - 1)) first--;
		let last = seed;
		while (parts.has(last + 1)) last++;
		// Titles lead ("President Donald Trump", "Home Secretary Suella Braverman", "Major general Fuad Basya").
		for (let i = last - 1; i >= first; i--) {
			if (TITLE_WORD.test(tokens[i].form) || TITLE_WORD.test(capitalised(tokens[i].form))) {
				first = i + 1;
				break;
			}
		}
		while (first < last && tokens[first].xpos === 'HYPH') first++;
		while (last > first && tokens[last].xpos === 'HYPH') last--;
		const name = tokens.slice(first, last + 1);
		return name.some((token) => TITLE_WORD.test(token.form)) && name.length === 1 ? undefined : spelled(name);
	};
	for (const head of heads) {
		const token = tokens[head];
		// A person's name inside a longer name ("Refugee" of "Refugee Council", "Doctor Who" of the
		// "Doctor Who Society") names the longer thing, not the person.
		if (token.deprel === 'compound' && tokens[token.head - 1] && isProperNoun(tokens[token.head - 1])) continue;
		// "a Rohingya", "a Batman" (someone dressed as him): an indefinite article names no one.
		if (dependents(head, (deprel) => deprel === 'det').some((i) => /^an?$/i.test(tokens[i].form))) continue;
		const name =
			nameWord(head) && !TITLE_WORD.test(token.form)
				? nameAround([head])
				: // "CEO of the Refugee Council Enver Solomon", "team member Rodaba Noori": the name is joined to the noun.
					nameAround(dependents(head, (deprel) => deprel === 'appos' || deprel.startsWith('flat')));
		if (name) return name;
	}
	return undefined;
}

/** The people the document names (some mention of theirs is a name), with the names it gives them; one per name. */
function goldPeople(sentences: GumSentence[]): GoldPerson[] {
	const people = new Map<string, GoldPerson>();
	for (const sentence of sentences) {
		for (const mention of sentence.mentions) {
			if (mention.type !== 'person') continue;
			const person = people.get(mention.entity) ?? { entity: mention.entity, names: new Set<string>() };
			people.set(mention.entity, person);
			const name = mentionName(sentence, mention);
			if (name) person.names.add(name);
		}
	}
	// One name, one person: a list's mention ("councillors Alvin Yeung from the Civic Party, ...") takes
	// its first name from the person it lists, and a story's two people of one name cannot be told apart.
	const merged: GoldPerson[] = [];
	for (const person of people.values()) {
		if (person.names.size === 0) continue;
		const same = merged.find((other) => [...person.names].some((name) => other.names.has(name)));
		if (same) for (const name of person.names) same.names.add(name);
		else merged.push(person);
	}
	return merged;
}
