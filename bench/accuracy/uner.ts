/**
 * Reads Universal NER's English PUD file (bench/corpora/uner-en-pud/README.md) for the people
 * benchmark: the news documents of the Parallel Universal Dependencies treebank (ids starting with
 * "n"; "w" are Wikipedia), each a few consecutive sentences of one news story, with their person
 * (PER) spans. A document's sentences make one paragraph; its people are its PER spans, a span that
 * is the first or last word of a longer one ("Schulman" of "Kori Schulman") taken for the same person.
 */
import type { GoldPerson } from './gum.ts';
import type { GoldDocument } from './people.ts';

export function readUnerNews(iob2: string): GoldDocument[] {
	const docs: GoldDocument[] = [];
	let doc: GoldDocument | undefined;
	let spans: string[][] = [];
	let span: string[] | undefined;
	const finish = () => {
		if (!doc) return;
		const people: GoldPerson[] = [];
		for (const name of [...new Set(spans.map((words) => words.join(' ')))].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
			const words = name.split(' ');
			const same = people.find((person) => [...person.names].some((other) => {
				const parts = other.split(' ');
				return words.length === 1 && (parts[0] === name || parts.at(-1) === name);
			}));
			if (same) same.names.add(name);
			else people.push({ entity: String(people.length + 1), names: new Set([name]) });
		}
		doc.people = people;
		if (doc.name.startsWith('n')) docs.push(doc);
	};
	for (const line of iob2.split('\n')) {
		if (line.startsWith('# newdoc id = ')) {
			finish();
			doc = { name: line.slice('# newdoc id = '.length).trim(), paragraphs: [''], people: [] };
			spans = [];
		} else if (line.startsWith('# text = ') && doc) {
			doc.paragraphs[0] = `${doc.paragraphs[0]} ${line.slice('# text = '.length)}`.trim();
		} else if (/^\d+\t/.test(line)) {
			const [, form, tag] = line.split('\t');
			if (tag === 'B-PER') spans.push((span = [form]));
			else if (tag === 'I-PER' && span) span.push(form);
			else span = undefined;
		} else span = undefined;
	}
	finish();
	return docs;
}
