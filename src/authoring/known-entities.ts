/**
 * The people and places already defined in content/, so a draft proposes a known person or place
 * under its existing id (its facts are already in its file) and pages merge.
 *
 * Known names come from the entity files (`content/people/<id>.yaml`, `content/places/<id>.yaml`,
 * and the drafts `_<id>.yaml`: their `name`) and from every explainer's `people`/`places` entries
 * (their `names`, the words earlier stories used).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { extractFrontmatter } from '../lib/content/frontmatter';
import { nameKey } from '../lib/entities/country-names';

export interface KnownEntities {
	/** Name (as nameKey) → id. */
	people: Map<string, string>;
	places: Map<string, string>;
	/** Every id in use, so a new one never takes an existing file's name. */
	ids: { people: Set<string>; places: Set<string> };
}

function emptyKnownEntities(): KnownEntities {
	return { people: new Map(), places: new Map(), ids: { people: new Set(), places: new Set() } };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function readYaml(file: string): unknown {
	try {
		return load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
	} catch {
		// A broken file is the build's to report; here it only means one fewer known name.
		return undefined;
	}
}

/** Everything content/ (or `contentRoot`) already defines. */
export function readKnownEntities(contentRoot: string): KnownEntities {
	const known = emptyKnownEntities();
	for (const list of ['people', 'places'] as const) {
		const folder = join(contentRoot, list);
		if (!existsSync(folder)) continue;
		for (const file of readdirSync(folder).filter((name) => /\.ya?ml$/.test(name))) {
			// A draft's file (`_<id>.yaml`, unfinished) already claims its id.
			const id = basename(file).replace(/\.ya?ml$/, '').replace(/^_/, '');
			known.ids[list].add(id);
			const data = readYaml(join(folder, file));
			if (isObject(data) && typeof data.name === 'string') known[list].set(nameKey(data.name), id);
		}
	}
	const explainers = join(contentRoot, 'explainers');
	if (existsSync(explainers)) {
		for (const file of readdirSync(explainers).filter((name) => name.endsWith('.md'))) {
			const frontmatter = extractFrontmatter(readFileSync(join(explainers, file), 'utf8'));
			let data: unknown;
			try {
				data = frontmatter && load(frontmatter.text, { schema: CORE_SCHEMA });
			} catch {
				continue;
			}
			if (!isObject(data)) continue;
			for (const list of ['people', 'places'] as const) {
				for (const entity of Array.isArray(data[list]) ? data[list] : []) {
					if (!isObject(entity) || typeof entity.id !== 'string') continue;
					known.ids[list].add(entity.id);
					const names = [entity.name, ...(Array.isArray(entity.names) ? entity.names : [])].filter((name): name is string => typeof name === 'string');
					for (const name of names) if (!known[list].has(nameKey(name))) known[list].set(nameKey(name), entity.id);
				}
			}
		}
	}
	return known;
}
