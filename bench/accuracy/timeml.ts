/**
 * Reading TimeML (the TempEval-3 corpora's format) and scoring date values against it: pure functions,
 * tested in tests/unit/bench/timeml.test.ts on a small document written for the test.
 */

export interface GoldTimex {
	/** The words, as they stand in the paragraph. */
	text: string;
	type: string;
	value: string;
	/** 1-based paragraph of the document's text, and where the words start and end in it. */
	paragraph: number;
	start: number;
	end: number;
}

export interface TimemlDocument {
	id: string;
	/** The document's creation time (its DCT), as a calendar day: what the draft calls `published`. */
	published: string;
	paragraphs: string[];
	timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/** A TimeML document: its text as paragraphs (blank lines apart), and its TIMEX3 annotations placed in them. */
export function readTimeml(xml: string, id = ''): TimemlDocument {
	const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
	if (!dct) throw new Error(`${id}: no DCT (document creation time) with a day value`);
	const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
	if (body === undefined) throw new Error(`${id}: no <TEXT> element`);
	// Strip the tags, keeping where each TIMEX3 starts and ends in the plain text.
	let plain = '';
	const open: { type: string; value: string; start: number }[] = [];
	const spans: { type: string; value: string; start: number; end: number }[] = [];
	let last = 0;
	for (const tag of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*?)\/?>/g)) {
		plain += decode(body.slice(last, tag.index));
		last = tag.index + tag[0].length;
		if (tag[2] !== 'TIMEX3') continue;
		if (tag[1] === '/') {
			const started = open.pop();
			if (started) spans.push({ ...started, end: plain.length });
		} else {
			const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag[3])?.[1] ?? '';
			open.push({ type: attribute('type'), value: attribute('value'), start: plain.length });
		}
	}
	plain += decode(body.slice(last));
	// Paragraphs are separated by blank lines; each keeps where it starts in the plain text.
	const paragraphs: { text: string; from: number }[] = [];
	for (const piece of plain.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
		const text = piece[0].trim();
		if (text) paragraphs.push({ text: text.replace(/\s*\n\s*/g, ' '), from: piece.index + piece[0].indexOf(text) });
	}
	const timexes = spans.flatMap((span): GoldTimex[] => {
		const index = paragraphs.findLastIndex((paragraph) => paragraph.from <= span.start);
		if (index < 0) return [];
		const { from } = paragraphs[index];
		const text = plain.slice(span.start, span.end).replace(/\s*\n\s*/g, ' ');
		// Line breaks inside a paragraph became single spaces, which can only shorten it before the span.
		const start = paragraphs[index].text.indexOf(text, Math.max(0, span.start - from - 40));
		return start < 0 ? [] : [{ text, type: span.type, value: span.value, paragraph: index + 1, start, end: start + text.length }];
	});
	return { id, published: dct, paragraphs: paragraphs.map((paragraph) => paragraph.text), timexes };
}

/**
 * The DATE timexes scored: those whose value is a calendar point or period (a year, a month, a day,
 * a season such as 2013-FA, or a decade such as 199), not a week, a time of day, a duration, a set,
 * or a reference such as PRESENT_REF.
 */
export function isCalendarTimex(timex: Pick<GoldTimex, 'type' | 'value'>): boolean {
	return timex.type === 'DATE' && /^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?|\d{3})$/.test(timex.value);
}

export type Verdict = 'right' | 'coarser' | 'open' | 'wrong';

/**
 * A value against gold, at gold's precision: `right` where they agree (ours may be finer: a day where
 * gold gives the month), `coarser` where ours is right as far as it goes (a year where gold gives the
 * month), `open` where we left it for the editor, `wrong` otherwise (a finished wrong value: silently wrong).
 */
export function judge(ours: string | undefined, gold: string): Verdict {
	if (ours === undefined) return 'open';
	if (/^\d{3}$/.test(gold)) return ours.slice(0, 3) === gold ? 'right' : 'wrong';
	if (/^\d{3}$/.test(ours)) return gold.startsWith(ours) ? 'coarser' : 'wrong';
	if (/-(?:SP|SU|FA|WI)$/.test(gold)) return ours === gold ? 'right' : /^\d{4}$/.test(ours) && gold.startsWith(ours) ? 'coarser' : 'wrong';
	if (/-(?:SP|SU|FA|WI)$/.test(ours)) return gold.length === 4 ? (ours.startsWith(gold) ? 'right' : 'wrong') : gold.startsWith(ours.slice(0, 4)) ? 'coarser' : 'wrong';
	if (ours.length >= gold.length) return ours.slice(0, gold.length) === gold ? 'right' : 'wrong';
	return gold.startsWith(ours) ? 'coarser' : 'wrong';
}

export interface Found {
	paragraph: number;
	start: number;
	end: number;
	/** The value as TimeML writes it (`2013-03`, `2013-FA`, `199` for the 1990s), or undefined when left open. */
	value: string | undefined;
}

export interface Score {
	gold: number;
	found: number;
	right: number;
	coarser: number;
	open: number;
	wrong: number;
	errors: { doc: string; text: string; gold: string; ours: string | undefined; verdict: Verdict | 'missed' }[];
}

/** Recall (gold timexes a found phrase overlaps), and the verdict on each found one's value. */
export function score(documents: { doc: TimemlDocument; found: Found[] }[]): Score {
	const result: Score = { gold: 0, found: 0, right: 0, coarser: 0, open: 0, wrong: 0, errors: [] };
	for (const { doc, found } of documents) {
		for (const timex of doc.timexes.filter(isCalendarTimex)) {
			result.gold++;
			const match = found.find((phrase) => phrase.paragraph === timex.paragraph && phrase.start < timex.end && timex.start < phrase.end);
			if (!match) {
				result.errors.push({ doc: doc.id, text: timex.text, gold: timex.value, ours: undefined, verdict: 'missed' });
				continue;
			}
			result.found++;
			const verdict = judge(match.value, timex.value);
			result[verdict]++;
			if (verdict !== 'right') result.errors.push({ doc: doc.id, text: timex.text, gold: timex.value, ours: match.value, verdict });
		}
	}
	return result;
}
