import { describe, expect, it } from 'vitest';
import { readGum } from '../../../bench/accuracy/gum';
import { namesPerson, scorePeople, type Proposed } from '../../../bench/accuracy/people';

// A tiny GUM-style document written for this test (our own words, not corpus text): CoNLL-U with
// GUM's entity brackets in MISC. Columns: id, form, lemma, UPOS, XPOS, feats, head, deprel, deps, misc.
let id = 0;
const token = (form: string, upos: string, xpos: string, head: number, deprel: string, misc = '_') =>
	[++id, form, form.toLowerCase(), upos, xpos, '_', head, deprel, '_', misc].join('\t');
const sentence = (text: string, newParagraph: boolean, tokens: () => string[]) => {
	id = 0;
	return [...(newParagraph ? ['# newpar'] : []), `# text = ${text}`, ...tokens(), ''];
};
const DOCUMENT = [
	'# newdoc id = test_people',
	...sentence('Gov. Ana Ruiz-Vela met US President Tom Hale in Lima.', true, () => [
		// A title the treebank marks as a description (nmod:desc), and a hyphenated surname.
		token('Gov.', 'PROPN', 'NNP', 2, 'nmod:desc', 'Entity=(1-person-new-nnnnn-cf1-1,2-coref-Ana_Ruiz%2DVela'),
		token('Ana', 'PROPN', 'NNP', 6, 'nsubj'),
		token('Ruiz', 'PROPN', 'NNP', 2, 'flat', 'SpaceAfter=No'),
		token('-', 'PUNCT', 'HYPH', 5, 'punct', 'SpaceAfter=No'),
		token('Vela', 'PROPN', 'NNP', 3, 'flat', 'Entity=1)'),
		token('met', 'VERB', 'VBD', 0, 'root'),
		// A country and a title parsed flat with the name, the country a nested place.
		token('US', 'PROPN', 'NNP', 6, 'obj', 'Entity=(2-person-new-nnnnn-cf2-1,2-coref-Tom_Hale(3-place-new-nnnnn-cf3-1-coref-United_States)'),
		token('President', 'PROPN', 'NNP', 7, 'flat'),
		token('Tom', 'PROPN', 'NNP', 7, 'flat'),
		token('Hale', 'PROPN', 'NNP', 7, 'flat', 'Entity=2)'),
		token('in', 'ADP', 'IN', 12, 'case'),
		token('Lima', 'PROPN', 'NNP', 6, 'obl', 'Entity=(4-place-new-nnnnn-cf4-1-sgl)|SpaceAfter=No'),
		token('.', 'PUNCT', '.', 6, 'punct'),
	]),
	...sentence('Hale, a former pilot, said the Mora Prize would help.', false, () => [
		// A mention of entity 2 with an apposition of entity 2 nested in it: both close on "pilot".
		token('Hale', 'PROPN', 'NNP', 7, 'nsubj', 'Entity=(2-person-giv:act-nnnnn-cf1-1-coref-Tom_Hale|SpaceAfter=No'),
		token(',', 'PUNCT', ',', 5, 'punct'),
		token('a', 'DET', 'DT', 5, 'det', 'Entity=(2-person-giv:act-nnnnn-cf2-3-appos'),
		token('former', 'ADJ', 'JJ', 5, 'amod'),
		token('pilot', 'NOUN', 'NN', 1, 'appos', 'Entity=2)2)|SpaceAfter=No'),
		token(',', 'PUNCT', ',', 1, 'punct'),
		token('said', 'VERB', 'VBD', 0, 'root'),
		// A person inside a prize's name names the prize.
		token('the', 'DET', 'DT', 10, 'det', 'Entity=(5-abstract-new-nnnnn-cf3-2,3-sgl'),
		token('Mora', 'PROPN', 'NNP', 10, 'compound', 'Entity=(6-person-new-nnnnn-cf4-1-sgl)'),
		token('Prize', 'PROPN', 'NNP', 12, 'nsubj', 'Entity=5)'),
		token('would', 'AUX', 'MD', 12, 'aux'),
		token('help', 'VERB', 'VB', 7, 'ccomp', 'SpaceAfter=No'),
		token('.', 'PUNCT', '.', 7, 'punct'),
	]),
	...sentence('Team member Lin Okafor thanked a Batman and voters.', true, () => [
		// A common noun heads the mention; the name is flat to it.
		token('Team', 'NOUN', 'NN', 2, 'compound', 'Entity=(7-person-new-nnnnn-cf1-2,3,4-coref'),
		token('member', 'NOUN', 'NN', 5, 'nsubj'),
		token('Lin', 'PROPN', 'NNP', 2, 'flat'),
		token('Okafor', 'PROPN', 'NNP', 2, 'flat', 'Entity=7)'),
		token('thanked', 'VERB', 'VBD', 0, 'root'),
		// "a Batman" (someone in costume) and "voters" name no one.
		token('a', 'DET', 'DT', 7, 'det', 'Entity=(8-person-new-nnnnn-cf2-2-sgl'),
		token('Batman', 'PROPN', 'NNP', 5, 'obj', 'Entity=8)'),
		token('and', 'CCONJ', 'CC', 9, 'cc'),
		token('voters', 'NOUN', 'NNS', 7, 'conj', 'Entity=(9-person-new-nnnnn-cf3-1-sgl)|SpaceAfter=No'),
		token('.', 'PUNCT', '.', 5, 'punct'),
	]),
	// A caption naming Lin Okafor as another entity: one name, one person.
	...sentence('Lin Okafor', true, () => [
		token('Lin', 'PROPN', 'NNP', 0, 'root', 'Entity=(10-person-new-nnnnn-cf1-1,2-coref-Lin_Okafor'),
		token('Okafor', 'PROPN', 'NNP', 1, 'flat', 'Entity=10)'),
	]),
].join('\n');

