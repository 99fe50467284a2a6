/**
 * The content collections, under `content/` (or `$BACKSTORY_CONTENT/`, which tests and benchmarks
 * point elsewhere):
 * - `explainers`: the stories, `explainers/<slug>.md`, each naming its people and places by id;
 * - `people` and `places`: one YAML file per person or place, `people/<id>.yaml`, holding the facts
 *   every explainer shares (name, native name, country; kind and coordinates).
 * Files whose names start with `_` are drafts and are not loaded.
 */
import { defineCollection } from 'astro:content';
import { entityLoader } from './loaders/entities';
import { explainerLoader } from './loaders/explainers';
import { personFacts, placeFacts } from './schemas/entities';
import { CONTENT_ROOT as contentRoot } from './consts';
import { explainerSchema } from './schemas/explainer';

const explainers = defineCollection({
	loader: explainerLoader({ base: `${contentRoot}/explainers` }),
	schema: explainerSchema,
});

const people = defineCollection({
	loader: entityLoader({ base: `${contentRoot}/people`, list: 'people' }),
	schema: personFacts,
});

const places = defineCollection({
	loader: entityLoader({ base: `${contentRoot}/places`, list: 'places' }),
	schema: placeFacts,
});

export const collections = { explainers, people, places };
