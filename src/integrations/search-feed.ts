/**
 * Feeds Pagefind the site's searchable pages while the build runs, so that little of its work is left
 * for the end (src/integrations/pagefind.ts wires it into Astro's build).
 *
 * Pagefind's binary runs in a process of its own and reads pages one at a time as they are sent
 * (`addHTMLFile`), each reduced to what it reads (src/lib/build/search-extract.ts). Three sources, so that
 * its parsing happens beside Astro's work, on the other core:
 * - as the build starts, the extracts kept by the last build (in Astro's cache folder, named by a hash
 *   of the page they came from): on a warm rebuild most pages are restored from Astro's cache unchanged;
 * - each page Astro renders, as it is rendered;
 * - at the end, every searchable page in the output is read and hashed: one whose bytes are not those
 *   its extract was made from is extracted and sent again. What is indexed is always what is in dist/.
 *
 * Pagefind numbers pages in the order they are first sent, and the numbers are in its index files, so
 * pages are always first sent in the order of their URLs, whatever the order they are rendered in: an
 * incremental build writes the same index as a clean one, byte for byte. A page sent again for a URL
 * takes the place of the first (Pagefind keeps its position); a URL not known when the order was set
 * starts the index again in order. A page that is no longer built is replaced by an empty one, which
 * Pagefind leaves out of the index.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { entityPath, explainerPath } from '../lib/paths';
import { EXTRACT_CODE_URL, searchExtract } from '../lib/build/search-extract';

/**
 * The only pages that can be found (those whose BaseLayout has a `searchKind`): explainers, and page 1
 * of each person and place. A new kind of searchable page adds its folder here.
 * tests/browser/search-index.test.ts holds the results to those of an index of every page.
 */
export const SEARCHABLE_FOLDERS = ['explainers', 'people', 'places'] as const;
const SEARCHABLE_PATH = new RegExp(`^/(${SEARCHABLE_FOLDERS.join('|')})/[^/]+/$`);

/** A searchable page's address (src/lib/paths.ts), from its folder and the name of its file or folder. */
const pathIn: Record<(typeof SEARCHABLE_FOLDERS)[number], (name: string) => string> = {
	explainers: explainerPath,
	people: (id) => entityPath('person', id),
	places: (id) => entityPath('place', id),
};

/** A URL path Astro builds (`/explainers/x` or `/explainers/x/`), as Pagefind names its page, if it is searchable. */
export function searchableUrl(pathname: string): string | undefined {
	const url = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return SEARCHABLE_PATH.test(url) ? url : undefined;
}

/** The searchable pages of a built site, as Pagefind names them (`/explainers/x/`), in order. */
export function searchablePages(dist: string): string[] {
	return SEARCHABLE_FOLDERS.flatMap((folder) => {
		const dir = join(dist, folder);
		if (!existsSync(dir)) return [];
		return readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
			.map((entry) => pathIn[folder](entry.name));
	}).sort(byUrl);
}

/**
 * The searchable URLs the content folder promises: a published file's name is its URL
 * (`explainers/<slug>.md` is `/explainers/<slug>/`, `people/<id>.yaml` is `/people/<id>/`). Known as
 * the build starts, so that a new explainer, person or place has its place in the order from the first
 * (a URL that is not built after all is sent as an empty page, and left out).
 */
export function promisedUrls(contentRoot: string): string[] {
	return SEARCHABLE_FOLDERS.flatMap((folder) => {
		const dir = join(contentRoot, folder);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((file) => /^[^_.].*\.(md|ya?ml)$/.test(file))
			.map((file) => pathIn[folder](file.replace(/\.[^.]+$/, '')));
	});
}

const byUrl = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const hashOf = (page: string | Uint8Array) => createHash('sha1').update(page).digest('hex');
/** A page with nothing to index: Pagefind leaves it out, and the page it replaces. */
const EMPTY_PAGE = '<html lang="en"></html>';
/** Pages in flight to Pagefind at once: enough to keep it busy, few enough not to queue the site in memory. */
const IN_FLIGHT = 8;

