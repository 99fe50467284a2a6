/**
 * A page's search extract is all Pagefind needs of it: Pagefind (the real binary) writes the same index,
 * byte for byte, from the extracts as from the pages. The built site's pages are compared in
 * tests/build/search-feed.test.ts; here, pages made to catch each way the extract could lose something.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { searchExtract } from '../../../../src/lib/build/search-extract';
import { closePagefind, pagefindIndex } from '../../../support/pagefind-index';

afterAll(() => closePagefind());

const page = (body: string, { head = '', after = '' } = {}) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title><style>main{color:red}</style>${head}</head><body><header><a href="/">Site</a><nav><a href="/search/">Search</a></nav></header>${body}${after}<footer><p>Footer words</p></footer></body></html>`;

const PAGES: Record<string, string> = {
	'an explainer': page(
		`<main id="main" data-pagefind-body data-pagefind-meta="kind:Explainer"><article><h1>Lee visits Nara</h1><p id="p-1">President <a href="#person-lee">Lee</a> met <b>Takaichi</b> on Tuesday.<a class="anchor" href="#p-1" aria-label="Link"></a></p><svg viewBox="0 0 10 10"><g id="land"><path d="M0 0L1 1"/><text>Seoul</text></g><svg><text>inner</text></svg></svg><h2 id="timeline">Timeline</h2><ol><li id="t-1"><time datetime="1965">1965</time> A treaty</li></ol><section data-pagefind-ignore><h2 id="related">Related</h2><ul><li><a href="/x/">Another story about Beijing</a></li></ul></section><script type="module" src="/_astro/x.js"></script><p>After.</p></article></main>`,
	),
	'a person, with lists Pagefind ignores': page(
		`<main data-pagefind-body data-pagefind-meta="kind:Person"><h1>Lee Jae Myung</h1><p>President of South Korea.</p><section data-pagefind-ignore="all"><h2>Explainers</h2><ol><li>Summit in Nara</li></ol></section><div data-pagefind-ignore=""><p>Events</p></div><section data-pagefind-ignore="true"><p>More</p></section></main>`,
	),
	'an image and a heading inside an ignored section': page(
		`<main data-pagefind-body><p>No heading yet</p><section data-pagefind-ignore><h1>Title from an ignored heading</h1><img src="/a.png" alt="A map"></section><p>Text</p></main>`,
	),
	'meta and a filter inside an ignored section': page(
		`<main data-pagefind-body><h1>Filters</h1><div data-pagefind-ignore><span data-pagefind-filter="country">Japan</span><span data-pagefind-meta="date">2026-01-12</span></div></main>`,
	),
	'a heading outside the body': page(`<main data-pagefind-body><p>Body text</p></main>`, { head: '', after: '<h1>A heading after the body</h1>' }),
	'an image after the body': page(`<main data-pagefind-body><h1>Title</h1><p>Text</p></main>`, { after: '<img src="/after.png" alt="After">' }),
	'two bodies': page(`<main data-pagefind-body><h1>One</h1></main><aside data-pagefind-body><p>Two</p></aside>`),
	'a > inside an attribute': page(`<main data-pagefind-body title="a > b"><h1>Quoted</h1><div data-pagefind-ignore title="x > y"><p>Skipped > words</p></div><p>Kept words</p></main>`),
	'an inline element Pagefind ignores inside a heading': page(`<main data-pagefind-body><h2 id="h">Heading <span data-pagefind-ignore>with <b>hidden</b> words</span></h2><p>Text</p></main>`),
	'nested elements of the same kind': page(`<div data-pagefind-body><div><div data-pagefind-ignore><div><p>Deep</p></div></div><p>Shallow</p></div></div><div><p>Outside</p></div>`),
	'a weight and index-attrs': page(`<main data-pagefind-body><h1>Weights</h1><p data-pagefind-weight="4">Heavy words</p><img src="/i.png" alt="An alt text" data-pagefind-index-attrs="alt"></main>`),
	'no body': page(`<main><h1>Not searchable</h1></main>`),
};

describe('searchExtract', () => {
	it('makes Pagefind write the same index as the whole pages do, byte for byte', async () => {
		const urls = Object.keys(PAGES).map((name, i) => ({ name, url: `/page-${i}/` }));
		const whole = await pagefindIndex(urls.map(({ name, url }) => ({ url, html: PAGES[name] })));
		const extracts = await pagefindIndex(urls.map(({ name, url }) => ({ url, html: searchExtract(PAGES[name]!) ?? PAGES[name]! })));
		expect(Object.keys(extracts)).toEqual(Object.keys(whole));
		expect(extracts).toEqual(whole);
	});

	it('keeps each page Pagefind would index whole, one page at a time', async () => {
		for (const [name, html] of Object.entries(PAGES)) {
			const extract = searchExtract(html) ?? html;
			expect(await pagefindIndex([{ url: '/p/', html: extract }]), name).toEqual(await pagefindIndex([{ url: '/p/', html }]));
		}
	});

	it('leaves out the head, what is outside the body, and the insides of what Pagefind skips', () => {
		const extract = searchExtract(PAGES['an explainer']!)!;
		expect(extract).toMatch(/^<html lang="en"><head><title>A page<\/title><\/head><body><main id="main" data-pagefind-body/);
		for (const gone of ['main{color:red}', 'Footer words', 'href="/search/"', '<path', 'Another story about Beijing', 'Seoul']) expect(extract).not.toContain(gone);
		expect(extract).toContain('<svg viewBox="0 0 10 10"></svg>');
		expect(extract).toContain('<section data-pagefind-ignore></section>');
		expect(extract).toContain('President <a href="#person-lee">Lee</a> met <b>Takaichi</b>');
	});

	it('keeps what Pagefind reads even where it does not index the text: a heading, an image, a meta, a filter', () => {
		expect(searchExtract(PAGES['an image and a heading inside an ignored section']!)).toContain('<img src="/a.png" alt="A map">');
		expect(searchExtract(PAGES['meta and a filter inside an ignored section']!)).toContain('data-pagefind-filter="country"');
		expect(searchExtract(PAGES['an inline element Pagefind ignores inside a heading']!)).toContain('with <b>hidden</b> words');
	});

	it('gives the whole page where something Pagefind reads is outside the body, or there are two', () => {
		for (const name of ['a heading outside the body', 'an image after the body', 'two bodies']) expect(searchExtract(PAGES[name]!), name).toBe(PAGES[name]);
	});

	it('gives nothing for a page without a body to index', () => {
		expect(searchExtract(PAGES['no body']!)).toBeUndefined();
	});
});
