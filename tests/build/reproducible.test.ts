/**
 * Reproducible builds: two clean builds (each with an empty cache), one with the clock's time zone far
 * east of UTC and one far west, write the same files, byte for byte. A date formatted in local time
 * instead of as a calendar date, a timestamp, a random id or a build path in the output fails this.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-build.ts';

const TMP = 'tests/.tmp/reproducible';
// UTC+14 and UTC-11: a calendar date read in local time lands on different days in these two.
const ZONES = { east: 'Pacific/Kiritimati', west: 'Pacific/Pago_Pago' } as const;

function filesIn(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => statSync(join(dir, file)).isFile())
		.sort();
}

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	await Promise.all(
		Object.entries(ZONES).map(([name, zone]) =>
			buildSite({ outDir: join(TMP, name, 'dist'), env: { TZ: zone, BACKSTORY_CACHE_DIR: join(TMP, name, 'cache') } }),
		),
	);
}, 300_000);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('reproducible builds', () => {
	it('the two zones really are a day apart for Node (TZ is honoured)', () => {
		const offset = (zone: string) =>
			Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(new Date(Date.UTC(2026, 0, 12)).getTimezoneOffset()))'], { env: { ...process.env, TZ: zone } }));
		expect(offset(ZONES.east)).toBe(-14 * 60);
		expect(offset(ZONES.west)).toBe(11 * 60);
	});

	it('write the same files, byte for byte', () => {
		const east = join(TMP, 'east', 'dist');
		const west = join(TMP, 'west', 'dist');
		const files = filesIn(east);
		expect(files).toContain('index.html');
		expect(filesIn(west)).toEqual(files);
		const differing = files.filter((file) => !readFileSync(join(east, file)).equals(readFileSync(join(west, file))));
		expect(differing).toEqual([]);
	});
});
