/**
 * The frontmatter of the file a plugin is rendering, as Astro hands it to remark and rehype plugins
 * (`file.data.astro.frontmatter`). Plugins read it through their own small schema, never each other.
 */
import type { VFile } from 'vfile';

export function frontmatterOf(file: VFile): unknown {
	return (file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter;
}
