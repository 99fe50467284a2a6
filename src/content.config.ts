/**
 * The content collections. One collection, `explainers`: Markdown files under `content/explainers/`
 * (or under `$BACKSTORY_CONTENT/explainers/`, which tests and benchmarks point elsewhere), validated by
 * the one explainer schema. Files whose names start with `_` are drafts and are not loaded.
 */
import { defineCollection } from 'astro:content';
import { explainerLoader } from './loaders/explainers';
import { explainerSchema } from './schemas/explainer';

const contentRoot = process.env.BACKSTORY_CONTENT ?? './content';

const explainers = defineCollection({
	loader: explainerLoader({ base: `${contentRoot}/explainers` }),
	schema: explainerSchema,
});

export const collections = { explainers };
