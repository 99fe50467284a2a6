/**
 * The benchmark (not a test: it measures, and records what it measured in docs/benchmarks.md).
 *
 *   npm run bench                                  everything below, at the default sizes
 *   npm run bench -- weight                        bytes per page of the real build (first round trip, JS)
 *   npm run bench -- lighthouse [--runs 3]         Lighthouse, mobile defaults: home, explainer, person page
 *   npm run bench -- scale [--sizes 100,1000,5000] [--no-baseline]
 *                                                  cold and warm builds of N synthetic explainers, and of
 *                                                  N plain posts in the blog-starter baseline
 *   npm run bench -- profile [--size 1000]         a CPU profile of a cold build, summarised
 *   npm run bench -- accuracy                      the draft tool on public gold-annotated news (bench/accuracy/)
 *   npm run bench -- new                           `npm run new` against story size (20 paragraphs,
 *                                                  200 KB, 1 MB), and `npm run check` of one file
 *
 * Everything it writes goes under bench/.out/ (ignored by git), except the results in the document.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate, OUT } from './generate.ts';
import { scriptEnv } from './script-env.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { recordResults, table } from './doc.ts';
import { runAccuracy } from './accuracy/index.ts';
import { benchNew } from './new.ts';
import { formatRows, summariseProfile } from './profile.ts';
import { serveSite } from '../tests/support/serve.ts';
import { CHROMIUM_FLAGS, ensureChromium } from '../tests/support/chromium.ts';
import {
	FIRST_ROUND_TRIP_BYTES,
	JS_BUDGET_BYTES,
	htmlFiles,
	isExplainerPage,
	measurePage,
} from '../tests/support/page-weight.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const BENCHMARKS = ['weight', 'lighthouse', 'scale', 'profile', 'accuracy', 'new'] as const;
type Benchmark = (typeof BENCHMARKS)[number];
const chosen = args.filter((arg): arg is Benchmark => (BENCHMARKS as readonly string[]).includes(arg));
const selected = new Set<Benchmark>(chosen.length > 0 ? chosen : BENCHMARKS);

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const megabytes = (kb: number) => (kb / 1024).toFixed(0);

interface BuildRun {
	ms: number;
	cpuMs: number;
	/** CPU time of Pagefind's binary, a process of its own (bench/astro-build.ts samples it). */
	pagefindCpuMs: number;
	peakRssKb: number;
	output: string;
}

/** One build in a child process, timed from outside (start-up included, as a user waits for it). */
function timedBuild(opts: { root: string; outDir: string; cacheDir: string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<BuildRun> {
	const script = resolve('bench/astro-build.ts');
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), script, '.', resolve(opts.outDir), resolve(opts.cacheDir)], {
			cwd: opts.root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...opts.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', fail);
		child.on('close', (code) => {
			const ms = performance.now() - started;
			if (code !== 0) return fail(new Error(`build failed (${code}):\n${output.slice(-4000)}`));
			const peak = /BENCH_PEAK_RSS_KB (\d+)/.exec(output);
			const cpu = /BENCH_CPU_MS (\d+)/.exec(output);
			const pagefindCpu = /BENCH_PAGEFIND_CPU_MS (\d+)/.exec(output);
			done({ ms, cpuMs: cpu ? Number(cpu[1]) : 0, pagefindCpuMs: pagefindCpu ? Number(pagefindCpu[1]) : 0, peakRssKb: peak ? Number(peak[1]) : 0, output });
		});
	});
}

const BUILD_ENV = scriptEnv((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build);

const ourBuild = (content: string, outDir: string, cacheDir: string, nodeArgs?: string[]) =>
	timedBuild({
		root: '.',
		outDir,
		cacheDir,
		nodeArgs,
		// The cards' and maps' cache goes with the content cache, so a cold build draws every one. The
		// environment `npm run build` sets (package.json) is set here too: the build measured is the one
		// a deploy runs. The baseline is built as the blog starter is, without it.
		env: { ...BUILD_ENV, BACKSTORY_CONTENT: resolve(content), BACKSTORY_BUILD_CACHE: resolve(cacheDir, 'build') },
	});

const baselineBuild = (content: string, outDir: string, cacheDir: string) =>
	timedBuild({ root: 'bench/baseline', outDir, cacheDir, env: { BASELINE_CONTENT: resolve(content) } });

/** Edits one file the way an editor would (a revised headline), for the warm rebuild. */
function reviseOne(folder: string): void {
	const file = join(folder, readdirSync(folder).sort()[0]);
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, text.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title}, revised"`));
}

// ---------------------------------------------------------------------------------------------

