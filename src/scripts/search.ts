/**
 * The search page's client: loads Pagefind's index from /pagefind/ (written by the build) and lists the
 * results as links to explainers, people and places. The query lives in the address (`?q=`), so a search
 * can be linked to. Without JavaScript the page says so (a <noscript> note) and points to the home page's list.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; kind?: string };
	sub_results: { url: string; title: string }[];
	/** Where the query's words are, and where each element with an id starts, as word positions in the page's text. */
	locations: number[];
	anchors: { id: string; location: number }[];
}
interface Pagefind {
	debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('.search-form')!;
const input = form.querySelector<HTMLInputElement>('input')!;
const summary = document.querySelector<HTMLElement>('.search-status')!;
const list = document.querySelector<HTMLOListElement>('.search-results')!;

// A variable keeps Vite from bundling the index's own script, which exists only after the build.
const indexUrl = '/pagefind/pagefind.js';
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ indexUrl);

function element(tag: string, props: Record<string, string>, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

/**
 * The paragraph a result's excerpt quotes (`p-N`, the story's paragraph ids): Pagefind cuts the excerpt
 * where most of the query's words fall within 30 words, so the same window is found here, and the last
 * paragraph that starts at or before its first match holds it. An explainer's result links there.
 */
function paragraphLink({ url, locations, anchors }: PagefindResultData): string {
	const inWindow = (start: number) => locations.filter((l) => l >= start && l < start + 30).length;
	const first = locations.reduce((best, l) => (inWindow(l) > inWindow(best) ? l : best), locations[0] ?? 0);
	const paragraph = anchors.filter((a) => /^p-\d+$/.test(a.id) && a.location <= first).at(-1);
	return paragraph ? `${url}#${paragraph.id}` : url;
}

async function run(query: string) {
	const url = new URL(location.href);
	if (query) url.searchParams.set('q', query);
	else url.searchParams.delete('q');
	history.replaceState(null, '', url);
	if (!query) {
		list.replaceChildren();
		summary.textContent = '';
		return;
	}
	let search;
	try {
		search = await (await pagefind).debouncedSearch(query);
	} catch {
		summary.textContent = 'Search is not available right now. Every explainer is listed on the home page.';
		return;
	}
	// null: a newer query has replaced this one.
	if (!search) return;
	const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
	summary.textContent = `${results.length === 1 ? '1 result' : `${results.length || 'No'} results`} for “${query}”`;
	list.replaceChildren(
		...results.map((result) => {
			const excerpt = element('p', {});
			// Pagefind's excerpt is the page's own text, escaped, with the matches in <mark>.
			excerpt.innerHTML = result.excerpt;
			const more = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, 3);
			return element(
				'li',
				{},
				element('p', { className: 'kicker' }, result.meta.kind ?? 'Page'),
				element('h2', {}, element('a', { href: paragraphLink(result) }, result.meta.title ?? result.url)),
				excerpt,
				...(more.length ? [element('p', {}, 'In it: ', ...more.flatMap((sub, i) => [i ? ', ' : '', element('a', { href: sub.url }, sub.title)]))] : []),
			);
		}),
	);
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	run(input.value.trim());
});
input.addEventListener('input', () => run(input.value.trim()));
input.value = new URLSearchParams(location.search).get('q') ?? '';
if (input.value) run(input.value.trim());

export {};
