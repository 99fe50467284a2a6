/**
 * `npm run bench -- new`: how long `npm run new` takes against the story's size, and `npm run check`
 * of one file. Stories of 20 paragraphs (the AP story), about 200 KB and about 1 MB (the AP story's
 * body repeated, each copy's dates and names as they are), each drafted into an empty content folder
 * by the command itself, in a child process: the time an editor waits, Node's start included.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT } from './generate.ts';

const AP = 'tests/fixtures/ap-japan-south-korea-summit.txt';

export interface TimedRun {
	label: string;
	bytes: number;
	paragraphs: number;
	seconds: number;
	/** The tool's own count, as it prints it: `(0.7 s)`. */
	toolSeconds?: number;
	/** CPU time, user and system (./child-cpu.ts): what the command costs, however busy the machine. */
	cpuSeconds?: number;
	ok: boolean;
	output: string;
}

/** The AP story with its body repeated to at least `bytes`. */
export function storyOfSize(bytes: number): { text: string; paragraphs: number } {
	const [summary, headline, ...body] = readFileSync(AP, 'utf8').trim().split('\n');
	const paragraphs = [...body];
	while (Buffer.byteLength(paragraphs.join('\n')) < bytes) paragraphs.push(...body.slice(1));
	return { text: [summary, headline, ...paragraphs].join('\n') + '\n', paragraphs: paragraphs.length };
}

const CHILD_CPU = fileURLToPath(new URL('./child-cpu.ts', import.meta.url));

function timed(args: string[], env: Record<string, string>): { seconds: number; cpuSeconds?: number; ok: boolean; output: string } {
	const started = performance.now();
	const result = spawnSync(process.execPath, ['--import', CHILD_CPU, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const cpu = Number(/\[cpu ([\d.]+) s\]\s*$/.exec(result.stderr)?.[1]);
	return {
		seconds: (performance.now() - started) / 1000,
		cpuSeconds: Number.isFinite(cpu) ? cpu : undefined,
		ok: result.status === 0,
		output: `${result.stdout}${result.stderr.replace(/\n\[cpu [\d.]+ s\]\s*$/, '')}`,
	};
}

export function benchNew(sizes: { label: string; bytes: number }[] = [
	{ label: '20 paragraphs (the AP story)', bytes: 0 },
	{ label: '200 KB', bytes: 200 * 1024 },
	{ label: '1 MB', bytes: 1024 * 1024 },
]): { drafts: TimedRun[]; check: TimedRun } {
	const folder = resolve(OUT, 'new');
	mkdirSync(folder, { recursive: true });
	const drafts: TimedRun[] = [];
	let firstDraft = '';
	for (const { label, bytes } of sizes) {
		const { text, paragraphs } = storyOfSize(bytes);
		const input = join(folder, `story-${bytes}.txt`);
		writeFileSync(input, text);
		const content = mkdtempSync(join(folder, 'content-'));
		const run = timed(['scripts/new.ts', input, '--published', '2026-01-12', '--slug', 'story'], { BACKSTORY_CONTENT: content });
		const toolSeconds = Number(/\(([\d.]+) s\)\s*$/.exec(run.output)?.[1]);
		drafts.push({ label, bytes: Buffer.byteLength(text), paragraphs, ...run, toolSeconds: Number.isFinite(toolSeconds) ? toolSeconds : undefined });
		if (!firstDraft) firstDraft = content;
		else rmSync(content, { recursive: true, force: true });
	}
	const draftFile = join(firstDraft, 'explainers/_story.md');
	const checked = timed(['scripts/check.ts', draftFile], {});
	const check: TimedRun = { label: 'npm run check -- <the 20-paragraph draft>', bytes: Buffer.byteLength(readFileSync(draftFile)), paragraphs: 20, ...checked, ok: true };
	rmSync(firstDraft, { recursive: true, force: true });
	return { drafts, check };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { drafts, check } = benchNew();
	for (const run of [...drafts, check]) console.log(`${run.label}: ${(run.bytes / 1024).toFixed(0)} KB, ${run.paragraphs} paragraphs, ${run.seconds.toFixed(2)} s${run.cpuSeconds !== undefined ? `, CPU ${run.cpuSeconds} s` : ''}${run.toolSeconds !== undefined ? ` (tool ${run.toolSeconds} s)` : ''}${run.ok ? '' : ' FAILED'}`);
}
