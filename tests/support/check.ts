/** Runs `npm run check` (scripts/check.ts) as an editor would, and returns its exit code and what it printed. */
import { spawn } from 'node:child_process';
import type { BuildResult } from './astro-build.ts';

export function runCheck(files: readonly string[], env: Record<string, string> = {}): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/check.ts', ...files], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}