interface Kept {
	/** A hash of the extraction code: extracts made by other code are not used. */
	code: string;
	/** Each searchable URL of the last build, and the hash of its page (the name of its extract's file). */
	pages: Record<string, string>;
}

export interface FeedReport {
	pages: number;
	/** Pages whose page is byte for byte the last build's, so their kept extract, sent as the build started, was right. */
	kept: number;
	rendered: number;
	/** Pages read back from dist/ at the end because what was sent was not them. */
	readBack: number;
	restarted: boolean;
	/** Milliseconds from the start of the last step until dist/ was checked, until Pagefind had read every page sent, and until the index was written (they overlap). */
	timings: { check: number; reading: number; writing: number };
}

export class SearchFeed {
	readonly #cache: string;
	readonly #code: string;
	readonly #kept: Kept['pages'];
	#index: Promise<PagefindIndex> | undefined;
	/** URLs in the order they were first sent to the current index: Pagefind's page numbers. */
	#order: string[] = [];
	/** For each URL sent, the hash of the page its extract was made from ('' for the empty page). */
	#sent = new Map<string, string>();
	#limit = pLimit({ concurrency: IN_FLIGHT, rejectOnClear: true });
	#tasks: Promise<void>[] = [];
	#errors: string[] = [];
	#rendered = 0;
	#restarted = false;
	#drained = 0;

	/**
	 * Starts Pagefind and sends it, in order, the last build's extracts, and an empty page for each URL
	 * promised (`promisedUrls`) that the last build did not have. `cache` is a folder of the feed's own.
	 */
	constructor(cache: string, promised: string[] = []) {
		this.#cache = cache;
		this.#code = codeKey();
		this.#kept = this.#readKept();
		this.#restart([...new Set([...Object.keys(this.#kept), ...promised])].sort(byUrl));
		this.#restarted = false;
	}