async function benchWeight(): Promise<void> {
	const machine = describeMachine();
	const outDir = join(OUT, 'site');
	rmSync(outDir, { recursive: true, force: true });
	await ourBuild('content', outDir, join(OUT, 'cache-site'));
	const pages = htmlFiles(outDir).map((file) => measurePage(outDir, file));
	const kinds = new Map<string, typeof pages>();
	for (const page of pages) {
		const kind = isExplainerPage(page.file) ? '/explainers/<slug>/' : page.path.replace(/^\/([^/]+)\/[^/]+\/$/, '/$1/<id>/');
		kinds.set(kind, [...(kinds.get(kind) ?? []), page]);
	}
	const rows = [...kinds].map(([kind, list]) => {
		const worst = list.reduce((a, b) => (b.criticalGzip > a.criticalGzip ? b : a));
		const mostJs = list.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
		return [
			`\`${kind}\`${list.length > 1 ? ` (${list.length})` : ''}`,
			worst.htmlGzip,
			worst.criticalGzip,
			`${((worst.criticalGzip / FIRST_ROUND_TRIP_BYTES) * 100).toFixed(0)}%`,
			mostJs.jsGzip,
			`${((mostJs.jsGzip / JS_BUDGET_BYTES) * 100).toFixed(0)}%`,
		];
	});
	const result = [
		`Measured ${machine}.`,
		'',
		table(['page', 'HTML gzip (B)', 'critical gzip (B)', 'of 14,600', 'JS gzip (B)', 'of 2,048'], rows),
		'',
		'Critical bytes: the HTML with its inlined CSS, plus any render-blocking stylesheet or script, each gzipped (zlib default level). JavaScript: the scripts a page loads and their static imports (the search page’s Pagefind runtime, which its script imports by itself, is left out). The largest page of each kind is shown.',
	].join('\n');
	console.log(result);
	recordResults('weight', result);
}

// ---------------------------------------------------------------------------------------------

interface LighthouseRow {
	page: string;
	scores: Record<string, number>;
	metrics: Record<string, string>;
}

async function benchLighthouse(): Promise<void> {
	const machine = describeMachine();
	const { default: lighthouse } = await import('lighthouse');
	const { launch } = await import('chrome-launcher');
	const runs = Number(option('runs', '3'));
	const outDir = join(OUT, 'site');
	if (!selected.has('weight') || !existsSync(join(outDir, 'index.html'))) {
		rmSync(outDir, { recursive: true, force: true });
		await ourBuild('content', outDir, join(OUT, 'cache-site'));
	}
	const files = htmlFiles(outDir);
	const firstUnder = (folder: string) => files.find((file) => file.startsWith(`${folder}/`) && file.split('/').length === 3);
	const targets: [string, string | undefined][] = [
		['home', 'index.html'],
		['explainer', files.find(isExplainerPage)],
		['person', firstUnder('people')],
	];
	const site = await serveSite(outDir);
	const chrome = await launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_FLAGS });
	const rows: LighthouseRow[] = [];
	try {
		for (const [label, file] of targets) {
			if (!file) {
				rows.push({ page: `${label}: not in this build`, scores: {}, metrics: {} });
				continue;
			}
			const path = `/${file.replace(/index\.html$/, '')}`;
			const results = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(site.origin + path, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
				results.push(result.lhr);
			}
			// The median run by performance score: one run can be unlucky on a shared machine.
			results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
			const lhr = results[Math.floor(results.length / 2)];
			const failing = Object.values(lhr.categories).flatMap((category) =>
				category.auditRefs
					.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
					.map((ref) => `${category.id}: ${ref.id}`),
			);
			const audit = (id: string) => lhr.audits[id]?.displayValue ?? '';
			rows.push({
				page: `${label} \`${path}\``,
				scores: Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)])),
				metrics: {
					FCP: audit('first-contentful-paint'),
					LCP: audit('largest-contentful-paint'),
					TBT: audit('total-blocking-time'),
					CLS: audit('cumulative-layout-shift'),
					'Speed Index': audit('speed-index'),
					'not perfect': failing.join(', ') || 'none',
				},
			});
			console.log(label, rows.at(-1));
		}
	} finally {
		chrome.kill();
		await site.close();
	}
	const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
	const metricNames = ['FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', 'not perfect'];
	const result = [
		`Measured ${machine}.`,
		`Lighthouse with its mobile defaults (simulated slow 4G and a 4× slower CPU), median of ${runs} runs, against the built site served on 127.0.0.1 by tests/support/serve.ts, in Debian's Chromium headless.`,
		'',
		table(['page', ...categories, ...metricNames], rows.map((row) => [row.page, ...categories.map((c) => row.scores[c] ?? '–'), ...metricNames.map((m) => row.metrics[m] ?? '–')])),
	].join('\n');
	console.log(result);
	recordResults('lighthouse', result);
}

// ---------------------------------------------------------------------------------------------

