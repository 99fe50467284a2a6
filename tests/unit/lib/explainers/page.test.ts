import { describe, expect, it } from 'vitest';
import { explainerPage } from '../../../../src/lib/explainers/page';
import { AP_EXPLAINER, loadExplainer } from '../../../support/explainers';

const { id, data } = loadExplainer(AP_EXPLAINER);
const site = new URL('https://backstory.example/');
const page = explainerPage({ id, data, rendered: { html: `<p id="p-1">${data.description.split('. ')[0]}. More.</p>` } }, { site, siteName: 'Backstory', pathname: `/explainers/${id}/` });

describe('explainerPage', () => {
	it('gives the page its timeline, cards and map, from the entry alone', () => {
		expect(page.timeline.items.length).toBe(data.dates.length);
		expect(page.people.map((card) => card.id)).toEqual(data.people.map((person) => person.id));
		expect(page.places.map((card) => card.id)).toEqual(data.places.map((place) => place.id));
		expect(page.map).toBeDefined();
		expect(page.rolesAsOf).toBe('Jan. 12, 2026');
	});

	it('leaves out a summary that repeats the lede', () => {
		expect(page.standfirst).toBe(false);
	});

	it('quotes the story’s words in each timeline entry, with the story’s typography', () => {
		const html = '<p id="p-18"><a href="#timeline-japan-defeat" id="ref-japan-defeat" class="timeline-ref"><time datetime="1945-08-15">Japan’s defeat</time></a></p>';
		const quoted = explainerPage({ id, data, rendered: { html } }, { site, siteName: 'Backstory', pathname: `/explainers/${id}/` });
		const item = quoted.timeline.items.find((entry) => entry.id === 'japan-defeat');
		expect(data.dates.find((entry) => entry.id === 'japan-defeat')?.phrase).toBe("Japan's defeat");
		expect(item?.phrase).toBe('Japan’s defeat');
	});

	it('points link previews at the explainer’s card, absolutely', () => {
		expect(page.image).toMatchObject({ src: `/og/explainers/${id}.png`, width: 1200, height: 630 });
		expect(page.jsonLd).toMatchObject({ '@type': 'NewsArticle', url: `https://backstory.example/explainers/${id}/` });
	});
});