	/**
	 * The searchable URLs this build will write, once Astro knows them (before it renders any): a URL the
	 * index has no place for starts it again, every page in order, so that page numbers follow the URLs.
	 */
	plan(urls: string[]): void {
		if (urls.some((url) => !this.#sent.has(url))) this.#restart([...urls].sort(byUrl));
	}

	/** A page Astro has just rendered. */
	rendered(url: string, html: string): void {
		this.#rendered++;
		const hash = hashOf(html);
		if (this.#sent.get(url) === hash) return;
		const extract = this.#extract(hash, html);
		this.#send(url, hash, () => extract);
	}

	/**
	 * Writes the index into `outputPath`, checks what was sent against dist/, and keeps the extracts for the
	 * next build. The check runs while Pagefind writes: what was sent is nearly always what dist/ holds
	 * (Astro restores a page it kept, which the feed saw rendered then), and should a page differ, it is
	 * sent again and the index written again.
	 */
	async finish(dist: string, outputPath: string): Promise<FeedReport> {
		const started = performance.now();
		const pages = searchablePages(dist);
		const live = new Set(pages);
		if (pages.some((url) => !this.#sent.has(url))) this.#restart(pages);
		for (const url of this.#order) if (!live.has(url) && this.#sent.get(url) !== '') this.#send(url, '', () => EMPTY_PAGE);
		const sent = new Map(this.#sent);
		const writing = this.#write(outputPath);
		writing.catch(() => {});
		const hashes: Kept['pages'] = {};
		let readBack = 0;
		const reads = pLimit(16);
		await Promise.all(
			pages.map((url) =>
				reads(async () => {
					const html = await readFile(join(dist, url, 'index.html'));
					const hash = hashOf(html);
					hashes[url] = hash;
					if (sent.get(url) === hash) return;
					readBack++;
					this.#send(url, hash, () => this.#extract(hash, html.toString('utf8')));
				}),
			),
		);
		const checked = performance.now();
		await writing;
		if (readBack > 0) {
			// Files of the first index that the second does not have would be left behind.
			rmSync(outputPath, { recursive: true, force: true });
			await this.#write(outputPath);
		}
		const wrote = performance.now();
		this.#keep(hashes);
		const kept = pages.filter((url) => this.#kept[url] === hashes[url]).length;
		const timings = { check: Math.round(checked - started), reading: Math.round(this.#drained - started), writing: Math.round(wrote - started) };
		return { pages: pages.length, kept, rendered: this.#rendered, readBack, restarted: this.#restarted, timings };
	}

	/** Once Pagefind has read every page sent so far, has it write the index. */
	async #write(outputPath: string): Promise<void> {
		await Promise.all(this.#tasks);
		this.#drained = performance.now();
		if (this.#errors.length) throw new Error(`Pagefind could not index: ${this.#errors.join('; ')}`);
		const written = await (await this.#index!).writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	}

	async close(): Promise<void> {
		this.#limit.clearQueue();
		await close();
	}

	/** A new index, sent every URL in `urls` (in order): its kept extract where there is one, else the empty page. */
	#restart(urls: string[]): void {
		this.#restarted = true;
		this.#limit.clearQueue();
		this.#index?.then((index) => index.deleteIndex()).catch(() => {});
		this.#tasks = [];
		this.#index = createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
			if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			return index;
		});
		this.#index.catch(() => {});
		this.#order = [];
		this.#sent = new Map();
		for (const url of urls) {
			const hash = this.#kept[url];
			const file = hash && join(this.#cache, `${hash}.html`);
			if (file && existsSync(file)) this.#send(url, hash, () => readFileSync(file, 'utf8'));
			else this.#send(url, '', () => EMPTY_PAGE);
		}
	}

	#send(url: string, hash: string, content: () => string): void {
		if (!this.#sent.has(url)) this.#order.push(url);
		this.#sent.set(url, hash);
		const index = this.#index!;
		// A task queued for an index that was since started again is dropped from the queue (and rejected);
		// one already running finishes on the old index, which is deleted unwritten. Only the current index's
		// errors count.
		const task = this.#limit(async () => {
			const { errors } = await (await index).addHTMLFile({ url, content: content() });
			if (index === this.#index) this.#errors.push(...errors.map((error) => `${url}: ${error}`));
		});
		this.#tasks.push(task.catch((error: unknown) => void (index === this.#index && this.#errors.push(`${url}: ${String(error)}`))));
	}

	/** What Pagefind is sent for a page: its extract, or the page itself if it has no searchable part. */
	#extract(hash: string, html: string): string {
		const extract = searchExtract(html) ?? html;
		try {
			mkdirSync(this.#cache, { recursive: true });
			const partial = join(this.#cache, `${hash}.${process.pid}.tmp`);
			writeFileSync(partial, extract);
			renameSync(partial, join(this.#cache, `${hash}.html`));
		} catch {
			// A cache that cannot be written only costs the next build time.
		}
		return extract;
	}

	#readKept(): Kept['pages'] {
		try {
			const kept = JSON.parse(readFileSync(join(this.#cache, 'pages.json'), 'utf8')) as Kept;
			if (kept.code === this.#code) return kept.pages;
		} catch {
			// No earlier build, or one whose record cannot be read: nothing to send early.
		}
		return {};
	}

	/** Records this build's pages for the next, and removes extracts no page of it has. */
	#keep(pages: Kept['pages']): void {
		try {
			mkdirSync(this.#cache, { recursive: true });
			writeFileSync(join(this.#cache, 'pages.json'), JSON.stringify({ code: this.#code, pages } satisfies Kept));
			const used = new Set(Object.values(pages).map((hash) => `${hash}.html`));
			for (const file of readdirSync(this.#cache)) if (file.endsWith('.html') && !used.has(file)) rmSync(join(this.#cache, file), { force: true });
		} catch {
			// As above.
		}
	}
}

function codeKey(): string {
	const hash = createHash('sha1');
	try {
		hash.update(readFileSync(fileURLToPath(EXTRACT_CODE_URL)));
	} catch {
		// No file to read (an unusual loader): never use extracts from another build.
		hash.update(`${process.pid} ${Date.now()}`);
	}
	return hash.digest('hex');
}
