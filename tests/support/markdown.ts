/**
 * The one Markdown renderer of the plugin tests: Astro's unified processor with the story pipeline of
 * src/markdown/pipeline.ts, its options and its order, as astro.config.ts sets it up. A test names the
 * rehype plugins it is about; they run in the pipeline's order, with its remark plugins and options,
 * so what a test sees is what the site ships, less the plugins it leaves out.
 */
import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { storyMarkdown } from '../../src/markdown/pipeline';

type RehypePlugin = (typeof storyMarkdown.rehypePlugins)[number];

const renderers = new Map<string, ReturnType<ReturnType<typeof unified>['createRenderer']>>();

function rendererWith(plugins: readonly RehypePlugin[]) {
	const chosen = storyMarkdown.rehypePlugins.filter((plugin) => plugins.includes(plugin));
	if (chosen.length !== plugins.length) throw new Error('every plugin a test names must be one of the story pipeline’s');
	const key = chosen.map((plugin) => storyMarkdown.rehypePlugins.indexOf(plugin)).join(',');
	let renderer = renderers.get(key);
	if (!renderer) {
		renderer = unified({ ...storyMarkdown, rehypePlugins: chosen }).createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
		renderers.set(key, renderer);
	}
	return renderer;
}

/** A story rendered to HTML by the story pipeline with just these rehype plugins (all, if none are named). */
export async function renderStory(markdown: string, frontmatter: Record<string, unknown> = {}, plugins: readonly RehypePlugin[] = storyMarkdown.rehypePlugins): Promise<string> {
	const { code } = await (await rendererWith(plugins)).render(markdown, { frontmatter });
	return code;
}
