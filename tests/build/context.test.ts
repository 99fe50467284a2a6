/** Who's who, places and the locator map, mention links and entity pages, read from the real build in dist/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DIST, readPage, STORY_SLUG } from '../support/site';
import { AP_EXPLAINER, loadExplainer } from '../support/explainers';

const explainerPath = `/explainers/${STORY_SLUG}/`;
const html = readPage(explainerPath);
const $ = cheerio.load(html);
const { data } = loadExplainer(AP_EXPLAINER);

/** Where a site link goes: the page's HTML and the element its fragment names must both exist. */
function resolves(href: string, from = explainerPath): boolean {
	const [path, fragment] = href.split('#');
	const page = cheerio.load(readPage(path || from));
	return fragment === undefined || page(`[id="${fragment}"]`).length === 1;
}

describe('who’s who on the explainer page', () => {
	const cards = $('#people li[id^="person-"]');

	it('has a card for each of the seven people, surname-only ones included', () => {
		expect(cards.toArray().map((card) => $(card).attr('id'))).toEqual(data.people.map((p) => `person-${p.id}`));
		expect($('#person-donald-trump .name').text()).toBe('Donald Trump');
		expect($('#people-heading').text()).toBe('Who’s who');
	});

	it('gives name, native name in its language, role and country, the summary and the paragraphs that mention them', () => {
		for (const person of data.people) {
			const card = $(`#person-${person.id}`);
			expect(card.find('a.name').text()).toBe(person.name);
			if (person.native) {
				expect(card.find(`.name + [lang="${person.native.lang}"]`).text(), person.id).toBe(person.native.name);
			}
			expect(card.find('.details').text()).toBe(`${person.role} · ${person.country}`);
			expect(card.text()).toContain(person.summary);
			const refs = card.find('.refs a').toArray().map((a) => $(a).attr('href'));
			expect(refs.length, person.id).toBeGreaterThan(0);
			for (const ref of refs) expect($(`p[id="${(ref as string).slice(1)}"]`).length, ref).toBe(1);
		}
		expect($('#person-sanae-takaichi [lang="ja"]').text()).toBe('高市早苗');
		expect($('#person-minoru-kihara .refs a').toArray().map((a) => $(a).text())).toEqual(['¶20']);
	});
});

describe('places and the locator map', () => {
	const svg = $('#places figure.map svg');

	it('lists each place with its one line', () => {
		const cards = $('#places li[id^="place-"]');
		expect(cards).toHaveLength(data.places.length);
		for (const place of data.places) expect($(`#place-${place.id}`).text(), place.id).toContain(place.summary);
	});

	it('draws the map as inline SVG with a name, and a label for every place', () => {
		expect(svg).toHaveLength(1);
		expect(svg.attr('role')).toBe('img');
		expect(svg.attr('aria-labelledby')).toBe('map-title');
		expect($('#map-title').text()).toMatch(/Locator map/);
		// A long name runs over two lines (<tspan>s), so compare the letters without spaces.
		const squeeze = (text: string) => text.replace(/\s+/g, '');
		// Places that share a dot share its label, their names joined by commas: "Tokyo, Yasukuni Shrine".
		const labels = svg.find('text').toArray().flatMap((text) => squeeze($(text).text()).split(','));
		expect(labels.sort()).toEqual(data.places.map((place) => squeeze(place.name)).sort());
	});

	it('fetches nothing and runs nothing: no images, tiles, scripts or outside links in the map', () => {
		expect(svg.find('image, use, script, foreignObject, a')).toHaveLength(0);
		expect(svg.html()).not.toMatch(/https?:/);
	});
});

describe('linked mentions', () => {
	it('link each person and place once, from the story to its card', () => {
		for (const [kind, list] of [['person', data.people], ['place', data.places]] as const) {
			for (const entity of list) {
				const links = $(`#story a[href="#${kind}-${entity.id}"]`);
				expect(links.length, entity.id).toBe(1);
				expect(entity.names).toContain(links.text());
			}
		}
		expect($('#story a a')).toHaveLength(0);
	});

	it('and every fragment link on the page lands on an element', () => {
		const fragments = new Set($('a[href^="#"]').toArray().map((a) => $(a).attr('href') as string));
		for (const href of fragments) expect($(`[id="${href.slice(1)}"]`).length, href).toBe(1);
	});

	it('the jump menu leads to who’s who and places', () => {
		expect($('.jump a').toArray().map((a) => $(a).attr('href'))).toEqual(['#story', '#timeline', '#people', '#places']);
	});
});

describe('entity pages', () => {
	it('exist for every person and place, and the cards link to them', () => {
		for (const person of data.people) {
			expect(existsSync(join(DIST, 'people', person.id, 'index.html')), person.id).toBe(true);
			expect($(`#person-${person.id} a.name`).attr('href')).toBe(`/people/${person.id}/`);
		}
		for (const place of data.places) {
			expect(existsSync(join(DIST, 'places', place.id, 'index.html')), place.id).toBe(true);
			expect($(`#place-${place.id} a.name`).attr('href')).toBe(`/places/${place.id}/`);
		}
		expect(readdirSync(join(DIST, 'people')).sort()).toEqual(data.people.map((p) => p.id).sort());
	});

	it('link back to the card, the paragraphs and the timeline events of the explainer', () => {
		for (const path of ['/people/lee-jae-myung/', '/places/nara/', '/people/minoru-kihara/']) {
			const page = cheerio.load(readPage(path));
			const links = page('main a').toArray().map((a) => page(a).attr('href') as string);
			expect(links.filter((href) => href.startsWith(explainerPath)).length, path).toBeGreaterThan(2);
			for (const href of links.filter((h) => h.startsWith('/explainers/'))) expect(resolves(href), href).toBe(true);
		}
	});

	it('list each event that involves them, in date order', () => {
		const page = cheerio.load(readPage('/people/sanae-takaichi/'));
		const events = page('.entity-events a').toArray().map((a) => page(a).attr('href'));
		const expected = data.dates
			.filter((d) => d.people.includes('sanae-takaichi'))
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((d) => `${explainerPath}#timeline-${d.id}`);
		expect(events).toEqual(expected);
		expect(page('.entity-events time').first().text()).toBe('Aug. 15, 2025');
		expect(page('h1').text()).toBe('Sanae Takaichi 高市早苗');
		expect(page('.roles li').text()).toContain('Prime Minister of Japan');
		expect(page('.roles time').attr('datetime')).toBe('2026-01-12');
	});

	it('give a place its coordinates and a locator map', () => {
		const page = cheerio.load(readPage('/places/venezuela/'));
		expect(page('.details').first().text()).toBe('Country · 7.10° N, 66.20° W');
		expect(page('svg[role="img"] text').text()).toBe('Venezuela');
	});
});

describe('related explainers', () => {
	it('are left out when no other explainer shares anyone or anywhere', () => {
		expect($('#related')).toHaveLength(0);
	});
});

describe('the page budget', () => {
	it('keeps the explainer page’s HTML with its inlined CSS within 14,600 bytes gzipped', () => {
		expect($('link[rel="stylesheet"]')).toHaveLength(0);
		const size = gzipSync(readFileSync(join(DIST, 'explainers', STORY_SLUG, 'index.html')), { level: 9 }).length;
		expect(size).toBeLessThanOrEqual(14_600);
	});
});
