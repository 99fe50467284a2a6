/** Pagefind's index of some pages, in memory, to compare two ways of feeding it byte for byte. */
import { close, createIndex } from 'pagefind';

export type IndexFiles = Record<string, string>;

/** The files Pagefind writes for these pages, sent in this order (path to content, base64). */
export async function pagefindIndex(pages: { url: string; html: string }[]): Promise<IndexFiles> {
	const { index, errors } = await createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(errors.join('; '));
	for (const page of pages) {
		const added = await index.addHTMLFile({ url: page.url, content: page.html });
		if (added.errors.length) throw new Error(added.errors.join('; '));
	}
	const { files } = await index.getFiles();
	await index.deleteIndex();
	return Object.fromEntries(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const closePagefind = close;
