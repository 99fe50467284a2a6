/**
 * One `astro build` in this process, for the benchmark to time, profile and measure from outside:
 *   node bench/astro-build.ts <root> <outDir> <cacheDir>
 * Astro's programmatic build takes a cache folder of its own (the CLI has no flag for it), so a
 * benchmark never shares the content cache with a test build running beside it, and a cold build
 * is one whose cache folder was removed first. The content folder comes from $BACKSTORY_CONTENT.
 * At exit it prints the process's peak resident memory and CPU time, each on a line of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) throw new Error('usage: node bench/astro-build.ts <root> <outDir> <cacheDir>');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Pagefind's binary runs as a child process, whose CPU time is not the build process's: sampled from
// /proc every 100 ms while it runs (Linux only; it is stopped once the index is written, idle).
const childCpuMs = new Map<string, number>();
const sampleChildren = setInterval(() => {
	try {
		for (const task of readdirSync('/proc/self/task')) {
			for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
				const [name, rest] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ');
				const fields = rest.split(' ');
				childCpuMs.set(`${pid} ${name.split(' (')[1]}`, (Number(fields[11]) + Number(fields[12])) * 10);
			}
		}
	} catch {
		// A child gone between two reads, or no /proc.
	}
}, 100);
sampleChildren.unref();
process.on('exit', () => {
	// maxRSS is in kilobytes, and covers Astro's worker threads, which share the process; CPU time
	// (user + system) is steadier than wall time on a machine that other work shares.
	const usage = process.resourceUsage();
	console.log(`BENCH_PEAK_RSS_KB ${usage.maxRSS}`);
	console.log(`BENCH_CPU_MS ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}`);
	const pagefind = [...childCpuMs].filter(([name]) => name.includes('pagefind')).reduce((sum, [, ms]) => sum + ms, 0);
	console.log(`BENCH_PAGEFIND_CPU_MS ${pagefind}`);
});
// BENCH_LOG_LEVEL=info shows Astro's progress, to time its phases.
await build({ root, outDir, cacheDir, logLevel: (process.env.BENCH_LOG_LEVEL as 'info' | undefined) ?? 'warn' });
