/**
 * The explainers loader: Astro's glob loader, plus the checks that need frontmatter and story together.
 *
 * The glob loader validates frontmatter against the schema, but the schema never sees the story's
 * text. Here every entry is checked against its text before it is stored (phrases in the story, names
 * that occur in it, no raw HTML, not empty), each timeline entry learns its paragraph, and each person
 * and place the paragraphs that mention it. A failed
 * check throws, so `astro build` stops with the file and the field named.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { withMentions } from '../lib/mentions';
import { checkStory, withParagraphs } from '../lib/story';
import type { ExplainerData } from '../schemas/explainer';

export class ContentError extends Error {
	constructor(file: string, problems: { field: string; message: string }[]) {
		super(
			`${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n` +
				problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n'),
		);
		this.name = 'ContentError';
	}
}

export function explainerLoader({ base }: { base: string }): Loader {
	const inner = glob({ pattern: '**/[^_]*.md', base });
	return {
		name: 'backstory-explainers',
		load: async (context) => {
			const store = new Proxy(context.store, {
				get(target, property, receiver) {
					if (property === 'set') {
						return (entry: Parameters<typeof target.set>[0]) => {
							const file = entry.filePath ?? entry.id;
							const data = entry.data as unknown as ExplainerData;
							const problems = checkStory(data, entry.body ?? '');
							if (problems.length > 0) throw new ContentError(file, problems);
							return target.set({
								...entry,
								data: withMentions(withParagraphs(data, entry.body ?? ''), entry.body ?? '') as unknown as Record<string, unknown>,
								// Pages use the rendered story, never the Markdown: not keeping it halves the content
								// cache that every build writes and every page render loads (docs/benchmarks.md).
								body: undefined,
							});
						};
					}
					const value = Reflect.get(target, property, receiver);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			await inner.load({ ...context, store });
		},
	};
}
