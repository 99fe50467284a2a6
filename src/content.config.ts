/**
 * The content collections. One collection, `explainers`: Markdown files under `content/explainers/`
 * (or under `$BACKSTORY_CONTENT/explainers/`, which tests and benchmarks point elsewhere), validated by
 * the one explainer schema. Files whose names start with `_` are drafts and are not loaded.
 */
import { defineCollection } from 'astro:content';
import { explainerLoader } from './loaders/explainers';
import { explainerSchema } from './schemas/explainer';

const contentRoot = process.env.BACKSTORY_CONTENT ?? './content';

// The dev server loads drafts (`_<slug>.md`) too, to preview them with their open fields listed;
// a build never does. BACKSTORY_DRAFTS=1 or 0 overrides (the tests build a preview).
const drafts = process.env.BACKSTORY_DRAFTS ? process.env.BACKSTORY_DRAFTS === '1' : import.meta.env.DEV;

const explainers = defineCollection({
	loader: explainerLoader({ base: `${contentRoot}/explainers`, drafts }),
	schema: explainerSchema,
});

export const collections = { explainers };