describe('readGum', () => {
	const doc = readGum(DOCUMENT, 'test_people');

	it('reads paragraphs from # newpar and # text', () => {
		expect(doc.paragraphs).toEqual([
			'Gov. Ana Ruiz-Vela met US President Tom Hale in Lima. Hale, a former pilot, said the Mora Prize would help.',
			'Team member Lin Okafor thanked a Batman and voters.',
			'Lin Okafor',
		]);
	});

	it('reads nested mentions of one entity, and their identities', () => {
		const hale = doc.sentences[1].mentions.filter((mention) => mention.entity === '2');
		expect(hale.map(({ start, end }) => [start, end]).sort()).toEqual([
			[0, 5],
			[2, 5],
		]);
		expect(doc.sentences[0].mentions.find((mention) => mention.entity === '1')?.identity).toBe('Ana Ruiz-Vela');
	});

	it('names each person from the syntax: no title, no country, hyphenated names whole; groups, costumes and names inside names are no one', () => {
		expect(doc.people.map((person) => [...person.names])).toEqual([['Ana Ruiz-Vela'], ['Tom Hale', 'Hale'], ['Lin Okafor']]);
	});
});

describe('namesPerson', () => {
	it('takes the name, its surname or given name, and a fuller name only where the gold has one word and no title is added', () => {
		expect(namesPerson('Tom Hale', ['Tom Hale', 'Hale'])).toBe(true);
		expect(namesPerson('Hale', ['Tom Hale'])).toBe(true);
		expect(namesPerson('Leung', ['Leung Kwok-hung'])).toBe(true);
		expect(namesPerson('Hamdullah Mohib', ['Mohib'])).toBe(true);
		expect(namesPerson('Ambassador Mohib', ['Mohib'])).toBe(false);
		expect(namesPerson('President Tom Hale', ['Tom Hale', 'Hale'])).toBe(false);
		expect(namesPerson('Tom', ['Tim Hale'])).toBe(false);
	});
});

describe('scorePeople', () => {
	const doc = readGum(DOCUMENT, 'test_people');
	const score = (proposed: Proposed[]) => scorePeople([doc], () => proposed);
	const person = (name: string, uncertain?: string): Proposed => ({ name, names: [name], ...(uncertain ? { uncertain } : {}) });

	it('counts a person found by full name or surname, and one found only by a draft left open', () => {
		const r = score([person('Ana Ruiz-Vela'), person('Hale', 'a single word'), person('Lima', 'a single word')]);
		expect(r).toMatchObject({ gold: 3, found: 2, foundOpen: 1, proposed: 3, open: 2 });
		expect(r.right).toEqual(['test_people: Ana Ruiz-Vela', 'test_people: Hale (left open)']);
		expect(r.noise).toEqual(['test_people: Lima (left open)']);
		expect(r.missed).toEqual(['test_people: Lin Okafor']);
	});

	it('tells a misnamed person (a title or description kept) from noise, and counts title words', () => {
		const r = score([person('President Tom Hale'), person('Team Lin Okafor'), person('Mora Prize')]);
		expect(r.found).toBe(0);
		expect(r.misnamed).toEqual(['test_people: President Tom Hale', 'test_people: Team Lin Okafor']);
		expect(r.noise).toEqual(['test_people: Mora Prize']);
		expect(r.titled).toEqual(['test_people: President Tom Hale']);
	});
});
