/**
 * How a draft from `npm run new` compares with what an editor published: recall of dates (same
 * words, same resolved date), people and places (cities and sites with coordinates within 25 km),
 * and noise (proposed entries that match nothing, which the editor must delete).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { distanceKm } from '../../src/authoring/gazetteer';
import { nameKey } from '../../src/lib/entities/country-names';
import { normaliseDateInput, type Tense } from '../../src/lib/dates/calendar';
import { resolvedDate } from './dates';
import { extractFrontmatter } from '../../src/lib/content/frontmatter';
import { locatePhrase } from '../../src/lib/story/phrases';
import { storyParagraphs } from '../../src/lib/story/text';

type Data = Record<string, unknown>;
interface Entity {
	id?: string;
	names: string[];
	kind?: string;
	coordinates?: [number, number];
}
interface DateEntry {
	phrase: string;
	paragraph?: number;
	date: string;
}
export interface Reference {
	published: string;
	people: Entity[];
	places: Entity[];
	dates: DateEntry[];
}

const yamlOf = (text: string) => load(text, { schema: CORE_SCHEMA }) as Data;
const listOf = (value: unknown) => (Array.isArray(value) ? (value as Data[]) : []);
const numbers = (value: unknown) => (Array.isArray(value) && value.every((n) => typeof n === 'number') ? (value as [number, number]) : undefined);

/** An explainer file with the entity files of its content root (facts may sit in either). */
export function readExplainer(file: string, contentRoot: string): Reference & { paragraphs: string[] } {
	const contents = readFileSync(file, 'utf8');
	const data = yamlOf(extractFrontmatter(contents)?.text ?? '');
	const published = String(data.published);
	const entity = (list: 'people' | 'places') => (item: Data): Entity => {
		const path = join(contentRoot, list, `${String(item.id)}.yaml`);
		const facts = existsSync(path) ? yamlOf(readFileSync(path, 'utf8')) : {};
		const merged = { ...facts, ...item };
		return { id: String(item.id), names: listOf(merged.names).map(String), kind: typeof merged.kind === 'string' ? merged.kind : undefined, coordinates: numbers(merged.coordinates) };
	};
	const body = contents.slice(contents.indexOf('\n---', 4) + 4);
	const paragraphs = storyParagraphs(body);
	return {
		published,
		paragraphs,
		people: listOf(data.people).map(entity('people')),
		places: listOf(data.places).map(entity('places')),
		dates: listOf(data.dates).map((entry) => {
			// YAML reads `date: 1910` as a number: the site's own reading turns it back into a date.
			const date = normaliseDateInput(entry.date);
			return {
				phrase: String(entry.phrase),
				paragraph: typeof entry.paragraph === 'number' ? entry.paragraph : undefined,
				date: typeof date === 'string' && !date.startsWith('TODO') ? date : (resolvedDate(String(entry.phrase), published, entry.tense as Tense | undefined) ?? ''),
			};
		}),
	};
}

/** A reference written as plain YAML (tests/fixtures/authoring/*.expected.yaml). */
export function readReference(file: string): Reference {
	const data = yamlOf(readFileSync(file, 'utf8'));
	const entity = (item: Data): Entity => ({ names: listOf(item.names).map(String), kind: item.kind as string | undefined, coordinates: numbers(item.coordinates) });
	return {
		published: String(data.published),
		people: listOf(data.people).map(entity),
		places: listOf(data.places).map(entity),
		// `date: open`: the words give no date (a week is no day), and the draft is right to leave it open.
		dates: listOf(data.dates).map((entry) => ({
			phrase: String(entry.phrase),
			paragraph: entry.paragraph as number | undefined,
			date: entry.date === 'open' ? '' : String(normaliseDateInput(entry.date)),
		})),
	};
}

export interface Measure {
	found: number;
	of: number;
	missed: string[];
}
export interface Comparison {
	dates: Measure;
	people: Measure;
	places: Measure;
	/** Proposed entries matching nothing in the reference. */
	noise: { extra: number; of: number; entries: string[] };
}

const sameName = (a: Entity, b: Entity) => a.names.some((name) => b.names.some((other) => nameKey(other) === nameKey(name)));

