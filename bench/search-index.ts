/**
 * Where Pagefind's time goes on a built site (not a test: it measures). Talks to Pagefind's service
 * binary directly, as the `pagefind` package does, so each step can be timed apart, with the binary's
 * own CPU time read from /proc (it is a process of its own, not counted in the build's CPU):
 *
 *   node bench/search-index.ts <dist> [--runs 3]
 *
 * Steps: start the binary; read and parse every searchable page (AddDir: Pagefind's walk, read and
 * HTML parse, in parallel on every core); build the index in memory (BuildIndex); build it again and
 * write it (WriteFiles: the integration's last step, so writing alone is that minus BuildIndex).
 * Then the same pages fed from Node with addHTMLFile, whole and reduced to what Pagefind reads
 * (`searchExtract`), to see what handing a page over costs.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The package's own client for its binary (not exported: the bench needs BuildIndex, which it does not offer).
// @ts-expect-error: an internal module of the package, without types
import { PagefindService } from '../node_modules/pagefind/lib/service.js';
// The pages the build indexes (SEARCHABLE_FOLDERS in src/integrations/search-feed.ts, which Node cannot import as is).
const SEARCHABLE_PAGES = '{explainers,people,places}/*/index.html';
import { searchExtract } from '../src/lib/build/search-extract.ts';
import { loadAverage } from './machine.ts';

const args = process.argv.slice(2);
const dist = resolve(args[0] ?? 'bench/.out/dist-1000');
const runs = Number(args[args.indexOf('--runs') + 1] || 3);
const OUT = resolve('bench/.out/search-index');

type Payload = Record<string, unknown> & { type: string };

class Pagefind {
	service = new PagefindService();
	get pid(): number {
		return this.service.backend.pid;
	}
	send(payload: Payload): Promise<Payload> {
		return new Promise((done, fail) =>
			this.service.sendMessage(payload, ({ exception, err, result }: { exception?: Error; err?: { message: string }; result?: Payload }) =>
				exception ? fail(exception) : err ? fail(new Error(err.message)) : done(result!),
			),
		);
	}
	close() {
		this.service.close(null);
	}
}

/** User + system CPU of a process so far, in ms (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Step {
	name: string;
	wallMs: number;
	cpuMs: number;
}

async function timed(steps: Step[], name: string, pid: number, run: () => Promise<unknown>): Promise<void> {
	const cpu = cpuMs(pid);
	const start = performance.now();
	await run();
	steps.push({ name, wallMs: performance.now() - start, cpuMs: cpuMs(pid) - cpu });
}

const searchable = (): string[] =>
	readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => /^(explainers|people|places)\/[^/]+\/index\.html$/.test(file))
		.sort();

async function whole(): Promise<Step[]> {
	const steps: Step[] = [];
	const start = performance.now();
	const pagefind = new Pagefind();
	const { index_id } = await pagefind.send({ type: 'NewIndex', config: { force_language: 'en' } });
	steps.push({ name: 'start the binary, new index', wallMs: performance.now() - start, cpuMs: cpuMs(pagefind.pid) });
	await timed(steps, 'walk, read and parse (AddDir)', pagefind.pid, () => pagefind.send({ type: 'AddDir', index_id, path: dist, glob: SEARCHABLE_PAGES }));
	await timed(steps, 'build the index in memory (BuildIndex)', pagefind.pid, () => pagefind.send({ type: 'BuildIndex', index_id }));
	rmSync(OUT, { recursive: true, force: true });
	await timed(steps, 'build again and write (WriteFiles)', pagefind.pid, () => pagefind.send({ type: 'WriteFiles', index_id, output_path: OUT }));
	pagefind.close();
	return steps;
}

async function fed(reduce: boolean): Promise<Step[]> {
	const steps: Step[] = [];
	const pagefind = new Pagefind();
	const { index_id } = await pagefind.send({ type: 'NewIndex', config: { force_language: 'en' } });
	const files = searchable();
	let texts: string[] = [];
	let start = performance.now();
	texts = files.map((file) => readFileSync(join(dist, file), 'utf8'));
	steps.push({ name: 'Node: read the pages', wallMs: performance.now() - start, cpuMs: 0 });
	if (reduce) {
		start = performance.now();
		texts = texts.map((html) => searchExtract(html) ?? '');
		steps.push({ name: 'Node: reduce them (searchExtract)', wallMs: performance.now() - start, cpuMs: 0 });
	}
	await timed(steps, `addHTMLFile × ${files.length}, ${reduce ? 'reduced' : 'whole'} (${(texts.reduce((n, t) => n + t.length, 0) / 2 ** 20).toFixed(1)} MB)`, pagefind.pid, () =>
		Promise.all(files.map((file, i) => pagefind.send({ type: 'AddFile', index_id, url: `/${file.replace(/index\.html$/, '')}`, file_contents: texts[i] }))),
	);
	await timed(steps, 'build again and write (WriteFiles)', pagefind.pid, () => pagefind.send({ type: 'WriteFiles', index_id, output_path: `${OUT}-${reduce ? 'reduced' : 'whole'}` }));
	pagefind.close();
	return steps;
}

const results = new Map<string, Step[]>();
const load = [loadAverage()];
for (let run = 0; run < runs; run++) {
	for (const [label, go] of [
		['addDirectory', whole],
		['addHTMLFile, whole pages', () => fed(false)],
		['addHTMLFile, reduced pages', () => fed(true)],
	] as const) {
		for (const step of await go()) {
			const key = `${label} | ${step.name}`;
			results.set(key, [...(results.get(key) ?? []), step]);
		}
	}
	load.push(loadAverage());
}
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${searchable().length} searchable pages in ${dist}; ${runs} runs, median; load average ${load.join(' → ')}`);
console.log('| path | step | wall (ms) | Pagefind CPU (ms) |\n| --- | --- | ---: | ---: |');
for (const [key, steps] of results) {
	const [label, name] = key.split(' | ');
	console.log(`| ${label} | ${name} | ${median(steps.map((s) => s.wallMs)).toFixed(0)} | ${median(steps.map((s) => s.cpuMs)).toFixed(0)} |`);
}
