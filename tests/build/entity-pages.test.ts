/**
 * Entity pages across explainers, proved on a second, small explainer that exists only as a test
 * fixture (tests/fixtures/content/explainers/, beside the AP explainer, symlinked): it is built here
 * into tests/.tmp/, never into the site. Then bad input: each broken explainer must stop the build,
 * naming the file and the field.
 *
 * The builds run one after another, with a content cache of their own (BACKSTORY_CACHE_DIR).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, runAstroBuild } from '../support/astro-build';
import { DIST, readPage, STORY_SLUG } from '../support/site';

const OUT = 'tests/.tmp/entity-pages';
const FIXTURE_DIST = join(OUT, 'dist');
const FIXTURE_SLUG = 'lee-final-rally';

/** Broken copies of the AP explainer's content: what the editor got wrong, in which file, and what the build must say. */
const broken = {
	'a name the story never uses': {
		file: `explainers/${STORY_SLUG}.md`,
		change: (text: string) => text.replace('names: [Minoru Kihara]', 'names: [Minoru Kihara, Kihara-san]'),
		expect: ['people[6].names[1]', '"Kihara-san" never occurs in the story'],
	},
	'a place without coordinates': {
		file: 'places/nara.yaml',
		change: (text: string) => text.replace('coordinates: [34.6851, 135.8048]\n', ''),
		expect: ['coordinates: is missing', 'expected [latitude, longitude] in decimal degrees'],
	},
	'coordinates out of range': {
		file: 'places/seoul.yaml',
		change: (text: string) => text.replace('coordinates: [37.5665, 126.978]', 'coordinates: [37.5665, 226.978]'),
		expect: ['coordinates[1]', 'longitude must be between -180 and 180; found 226.978'],
	},
} as const;

let fixtureBuild: BuildResult;
const brokenBuilds = new Map<string, { result: BuildResult; file: string }>();

beforeAll(async () => {
	rmSync(OUT, { recursive: true, force: true });
	// A cache of their own: other build tests may be building the real content at the same time.
	const env = { BACKSTORY_CACHE_DIR: resolve(OUT, 'cache') };
	fixtureBuild = await runAstroBuild({ outDir: resolve(FIXTURE_DIST), content: 'tests/fixtures/content', env });
	for (const [name, { file: changedFile, change }] of Object.entries(broken)) {
		const content = join(OUT, name.replace(/\W+/g, '-'));
		const file = join(content, changedFile);
		for (const folder of ['explainers', 'people', 'places']) cpSync(join('content', folder), join(content, folder), { recursive: true });
		const original = readFileSync(file, 'utf8');
		const changed = change(original);
		if (changed === original) throw new Error(`The change for "${name}" no longer applies to content/${changedFile}`);
		writeFileSync(file, changed);
		const result = await runAstroBuild({ outDir: resolve(OUT, 'broken-dist'), content, env });
		brokenBuilds.set(name, { result, file });
	}
}, 300_000);

const fixturePage = (path: string) => cheerio.load(readPage(path, FIXTURE_DIST));

describe('one person in two explainers', () => {
	it('the fixture site builds', () => {
		expect(fixtureBuild.code, fixtureBuild.output).toBe(0);
	});

	it('is one page listing both explainers, newest first', () => {
		const $ = fixturePage('/people/lee-jae-myung/');
		const titles = $('#explainers-heading + .cards h3 a').toArray().map((a) => $(a).attr('href'));
		expect(titles).toEqual([`/explainers/${STORY_SLUG}/`, `/explainers/${FIXTURE_SLUG}/`]);
		expect($('#explainers-heading').text()).toBe('In 2 explainers');
	});

	it('shows each explainer’s role with its date rather than overwrite one with the other', () => {
		const $ = fixturePage('/people/lee-jae-myung/');
		expect($('#roles-heading').text()).toBe('Roles over time');
		const roles = $('.roles li').toArray().map((li) => [$(li).find('strong').text(), $(li).find('time').attr('datetime')]);
		expect(roles).toEqual([
			['President of South Korea', '2026-01-12'],
			['Democratic Party presidential candidate', '2025-05-30'],
		]);
		expect($('.roles li').first().find('a').attr('href')).toBe(`/explainers/${STORY_SLUG}/`);
	});

	it('lists the timeline events of both explainers that involve him, in date order', () => {
		const $ = fixturePage('/people/lee-jae-myung/');
		const events = $('.entity-events a').toArray().map((a) => $(a).attr('href'));
		expect(events.slice(0, 3)).toEqual([
			`/explainers/${FIXTURE_SLUG}/#timeline-lee-nominated`,
			`/explainers/${FIXTURE_SLUG}/#timeline-snap-election`,
			`/explainers/${STORY_SLUG}/#timeline-apec-gyeongju`,
		]);
		expect(events).toHaveLength(8);
		for (const href of events) {
			const [path = '', fragment] = (href as string).split('#');
			expect(fixturePage(path)(`[id="${fragment}"]`), href).toHaveLength(1);
		}
	});

	it('and a shared place is one page too', () => {
		const $ = fixturePage('/places/seoul/');
		expect($('#explainers-heading + .cards li')).toHaveLength(2);
		expect($('.entity-events a').toArray().map((a) => $(a).attr('href'))).toEqual([]);
	});

	it('each explainer names the other as related, with what they share', () => {
		const fixture = fixturePage(`/explainers/${FIXTURE_SLUG}/`);
		expect(fixture('#related li a').attr('href')).toBe(`/explainers/${STORY_SLUG}/`);
		expect(fixture('#related span').text()).toContain('Also involves Lee Jae Myung, Seoul, Japan, South Korea');
		const ap = fixturePage(`/explainers/${STORY_SLUG}/`);
		expect(ap('#related li a').attr('href')).toBe(`/explainers/${FIXTURE_SLUG}/`);
	});

	it('the fixture’s own cards link to the shared entity pages', () => {
		const $ = fixturePage(`/explainers/${FIXTURE_SLUG}/`);
		expect($('#person-lee-jae-myung .details').text()).toBe('Democratic Party presidential candidate · South Korea');
		expect($('#person-lee-jae-myung a.name').attr('href')).toBe('/people/lee-jae-myung/');
		expect($('#story a[href="#person-lee-jae-myung"]').text()).toBe('Lee Jae Myung');
	});

	it('the fixture’s summary, which says something its lede does not, is printed as its standfirst', () => {
		expect(fixturePage(`explainers/${FIXTURE_SLUG}`)('.standfirst').text()).toBe('A small explainer used only by Backstory’s tests.');
	});

	it('the fixture is never part of the real site', () => {
		expect(() => readPage(`/explainers/${FIXTURE_SLUG}/`, DIST)).toThrow();
		const lee = readPage('/people/lee-jae-myung/', DIST);
		expect(lee).not.toContain(FIXTURE_SLUG);
		expect(lee).not.toContain('Democratic Party presidential candidate');
	});
});

describe('bad input stops the build, naming file and field', () => {
	for (const [name, { expect: words }] of Object.entries(broken)) {
		it(name, () => {
			const { result, file } = brokenBuilds.get(name) as { result: BuildResult; file: string };
			expect(result.code).not.toBe(0);
			expect(result.output).toContain(file);
			for (const word of words) expect(result.output).toContain(word);
		});
	}
});
