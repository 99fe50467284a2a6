/**
 * One `astro build` in this process, for the benchmark to time, profile and measure from outside:
 *   node bench/astro-build.ts <root> <outDir> <cacheDir>
 * Astro's programmatic build takes a cache folder of its own (the CLI has no flag for it), so a
 * benchmark never shares the content cache with a test build running beside it, and a cold build
 * is one whose cache folder was removed first. The content folder comes from $BACKSTORY_CONTENT.
 * At exit it prints the process's peak resident memory and CPU time, each on a line of its own.
 */
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) throw new Error('usage: node bench/astro-build.ts <root> <outDir> <cacheDir>');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.on('exit', () => {
	// maxRSS is in kilobytes, and covers Astro's worker threads, which share the process; CPU time
	// (user + system) is steadier than wall time on a machine that other work shares.
	const usage = process.resourceUsage();
	console.log(`BENCH_PEAK_RSS_KB ${usage.maxRSS}`);
	console.log(`BENCH_CPU_MS ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}`);
});
await build({ root, outDir, cacheDir, logLevel: 'warn' });
