/**
 * One `astro build` in this process, for the benchmark to time, profile and measure from outside:
 *   node bench/astro-build.ts <root> <outDir> <cacheDir>
 * Astro's programmatic build takes a cache folder of its own (the CLI has no flag for it), so a
 * benchmark never shares the content cache with a test build running beside it, and a cold build
 * is one whose cache folder was removed first. The content folder comes from $BACKSTORY_CONTENT.
 */
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) throw new Error('usage: node bench/astro-build.ts <root> <outDir> <cacheDir>');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await build({ root, outDir, cacheDir, logLevel: 'warn' });
