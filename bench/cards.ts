/**
 * Card images drawn alone, one at a time, timed in CPU time (the process's, so the renderer's own
 * threads count), so a change to the drawing can be measured without building the site.
 *
 *   node bench/cards.ts [N=200] [--module path/to/card-drawing.ts]
 *
 * `--module` times another drawing module with the same `drawCard(card)` (say, main's card.ts, copied
 * beside its imports). Each card has its own headline, so nothing is served from a cache; the first
 * card (fonts loaded, renderer started) is drawn before timing. Prints the median and 90th percentile
 * CPU per card, the median PNG size, whether two drawings of one card are byte-identical, and how
 * busy the main thread was while the cards were drawn side by side (event-loop utilisation).
 */
// src/ imports its siblings without extensions (Vite resolves them); this lets plain Node find the `.ts`.
import '../scripts/ts-resolve.ts';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CardData } from '../src/lib/cards/card.ts';

const moduleArg = process.argv.indexOf('--module');
const modulePath = moduleArg === -1 ? 'src/lib/cards/drawing.ts' : (process.argv[moduleArg + 1] as string);
const { drawCard } = (await import(pathToFileURL(modulePath).href)) as { drawCard: (card: CardData) => Promise<Buffer> };

const n = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 200);
const card: CardData = {
	siteName: 'Backstory',
	kicker: 'World · Explainer',
	headline: 'Japan will host summit with South Korea to bolster ties as Tokyo’s relations with Beijing worsen',
	byline: 'Jan. 12, 2026 · The Associated Press',
	timeline: { positions: [0, 0.2364, 0.947, 1], scheduledFrom: 2, startLabel: 'Late 7th or early 8th century', endLabel: 'Jan. 14, 2026' },
};
const nth = (i: number): CardData => ({ ...card, headline: `${card.headline} (${i})` });

const first = await drawCard(card);
const identical = (await drawCard(card)).equals(first);

const cpu: number[] = [];
const bytes: number[] = [];
for (let i = 0; i < n; i++) {
	const before = process.cpuUsage();
	const png = await drawCard(nth(i));
	const used = process.cpuUsage(before);
	cpu.push((used.user + used.system) / 1000);
	bytes.push(png.length);
}

// Side by side, as a build draws them: how much of the wall time the main thread itself was busy.
const elu = performance.eventLoopUtilization();
await Promise.all(Array.from({ length: Math.min(n, 50) }, (_, i) => drawCard(nth(n + i))));
const busy = performance.eventLoopUtilization(elu).utilization;

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)] as number;
console.log(`module: ${modulePath}`);
console.log(`cards: ${n}, one at a time`);
console.log(`CPU per card: median ${quantile(cpu, 0.5).toFixed(1)} ms, p90 ${quantile(cpu, 0.9).toFixed(1)} ms`);
console.log(`PNG: median ${(quantile(bytes, 0.5) / 1024).toFixed(1)} KB`);
console.log(`same card twice, same bytes: ${identical}`);
console.log(`main thread busy while ${Math.min(n, 50)} cards drew side by side: ${(busy * 100).toFixed(0)}%`);
