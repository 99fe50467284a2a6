/**
 * Runs the real `astro build` in a child process, optionally over another content folder (fixtures,
 * broken explainers, benchmarks) and into another output folder, and returns what it printed.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface BuildOptions {
	outDir: string;
	/** A folder holding `explainers/`, instead of `content/`. */
	content?: string;
	env?: Record<string, string>;
}

export interface BuildResult {
	code: number;
	output: string;
}

export function runAstroBuild({ outDir, content, env = {} }: BuildOptions): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				...(content ? { BACKSTORY_CONTENT: content } : {}),
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		// Astro colours its output when it thinks a terminal or CI wants colour; tests read the words.
		child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
	});
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
	const result = await runAstroBuild(options);
	if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
	return result;
}