interface ScaleRow {
	site: string;
	n: number;
	pages: number;
	cold: BuildRun;
	warm: BuildRun;
	/** The largest explainer's first-round-trip bytes, and the largest HTML file: pages must not grow with N. */
	explainerCritical?: number;
	largestHtml?: { path: string; bytes: number };
}

/** What grows with N page by page: a sample of explainer pages measured, every HTML file's size. */
function pageGrowth(outDir: string): Pick<ScaleRow, 'explainerCritical' | 'largestHtml'> {
	const files = htmlFiles(outDir);
	const explainers = files.filter(isExplainerPage);
	const sample = explainers.filter((_, index) => index % Math.max(1, Math.floor(explainers.length / 50)) === 0);
	const explainerCritical = Math.max(0, ...sample.map((file) => measurePage(outDir, file).criticalGzip));
	let largestHtml = { path: '', bytes: 0 };
	for (const file of files) {
		const bytes = statSync(join(outDir, file)).size;
		if (bytes > largestHtml.bytes) largestHtml = { path: `/${file.replace(/index\.html$/, '')}`, bytes };
	}
	return { explainerCritical, largestHtml };
}

async function benchScale(): Promise<void> {
	const machine = describeMachine();
	const sizes = option('sizes', '100,1000,5000').split(',').map(Number);
	const withBaseline = !args.includes('--no-baseline');
	const rows: ScaleRow[] = [];
	for (const n of sizes) {
		const content = generate(n);
		const outDir = join(OUT, `dist-${n}`);
		const cacheDir = join(OUT, `cache-${n}`);
		rmSync(outDir, { recursive: true, force: true });
		rmSync(cacheDir, { recursive: true, force: true });
		const cold = await ourBuild(content, outDir, cacheDir);
		const pages = htmlFiles(outDir).length;
		const growth = pageGrowth(outDir);
		reviseOne(join(content, 'explainers'));
		const warm = await ourBuild(content, outDir, cacheDir);
		rows.push({ site: 'Backstory', n, pages, cold, warm, ...growth });
		console.log(`Backstory N=${n}: ${pages} pages, cold ${seconds(cold.ms)} s, warm ${seconds(warm.ms)} s, peak ${megabytes(cold.peakRssKb)} MB`);
		rmSync(outDir, { recursive: true, force: true });

		if (withBaseline) {
			const posts = generate(n, { plain: true });
			const baseOut = join(OUT, `baseline-dist-${n}`);
			const baseCache = join(OUT, `baseline-cache-${n}`);
			rmSync(baseOut, { recursive: true, force: true });
			rmSync(baseCache, { recursive: true, force: true });
			const baseCold = await baselineBuild(posts, baseOut, baseCache);
			const basePages = htmlFiles(baseOut).length;
			reviseOne(join(posts, 'blog'));
			const baseWarm = await baselineBuild(posts, baseOut, baseCache);
			rows.push({ site: 'blog-starter baseline', n, pages: basePages, cold: baseCold, warm: baseWarm });
			console.log(`baseline N=${n}: ${basePages} pages, cold ${seconds(baseCold.ms)} s, warm ${seconds(baseWarm.ms)} s`);
			rmSync(baseOut, { recursive: true, force: true });
		}
	}

	const ours = rows.filter((row) => row.site === 'Backstory');
	const perExplainer = (row: ScaleRow) => row.cold.ms / row.n;
	const smallest = ours[0];
	const lines = [
		`Measured ${machine}.`,
		'',
		table(
			['site', 'N', 'pages built', 'cold build (s)', 'CPU (s)', 'Pagefind CPU (s)', 'per explainer or post (ms)', 'per page (ms)', 'peak memory (MB)', 'warm rebuild, one changed (s)', 'CPU (s)', 'Pagefind CPU (s)', 'warm peak (MB)'],
			rows.map((row) => [
				row.site,
				row.n.toLocaleString('en-US'),
				row.pages.toLocaleString('en-US'),
				seconds(row.cold.ms),
				seconds(row.cold.cpuMs),
				seconds(row.cold.pagefindCpuMs),
				(row.cold.ms / row.n).toFixed(1),
				(row.cold.ms / row.pages).toFixed(1),
				megabytes(row.cold.peakRssKb),
				seconds(row.warm.ms),
				seconds(row.warm.cpuMs),
				seconds(row.warm.pagefindCpuMs),
				megabytes(row.warm.peakRssKb),
			]),
		),
		'',
		`Load average ${loadAverage()} at the end. Times are wall-clock, from starting the build process to its exit; CPU is user + system time of that process (both cores count); Pagefind's binary, a process of its own, is counted apart.`,
		'',
		'Pages as the archive grows (an explainer must stay within 14,600 bytes; no page should grow with every explainer):',
		'',
		table(
			['N', 'largest explainer, critical gzip (B)', 'largest HTML file', 'its size (KB)'],
			ours.map((row) => [row.n.toLocaleString('en-US'), row.explainerCritical ?? '–', `\`${row.largestHtml?.path ?? ''}\``, ((row.largestHtml?.bytes ?? 0) / 1024).toFixed(0)]),
		),
		'',
	];
	// Issue 13's goals: at N = 1,000, cold at most 5x the baseline's, warm at most 2x, peak memory at most
	// 2x; and the cold cost per explainer no higher at 5,000 than at 1,000.
	const at1000 = ours.find((row) => row.n === 1000);
	for (const row of ours.filter((r) => r !== at1000 && at1000 && r.n > at1000.n)) {
		lines.push(
			`Cold cost per explainer at N = ${row.n.toLocaleString('en-US')} is ${(perExplainer(row) / perExplainer(at1000!)).toFixed(2)}× that at N = 1,000 (goal: at most 1×); CPU per explainer ${(row.cold.cpuMs / row.n).toFixed(1)} ms against ${(at1000!.cold.cpuMs / at1000!.n).toFixed(1)} ms.`,
		);
	}
	if (ours.length > 1 && !at1000) {
		const largest = ours.at(-1)!;
		lines.push(`Cost per explainer at N = ${largest.n.toLocaleString('en-US')} is ${(perExplainer(largest) / perExplainer(smallest)).toFixed(2)}× that at N = ${smallest.n.toLocaleString('en-US')}.`);
	}
	for (const n of sizes) {
		const us = rows.find((row) => row.site === 'Backstory' && row.n === n);
		const them = rows.find((row) => row.site !== 'Backstory' && row.n === n);
		if (us && them) {
			lines.push(
				`At N = ${n.toLocaleString('en-US')}: cold build ${(us.cold.ms / them.cold.ms).toFixed(2)}× the baseline's (goal at 1,000: at most 5×), warm rebuild ${(us.warm.ms / them.warm.ms).toFixed(2)}× (at most 2×), peak memory ${(us.cold.peakRssKb / them.cold.peakRssKb).toFixed(2)}× (at most 2×).`,
			);
		}
	}
	const result = lines.join('\n');
	console.log(result);
	recordResults('scale', result);
}