/** Where a phrase sits: its paragraph and its character range there. */
function place(paragraphs: string[], entry: DateEntry): { paragraph: number; start: number; end: number } | undefined {
	const located = locatePhrase(paragraphs, entry.phrase, entry.paragraph);
	if (!('paragraph' in located)) return undefined;
	const text = paragraphs[located.paragraph - 1];
	const start = text.replace(/[‘’]/g, "'").indexOf(entry.phrase.replace(/[‘’]/g, "'"));
	return start < 0 ? undefined : { paragraph: located.paragraph, start, end: start + entry.phrase.length };
}

export function compareDraft(draft: Reference, reference: Reference, paragraphs: string[]): Comparison {
	const usedDates = new Set<DateEntry>();
	const dateMissed: string[] = [];
	for (const expected of reference.dates) {
		const at = place(paragraphs, expected);
		const match = draft.dates.find((proposed) => {
			if (usedDates.has(proposed) || proposed.date !== expected.date) return false;
			const there = place(paragraphs, proposed);
			return at && there && there.paragraph === at.paragraph && there.start < at.end && at.start < there.end;
		});
		if (match) usedDates.add(match);
		else dateMissed.push(`${expected.phrase} (${expected.date})`);
	}
	const matchEntities = (proposedList: Entity[], expectedList: Entity[], checkCoordinates: boolean) => {
		const used = new Set<Entity>();
		const missed: string[] = [];
		for (const expected of expectedList) {
			const match = proposedList.find((proposed) => !used.has(proposed) && sameName(proposed, expected));
			if (match) used.add(match);
			const needsPoint = checkCoordinates && (expected.kind === 'city' || expected.kind === 'site');
			const near = !needsPoint || (match?.coordinates && expected.coordinates && distanceKm(match.coordinates, expected.coordinates) <= 25);
			if (!match) missed.push(expected.names[0]);
			else if (!near) missed.push(`${expected.names[0]} (coordinates ${match.coordinates ? 'over 25 km off' : 'left open'})`);
		}
		return { used, missed };
	};
	const people = matchEntities(draft.people, reference.people, false);
	const places = matchEntities(draft.places, reference.places, true);
	const extras = [
		...draft.people.filter((p) => !people.used.has(p)).map((p) => `person ${p.names[0]}`),
		...draft.places.filter((p) => !places.used.has(p)).map((p) => `place ${p.names[0]}`),
		...draft.dates.filter((d) => !usedDates.has(d)).map((d) => `date "${d.phrase}" (${d.date})`),
	];
	return {
		dates: { found: reference.dates.length - dateMissed.length, of: reference.dates.length, missed: dateMissed },
		people: { found: reference.people.length - people.missed.length, of: reference.people.length, missed: people.missed },
		places: { found: reference.places.length - places.missed.length, of: reference.places.length, missed: places.missed },
		noise: { extra: extras.length, of: draft.people.length + draft.places.length + draft.dates.length, entries: extras },
	};
}

const percent = (n: number, of: number) => `${of === 0 ? 100 : Math.round((100 * n) / of)}%`;

/** The comparison as a Markdown table, as docs/benchmarks.md records it. */
export function comparisonTable(rows: { story: string; comparison: Comparison }[]): string {
	const lines = ['| story | dates | people | places (cities, sites within 25 km) | noise (entries to delete) |', '| --- | --- | --- | --- | --- |'];
	for (const { story, comparison: c } of rows) {
		const cell = (m: Measure) => `${m.found}/${m.of} (${percent(m.found, m.of)})`;
		lines.push(`| ${story} | ${cell(c.dates)} | ${cell(c.people)} | ${cell(c.places)} | ${c.noise.extra}/${c.noise.of} (${percent(c.noise.extra, c.noise.of)}) |`);
	}
	for (const { story, comparison: c } of rows) {
		const missed = [...c.dates.missed.map((m) => `date ${m}`), ...c.people.missed.map((m) => `person ${m}`), ...c.places.missed.map((m) => `place ${m}`)];
		lines.push('', `${story}: missed ${missed.length ? missed.join('; ') : 'nothing'}; extra ${c.noise.entries.length ? c.noise.entries.join('; ') : 'nothing'}.`);
	}
	return lines.join('\n');
}
