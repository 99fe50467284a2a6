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

// The dev server loads drafts (`_<slug>.md`, `_<id>.yaml`) too, to preview them with their open fields
// listed; a build never does. BACKSTORY_DRAFTS=1 or 0 overrides (the tests build a preview).
const drafts = process.env.BACKSTORY_DRAFTS ? process.env.BACKSTORY_DRAFTS === '1' : import.meta.env.DEV;

const explainers = defineCollection({
	loader: explainerLoader({ base: `${contentRoot}/explainers`, drafts }),
	schema: explainerSchema,
});

const people = defineCollection({
	loader: entityLoader({ base: `${contentRoot}/people`, list: 'people', drafts }),
	schema: personFacts,
});

const places = defineCollection({
	loader: entityLoader({ base: `${contentRoot}/places`, list: 'places', drafts }),
	schema: placeFacts,
});

export const collections = { explainers, people, places };
