/**
 * The people benchmark held out: Universal NER's English PUD news sentences (bench/corpora/uner-en-pud/),
 * other sources and years than GUM, scored as GUM is (./people.ts), none of it used to write the rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeMachine } from '../machine.ts';
import { corpusFolder } from './corpora.ts';
import { resultReport, scorePeople } from './people.ts';
import { readUnerNews } from './uner.ts';

export function peoplePudReport(): string {
	const docs = readUnerNews(readFileSync(join(corpusFolder('uner-en-pud', '.iob2'), 'en_pud-ud-test.iob2'), 'utf8'));
	const r = scorePeople(docs);
	return resultReport(r, `Measured ${describeMachine()}. Universal NER, English PUD, ${r.documents} news documents (a few sentences of a story each), ${r.gold} people.`);
}