// ---------------------------------------------------------------------------------------------

async function benchProfile(): Promise<void> {
	const machine = describeMachine();
	const n = Number(option('size', '1000'));
	const content = generate(n);
	const outDir = join(OUT, `dist-${n}`);
	const cacheDir = join(OUT, `cache-${n}`);
	const profileDir = join(OUT, 'profile');
	for (const dir of [outDir, cacheDir, profileDir]) rmSync(dir, { recursive: true, force: true });
	const run = await ourBuild(content, outDir, cacheDir, ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`]);
	rmSync(outDir, { recursive: true, force: true });
	const [file] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
	const summary = summariseProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')), 80);
	const result = [
		`Measured ${machine}.`,
		`A cold build of ${n.toLocaleString('en-US')} synthetic explainers under \`node --cpu-prof\` (${seconds(run.ms)} s with the profiler on); ${seconds(summary.totalMs)} s of main-thread samples. The raw profile is in \`${profileDir}/\` (open it in Chrome DevTools); \`node bench/profile.ts <file>\` prints longer lists.`,
		'',
		formatRows('Self time by module', summary.selfByModule.slice(0, 15)),
		'',
		formatRows('Total time by function (self + callees)', summary.totalByFunction.filter((row) => !/node \(built-in\)|^\(root\)/.test(row.name)).slice(0, 25)),
	].join('\n');
	console.log(result);
	recordResults('profile', result);
}

async function benchDrafting(): Promise<void> {
	const machine = describeMachine();
	const { drafts, check } = benchNew();
	const rows = [...drafts, check].map((run) => [
		run.label,
		`${(run.bytes / 1024).toFixed(0)} KB`,
		run.paragraphs,
		`${run.seconds.toFixed(2)} s${run.ok ? '' : ' (failed)'}`,
		run.cpuSeconds !== undefined ? `${run.cpuSeconds.toFixed(2)} s` : '',
		run.toolSeconds !== undefined ? `${run.toolSeconds.toFixed(1)} s` : '',
	]);
	const result = [
		`Measured ${machine}.`,
		'',
		table(['story', 'size', 'paragraphs', 'wall time, Node start to exit', 'CPU, user + system', "the tool's own count"], rows),
	].join('\n');
	console.log(result);
	recordResults('new', result);
}

const steps: Record<Benchmark, () => Promise<void>> = {
	weight: benchWeight,
	lighthouse: benchLighthouse,
	scale: benchScale,
	profile: benchProfile,
	accuracy: () => runAccuracy(recordResults),
	new: benchDrafting,
};
for (const name of BENCHMARKS) {
	if (!selected.has(name)) continue;
	console.log(`\n== ${name}`);
	await steps[name]();
}
