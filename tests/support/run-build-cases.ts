/**
 * Builds content folders with tests/support/build-cases.ts in a child process (Astro started once for
 * all of them) and returns one result per folder, in order: did it build, and if not, its message,
 * file and line. Each folder builds into its own `case-*` folder under `outRoot`.
 */
import { spawn } from 'node:child_process';
import type { CaseResult } from './build-cases.ts';

export function buildCases(outRoot: string, folders: readonly string[]): Promise<CaseResult[]> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, ['tests/support/build-cases.ts', outRoot, ...folders], {
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.stderr.on('data', (chunk) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) reject(new Error(`build-cases exited with ${code}:\n${err}`));
			else resolvePromise(out.trim().split('\n').map((line) => JSON.parse(line) as CaseResult));
		});
	});
}
