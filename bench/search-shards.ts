/**
 * Would a search index split into shards, merged in the browser with Pagefind's `mergeIndex`, answer as
 * the site's one index does? (Not a test: it measures, for docs/benchmarks.md, step 11.)
 *
 *   node bench/search-shards.ts [N]       after `npm run bench -- scale` or a build into bench/.out/dist-N
 *
 * Splits the searchable pages of bench/.out/dist-N into shards: explainers by publication month (from
 * bench/.out/content-N), or by year, people and places in a shard each; indexes each shard with
 * Pagefind, then runs the search-index test's queries in Chromium against the site's index and against
 * the shards merged, and compares the ranked results. Also counts what a reader's first search fetches
 * from /pagefind/ (requests and bytes, gzipped as a host would send them) for each.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveSite } from '../tests/support/serve.ts';
import { searchExtract } from '../src/lib/build/search-extract.ts';
import { loadAverage } from './machine.ts';

const n = Number(process.argv[2] ?? 1000);
const dist = resolve(`bench/.out/dist-${n}`);
const content = resolve(`bench/.out/content-${n}/explainers`);
const QUERIES = ['Horyu', 'Japan', 'Lee Jae Myung', 'summit', 'Takaichi', 'treaty', 'Nara', 'Beijing', 'Yasukuni', 'president', 'South Korea', 'rally', 'war'];

const published = new Map(
	readdirSync(content)
		.filter((file) => file.endsWith('.md'))
		.map((file) => [file.replace(/\.md$/, ''), /^published: "?(\d{4}-\d{2})/m.exec(readFileSync(join(content, file), 'utf8'))![1]]),
);
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => /^(explainers|people|places)\/[^/]+\/index\.html$/.test(file))
	.sort();

async function writeShards(name: string, shardOf: (page: string) => string): Promise<string[]> {
	const groups = new Map<string, string[]>();
	for (const page of pages) groups.set(shardOf(page), [...(groups.get(shardOf(page)) ?? []), page]);
	rmSync(join(dist, name), { recursive: true, force: true });
	for (const [shard, members] of groups) {
		const { index } = await createIndex({ forceLanguage: 'en' });
		for (const page of members) {
			const extract = searchExtract(readFileSync(join(dist, page), 'utf8'));
			if (extract) await index!.addHTMLFile({ url: `/${page.replace(/index\.html$/, '')}`, content: extract });
		}
		await index!.writeFiles({ outputPath: join(dist, name, shard) });
	}
	await close();
	return [...groups.keys()].sort();
}

const byMonth = await writeShards('pagefind-months', (page) => (page.startsWith('explainers/') ? published.get(page.split('/')[1])! : page.split('/')[0]));
const byYear = await writeShards('pagefind-years', (page) => (page.startsWith('explainers/') ? published.get(page.split('/')[1])!.slice(0, 4) : page.split('/')[0]));

type Ranked = { url: string; score: number }[];
const site = await serveSite(dist);
const browser = await launchChromium();

/** Runs every query against an index made of these folders (the first primary, the rest merged). */
async function query(bases: string[]): Promise<Record<string, Ranked>> {
	const page = await browser.newPage();
	await page.goto(`${site.origin}/search/`);
	const out = (await page.evaluate(`(async ([bases, queries]) => {
		const pagefind = await import(bases[0] + 'pagefind.js');
		await pagefind.options({ basePath: bases[0] });
		for (const base of bases.slice(1)) await pagefind.mergeIndex(base);
		const out = {};
		for (const query of queries) out[query] = (await pagefind.search(query)).results.map((r) => ({ url: r.url ?? '', id: r.id, score: r.score }));
		for (const query of queries) for (const [i, r] of (await pagefind.search(query)).results.entries()) out[query][i].url = (await r.data()).url;
		return out;
	})(${JSON.stringify([bases, QUERIES])})`)) as Record<string, Ranked>;
	await page.close();
	return out;
}

/** What a reader's first search fetches: a fresh browser context, the search page, one query. */
async function firstSearch(bases: string[]): Promise<{ requests: number; bytes: number; gzip: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetched: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.startsWith('/pagefind')) fetched.push(response.body());
	});
	await page.goto(`${site.origin}/search/`);
	await page.evaluate(`(async (bases) => {
		const pagefind = await import(bases[0] + 'pagefind.js');
		await pagefind.options({ basePath: bases[0] });
		for (const base of bases.slice(1)) await pagefind.mergeIndex(base);
		const search = await pagefind.search('Takaichi');
		await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
	})(${JSON.stringify(bases)})`);
	const bodies = await Promise.all(fetched);
	await context.close();
	return { requests: bodies.length, bytes: bodies.reduce((s, b) => s + b.length, 0), gzip: bodies.reduce((s, b) => s + gzipSync(b).length, 0) };
}

const whole = await query(['/pagefind/']);
console.log(`N = ${n}: ${pages.length} searchable pages; ${byMonth.length} month shards, ${byYear.length} year shards; load average ${loadAverage()}`);
for (const [label, shards] of [
	['months', byMonth.map((s) => `/pagefind-months/${s}/`)],
	['years', byYear.map((s) => `/pagefind-years/${s}/`)],
] as const) {
	const merged = await query(shards);
	let sameOrder = 0;
	let sameTop10 = 0;
	let example = '';
	for (const q of QUERIES) {
		const a = whole[q].map((r) => r.url);
		const b = merged[q].map((r) => r.url);
		if (a.join() === b.join()) sameOrder++;
		if (a.slice(0, 10).join() === b.slice(0, 10).join()) sameTop10++;
		else if (!example) {
			const first = a.findIndex((url, i) => url !== b[i]);
			example = `"${q}": whole index #${first + 1} ${a[first]} (score ${whole[q][first].score.toFixed(3)}), shards #${first + 1} ${b[first]} (score ${merged[q][first].score.toFixed(3)}); ${a[first]} is #${b.indexOf(a[first]) + 1} in the shards`;
		}
	}
	const counts = QUERIES.map((q) => `${whole[q].length}/${merged[q].length}`).join(' ');
	console.log(`${label}: ${sameOrder}/${QUERIES.length} queries ranked the same, ${sameTop10}/${QUERIES.length} the same top 10; results whole/shards ${counts}`);
	if (example) console.log(`  e.g. ${example}`);
	console.log(`  first search ("Takaichi"): ${JSON.stringify(await firstSearch(shards))}`);
}
console.log(`  whole index, first search ("Takaichi"): ${JSON.stringify(await firstSearch(['/pagefind/']))}`);
await browser.close();
await site.close();
