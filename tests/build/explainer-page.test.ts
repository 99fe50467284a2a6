import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage, STORY_SLUG } from '../support/site';
import { readExplainerFile } from '../support/content';

const $ = load(readPage(`explainers/${STORY_SLUG}`));
const source = readFileSync('tests/fixtures/ap-japan-south-korea-summit.txt', 'utf8').split('\n');
const { frontmatter } = readExplainerFile();
const dateIds = (frontmatter.dates as { id: string }[]).map((d) => d.id);
// Typographic quotes in the rendered page are fine; the words are not to change.
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe('the built explainer page', () => {
	it('has the headline, source, dateline and publication date', () => {
		expect($('h1').text()).toBe(source[1]);
		expect($('.byline').text()).toContain('The Associated Press');
		expect($('.byline').text()).toContain('TOKYO');
		expect($('.byline time').attr('datetime')).toBe('2026-01-12');
		expect($('.byline time').text()).toBe('Jan. 12, 2026');
	});

	it('does not print the wire summary above the story, since it repeats the lede; metadata and the feed keep it', () => {
		expect($('.standfirst')).toHaveLength(0);
		expect($('meta[name="description"]').attr('content')).toBe(source[0]);
		expect(readFileSync('dist/rss.xml', 'utf8')).toContain(source[0].slice(0, 60));
	});

	it('holds the 20 paragraphs of the story in order, word for word, each with a stable id', () => {
		const paragraphs = $('#story > p');
		expect(paragraphs).toHaveLength(20);
		paragraphs.each((index, p) => {
			expect($(p).attr('id')).toBe(`p-${index + 1}`);
			expect(plain($(p).text())).toBe(plain(source[index + 2]));
		});
	});

	it('lists every timeline entry with its id, in chronological order', () => {
		const entries = $('#timeline li.event');
		expect(entries).toHaveLength(dateIds.length);
		expect(entries.map((_, li) => $(li).attr('id')).get().sort()).toEqual(dateIds.map((id) => `timeline-${id}`).sort());
		const datetimes = entries.map((_, li) => $(li).children('time').attr('datetime')).get();
		expect(datetimes[0]).toBe('0700');
		expect(datetimes.at(-1)).toBe('2026-01-14');
	});

	it('marks publication between what had happened and what was scheduled', () => {
		const items = $('#timeline ol > li');
		const marker = items.index($('#timeline .published-marker'));
		expect(items.eq(marker - 1).attr('id')).toBe('timeline-lee-nhk-interview');
		expect(items.eq(marker + 1).attr('id')).toBe('timeline-nara-summit');
		expect($('#timeline li.scheduled')).toHaveLength(3);
	});

	it('links each timeline phrase in the story to its entry, and each entry back to its paragraph', () => {
		const refs = $('#story a.timeline-ref');
		expect(refs).toHaveLength(dateIds.length);
		refs.each((_, a) => {
			const target = $(`${$(a).attr('href')}`);
			expect(target.hasClass('event'), $(a).attr('href')).toBe(true);
			// The resolved date travels with the words.
			expect($(a).find('time').attr('datetime')).toBe(target.children('time').attr('datetime'));
			// ...and the entry points back to the paragraph holding the phrase.
			const back = target.find('a.source').attr('href')!;
			expect($(back).find(`#${$(a).attr('id')}`)).toHaveLength(1);
		});
	});

	it('resolves relative dates against the publication day', () => {
		const datetimeOf = (id: string) => $(`#ref-${id} time`).attr('datetime');
		expect($('#ref-nara-summit').text()).toBe('on Tuesday');
		expect(datetimeOf('nara-summit')).toBe('2026-01-13');
		expect(datetimeOf('lee-visits-china')).toBe('2026-01-05');
		expect(datetimeOf('taiwan-remarks')).toBe('2025-11');
		expect(datetimeOf('remains-found')).toBe('2025');
		expect(datetimeOf('yasukuni-offering')).toBe('2025-08-15');
	});
});

describe('the home and 404 pages', () => {
	it('lists the explainer, newest first, linking to its stable URL', () => {
		const home = load(readPage(''));
		expect(home(`a[href="/explainers/${STORY_SLUG}/"]`).text()).toBe(source[1]);
	});
	it('has a 404 page that leads home', () => {
		const notFound = load(readPage('404.html'));
		expect(notFound('h1').text()).toBe('Page not found');
		expect(notFound('main a[href="/"]')).toHaveLength(1);
	});
});
