/**
 * `npm run bench -- accuracy`: the draft tool measured on public gold-annotated news corpora, one
 * module per kind of fact. A module is one entry below: { name, run }, where run measures and returns
 * the Markdown recorded in docs/benchmarks.md (block `accuracy-<name>`).
 */
// The draft tool's modules import each other without file endings, as Astro's bundler reads them;
// this hook lets Node do the same, so they are loaded (below) only after it is in place.
import '../../scripts/ts-resolve.ts';
import { MissingCorpus } from './corpora.ts';

export interface AccuracyBenchmark {
	name: string;
	run: () => Promise<string>;
}

export const ACCURACY: AccuracyBenchmark[] = [
	{ name: 'dates', run: async () => (await import('./dates-report.ts')).datesReport() },
	{ name: 'places', run: async () => (await import('./places-report.ts')).placesReport() },
	{ name: 'people', run: async () => (await import('./people.ts')).peopleReport() },
	{ name: 'people-pud', run: async () => (await import('./people-pud.ts')).peoplePudReport() },
];

/** Runs each benchmark; a missing corpus is a message saying where to put it, not a stack trace. */
export async function runAccuracy(record: (name: string, markdown: string) => void, log = console.log): Promise<void> {
	for (const benchmark of ACCURACY) {
		try {
			const markdown = await benchmark.run();
			log(markdown);
			record(`accuracy-${benchmark.name}`, markdown);
		} catch (error) {
			if (!(error instanceof MissingCorpus)) throw error;
			log(`accuracy ${benchmark.name}: skipped. ${error.message}`);
		}
	}
}
