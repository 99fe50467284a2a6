import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptEnv } from '../../../bench/script-env';

describe('scriptEnv', () => {
	it('reads the assignments before the command', () => {
		expect(scriptEnv('MIMALLOC_PURGE_DELAY=0 A_B=x astro build')).toEqual({ MIMALLOC_PURGE_DELAY: '0', A_B: 'x' });
	});

	it('stops at the command: a later NAME=value is an argument', () => {
		expect(scriptEnv('astro build X=1')).toEqual({});
		expect(scriptEnv('A=1 node script.ts B=2')).toEqual({ A: '1' });
	});

	it('finds what the site build sets, which the benchmark passes to its builds', () => {
		const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
		expect(scriptEnv(scripts.build)).toEqual({ MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ALLOW_THP: '0' });
		// npm start builds the same way.
		expect(scripts.start.startsWith(`${scripts.build} &&`)).toBe(true);
	});
});
