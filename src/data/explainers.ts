/**
 * The explainers as every page gets them: each with the facts of the people and places it names,
 * joined from their own collections. Pages call `getExplainers()`, never `getCollection('explainers')`,
 * so no page can show a person without their facts. An explainer naming a person or place that has
 * no file fails the build here, naming the file, the field and its line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type CollectionEntry, getCollection } from 'astro:content';
import { entityProblems } from '../lib/content/check';
import { ContentError } from '../lib/content/error';
import { entityFileReader } from '../lib/content/folder';
import { CONTENT_ROOT } from '../consts';
import { type EntityFacts, withEntityFacts } from '../lib/entities/facts';
import { readYamlFile } from '../lib/content/frontmatter';
import { openFieldLines, openFieldsOf } from '../lib/content/open-fields';
import type { ExplainerData, ExplainerFrontmatter } from '../schemas/explainer';

type Explainer = Omit<CollectionEntry<'explainers'>, 'data'> & { data: ExplainerData };

const entityFile = entityFileReader(CONTENT_ROOT, (path) => relative(process.cwd(), path));

async function load(): Promise<Explainer[]> {
	const [explainers, people, places] = await Promise.all([getCollection('explainers'), getCollection('people'), getCollection('places')]);
	const facts: EntityFacts = {
		people: new Map(people.map((entry) => [entry.id, entry.data])),
		places: new Map(places.map((entry) => [entry.id, entry.data])),
	};
	return explainers.map((entry) => {
		let data = entry.data as ExplainerFrontmatter;
		const file = entry.filePath ?? entry.id;
		// A draft's preview (dev server) leaves out the people and places whose files are unfinished.
		if (entry.id.startsWith('_')) data = withoutUnfinished(data, facts);
		const problems = entityProblems(readIfNamesUnknown(data, facts, file), data, facts, entityFile);
		if (problems.length > 0) throw new ContentError(relative(process.cwd(), file), problems, resolve(file));
		return { ...entry, data: withEntityFacts(data, facts) as ExplainerData };
	});
}

/**
 * A draft's preview (dev server): the people and places whose files are unfinished drafts are left
 * out, and the open fields of every draft entity file it names join its banner, with file and line.
 */
function withoutUnfinished(data: ExplainerFrontmatter, facts: EntityFacts): ExplainerFrontmatter {
	const missing = (['people', 'places'] as const).flatMap((list) =>
		data[list].flatMap((entity, index) => (facts[list].has(entity.id) ? [] : [{ list, id: entity.id, index }])),
	);
	const entityOpen = (['people', 'places'] as const).flatMap((list) =>
		data[list].flatMap((entity) => {
			const file = join(CONTENT_ROOT, list, `_${entity.id}.yaml`);
			if (!existsSync(file)) return [];
			const contents = readFileSync(file, 'utf8');
			const read = readYamlFile(contents);
			const shown = relative(process.cwd(), file);
			return 'data' in read ? openFieldLines(contents, read.data).map((open) => ({ ...open, field: `${shown}: ${open.field}` })) : [];
		}),
	);
	if (missing.length === 0 && entityOpen.length === 0) return data;
	const gone = (list: 'people' | 'places', id: string) => missing.some((m) => m.list === list && m.id === id);
	return {
		...data,
		people: data.people.filter((p) => !gone('people', p.id)),
		places: data.places.filter((p) => !gone('places', p.id)),
		dates: data.dates.map((d) => ({ ...d, people: d.people.filter((id) => !gone('people', id)), places: d.places.filter((id) => !gone('places', id)) })),
		openFields: [
			...openFieldsOf(data),
			...missing.map(({ list, id, index }) => ({ field: `${list}[${index}].id`, note: `${entityFile(list, id).file}; left out of this preview until its kind and coordinates are filled in` })),
			...entityOpen,
		],
	} as ExplainerFrontmatter;
}

// The file is read only to point at the line of a problem, and there is none in a good build.
function readIfNamesUnknown(data: ExplainerFrontmatter, facts: EntityFacts, file: string): string {
	const known = data.people.every((p) => facts.people.has(p.id)) && data.places.every((p) => facts.places.has(p.id));
	return known ? '' : readFileSync(file, 'utf8');
}

let loaded: Promise<Explainer[]> | undefined;

/** Every explainer, joined to its people's and places' facts; worked out once per build. */
export function getExplainers(): Promise<Explainer[]> {
	// The dev server keeps modules between edits: there the content must be read afresh each time.
	if (import.meta.env.DEV) return load();
	loaded ??= load();
	return loaded;
}
