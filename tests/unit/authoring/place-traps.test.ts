/**
 * Wrong places `npm run new` once wrote finished on real wire stories, replayed on two stories written
 * for the tests: the draft must write no wrong place as a finished file, and leave the doubtful ones
 * open with their candidates.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { runNew } from '../../../src/authoring/cli';
import { distanceKm } from '../../../src/authoring/gazetteer';

const fixtures = fileURLToPath(new URL('../../fixtures/authoring/', import.meta.url));
const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A place file as written: the fields the tests read. */
interface PlaceFile {
	file: string;
	name?: string;
	kind?: string;
	country?: string;
	coordinates?: [number, number] | string;
}

/** Runs `npm run new` on a story into a fresh content folder; returns its place files by name. */
function draftPlaces(story: string) {
	const contentRoot = mkdtempSync(join(tmpdir(), 'backstory-places-'));
	folders.push(contentRoot);
	runNew([story, '--published', '2026-03-05'], { cwd: fixtures, contentRoot, log: () => {} });
	const files = readdirSync(join(contentRoot, 'places'));
	const read = (file: string): PlaceFile => ({ file, ...(yaml.load(readFileSync(join(contentRoot, 'places', file), 'utf8')) as Omit<PlaceFile, 'file'>) });
	return {
		finished: files.filter((file) => !file.startsWith('_')).map(read),
		drafts: files.filter((file) => file.startsWith('_')).map(read),
	};
}

describe('a story filed from BROWNSVILLE, Texas', () => {
	const { finished, drafts } = draftPlaces('border-shelters.txt');
	const named = (name: string) => [...finished, ...drafts].find((place) => place.name === name);

	it('writes finished only the places a rule makes certain', () => {
		expect(finished.map((place) => place.name).sort()).toEqual(['Matamoros', 'Monterrey', 'Texas', 'Washington, D.C.']);
	});

	it('puts Matamoros across the river, in Tamaulipas, not 590 km away in Coahuila', () => {
		const matamoros = finished.find((place) => place.name === 'Matamoros');
		expect(matamoros?.country).toBe('Mexico');
		expect(distanceKm(matamoros?.coordinates as [number, number], [25.87, -97.5])).toBeLessThan(10);
	});

	it('reads "Washington-based" as the capital, not the state', () => {
		const washington = finished.find((place) => String(place.name).startsWith('Washington'));
		expect(distanceKm(washington?.coordinates as [number, number], [38.9, -77.04])).toBeLessThan(25);
		expect([...finished, ...drafts].some((place) => place.kind === 'state' && place.name === 'Washington')).toBe(false);
	});

	it('makes no place of "It", "This", "August", or the words of an organisation\'s name', () => {
		for (const word of ['It', 'This', 'August', 'Center', 'Immigration Studies', 'Austin', 'Vatican City']) expect(named(word), word).toBeUndefined();
	});

	it('takes Monterrey after "In" opening a sentence, and leaves "the Rio Grande" open with its candidates', () => {
		expect(finished.find((place) => place.name === 'Monterrey')?.country).toBe('Mexico');
		const rio = drafts.find((place) => place.name === 'Rio Grande');
		expect(rio?.file).toBe('_rio-grande.yaml');
		expect(String(rio?.coordinates)).toMatch(/^TODO: which Rio Grande\? .*Candidates: .*\[-?\d+\.\d+, -?\d+\.\d+\].* km from .*; or /);
	});
});

describe('a story filed from SANTIAGO, Chile', () => {
	const { finished, drafts } = draftPlaces('pinochet-inquiry.txt');

	it('writes finished only its countries and cities', () => {
		expect(finished.map((place) => place.name).sort()).toEqual(['Chile', 'London', 'Santiago', 'Spain', 'Valparaíso']);
		expect(drafts).toEqual([]);
	});

	it('puts London in England (twenty times the people of London, Ontario), and Santiago and Valparaiso in Chile', () => {
		const london = finished.find((place) => place.name === 'London');
		expect(london?.country).toBe('United Kingdom');
		expect(finished.find((place) => place.name === 'Santiago')?.country).toBe('Chile');
		expect(finished.find((place) => String(place.name).startsWith('Valpara'))?.country).toBe('Chile');
	});
});
