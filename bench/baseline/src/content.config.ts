import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The posts live outside the project, written by bench/generate.ts --plain.
const blog = defineCollection({
	loader: glob({ base: `${process.env.BASELINE_CONTENT ?? './posts'}/blog`, pattern: '**/*.{md,mdx}' }),
	schema: z.object({
		title: z.string(),
		description: z.string(),
		pubDate: z.coerce.date(),
		updatedDate: z.coerce.date().optional(),
	}),
});

export const collections = { blog };
