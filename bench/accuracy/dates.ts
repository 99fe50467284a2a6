/**
 * Dates, measured on TempEval-3 platinum (bench/corpora/te3-platinum/README.md): the draft tool's date
 * phrases and values (src/authoring/draft-dates.ts) against the gold TIMEX3 annotations, and chrono-node
 * alone, the library a user would reach for, scored the same way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { readStoryDates } from '../../src/authoring/draft-dates.ts';
import { corpusFolder } from './corpora.ts';
import { type Found, readTimeml, type Score, score, type TimemlDocument } from './timeml.ts';

/** Our value as TimeML writes it: a decade span (1990-1999) is `199`; any other entry is its date. */
function asTimeml(entry: { date?: string; end?: string; display?: string }): string | undefined {
	if (!entry.date) return undefined;
	if (entry.end && /^\d{3}0$/.test(entry.date) && Number(entry.end) === Number(entry.date) + 9) return entry.date.slice(0, 3);
	return entry.date;
}

function ours(doc: TimemlDocument): Found[] {
	return readStoryDates(doc.paragraphs, doc.published).flatMap((entry): Found[] => {
		const whole = { paragraph: entry.paragraph, ...entry.at, value: asTimeml(entry) };
		// A span ("2009-2010") is two dates; gold marks each year on its own.
		const endAt = entry.end && whole.value === entry.date ? (entry.phrase.includes(entry.end) ? entry.phrase.lastIndexOf(entry.end) : entry.phrase.lastIndexOf(entry.end.slice(2))) : -1;
		if (endAt <= 0) return [whole];
		return [
			{ ...whole, end: entry.at.start + endAt },
			{ ...whole, start: entry.at.start + endAt, value: entry.end },
		];
	});
}

/** chrono-node as a user would call it: every result, read as the day it gives, from the publication day. */
function chronoAlone(doc: TimemlDocument): Found[] {
	const [year, month, day] = doc.published.split('-').map(Number);
	const reference = new Date(Date.UTC(year, month - 1, day, 12));
	return doc.paragraphs.flatMap((text, index) =>
		chrono.en.parse(text, reference).map((result) => {
			const get = (unit: 'year' | 'month' | 'day') => String(result.start.get(unit)).padStart(unit === 'year' ? 4 : 2, '0');
			return { paragraph: index + 1, start: result.index, end: result.index + result.text.length, value: `${get('year')}-${get('month')}-${get('day')}` };
		}),
	);
}

export interface DatesResult {
	documents: number;
	ours: Score;
	chrono: Score;
}

export function runDates(): DatesResult {
	const folder = corpusFolder('te3-platinum', '.tml');
	const docs = readdirSync(folder)
		.filter((name) => name.endsWith('.tml'))
		.sort()
		.map((name) => readTimeml(readFileSync(join(folder, name), 'utf8'), name.replace(/\.tml$/, '')));
	return {
		documents: docs.length,
		ours: score(docs.map((doc) => ({ doc, found: ours(doc) }))),
		chrono: score(docs.map((doc) => ({ doc, found: chronoAlone(doc) }))),
	};
}
