/** The dates benchmark's results as recorded in docs/benchmarks.md. */
import { describeMachine } from '../machine.ts';
import { table } from '../doc.ts';
import { runDates } from './dates.ts';
import type { Score } from './timeml.ts';

const ratio = (n: number, of: number) => (of === 0 ? '-' : (n / of).toFixed(2));

export function datesReport(): string {
	const result = runDates();
	const row = (name: string, s: Score) => [
		name,
		`${s.found}/${s.gold} (${ratio(s.found, s.gold)})`,
		`${s.right}/${s.found} (${ratio(s.right, s.found)})`,
		s.coarser,
		s.open,
		s.wrong,
	];
	const errors = result.ours.errors.map((e) => `- ${e.verdict}: ${e.doc}, "${e.text}" (gold ${e.gold}${e.ours ? `, ours ${e.ours}` : ''})`);
	return [
		`Measured ${describeMachine()}. TempEval-3 platinum, ${result.documents} documents, the DATE timexes whose value is a year, month, day, season or decade.`,
		'',
		table(['', 'recall (found)', 'value right (of found)', 'coarser', 'left open', 'silently wrong'], [row('`npm run new` (draft-dates.ts)', result.ours), row('chrono-node alone', result.chrono)]),
		'',
		'What the draft did not get right (missed: not found; open: found and left for the editor; wrong: a finished wrong value):',
		'',
		...errors,
	].join('\n');
}
