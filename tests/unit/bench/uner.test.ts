import { describe, expect, it } from 'vitest';
import { readUnerNews } from '../../../bench/accuracy/uner';

// A tiny Universal NER file in IOB2 written for this test (our own words): one news document, one
// Wikipedia document (left out).
const row = (id: number, form: string, tag: string) => `${id}\t${form}\t${tag}\t-\t-`;
const FILE = [
	'# newdoc id = n09001',
	'# sent_id = n09001-0001',
	'# text = Mayor Lena Osei met Park Ji-ho in Accra.',
	row(1, 'Mayor', 'O'),
	row(2, 'Lena', 'B-PER'),
	row(3, 'Osei', 'I-PER'),
	row(4, 'met', 'O'),
	row(5, 'Park', 'B-PER'),
	row(6, 'Ji-ho', 'I-PER'),
	row(7, 'in', 'O'),
	row(8, 'Accra', 'B-LOC'),
	row(9, '.', 'O'),
	'',
	'# sent_id = n09001-0002',
	'# text = Osei said the talks went well.',
	row(1, 'Osei', 'B-PER'),
	row(2, 'said', 'O'),
	row(3, 'the', 'O'),
	row(4, 'talks', 'O'),
	row(5, 'went', 'O'),
	row(6, 'well', 'O'),
	row(7, '.', 'O'),
	'',
	'# newdoc id = w09001',
	'# sent_id = w09001-0001',
	'# text = Ada Lovelace wrote notes.',
	row(1, 'Ada', 'B-PER'),
	row(2, 'Lovelace', 'I-PER'),
	row(3, 'wrote', 'O'),
	row(4, 'notes', 'O'),
	row(5, '.', 'O'),
	'',
].join('\n');

describe('readUnerNews', () => {
	it('reads the news documents as one paragraph each, their PER spans as people, a surname with its full name', () => {
		const docs = readUnerNews(FILE);
		expect(docs.map((doc) => doc.name)).toEqual(['n09001']);
		expect(docs[0].paragraphs).toEqual(['Mayor Lena Osei met Park Ji-ho in Accra. Osei said the talks went well.']);
		expect(docs[0].people.map((person) => [...person.names])).toEqual([['Lena Osei', 'Osei'], ['Park Ji-ho']]);
	});
});
