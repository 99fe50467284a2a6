/** What the numbers were measured on: the machine, the software, the day. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const versionOf = (pkg: string): string =>
	(JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

function chromiumVersion(path: string): string {
	try {
		return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return 'not installed';
	}
}

/** The load average over the last minute: other work on a shared machine slows every timing. */
export const loadAverage = (): string => os.loadavg()[0].toFixed(1);

export function describeMachine(chromium = '/usr/bin/chromium'): string {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	const memory = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`;
	return [
		`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
		`${os.availableParallelism()} × ${cpu}, ${memory} memory, ${os.type()} ${os.release()}, load average ${loadAverage()} at the start`,
		`Node ${process.versions.node}, Astro ${versionOf('astro')}, @astrojs/markdown-remark ${versionOf('@astrojs/markdown-remark')}, Lighthouse ${versionOf('lighthouse')}, ${chromiumVersion(chromium)}`,
	].join('; ');
}
