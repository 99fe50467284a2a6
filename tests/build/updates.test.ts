/**
 * A story taken through its later versions with `npm run update` (tests/fixtures/updates: our own
 * story, not a wire one), built into tests/.tmp/updates/: the pages readers get. After a write-through,
 * paragraphs added and removed, and a correction, every paragraph link of every earlier version lands
 * on its words (or on the paragraph that took their place); the page says when it was updated, shows
 * the correction first and links to a change view that needs no JavaScript; JSON-LD, the feed and the
 * sitemap follow the latest update. A copy taken on to its kill is a withdrawal notice at its address,
 * out of the lists, the feed, search and the sitemap.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { buildUpdatedSite, readDraft, SLUG, WITHDRAWN } from '../support/update-chain';

const OUT = resolve('tests/.tmp/updates');
const DIST = join(OUT, 'dist');
/** The paragraph links readers may have shared: those of the first version and of each published update. */
const shared: Map<string, string>[] = [];

const page = (path: string) => load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
/** The words as the page prints them, compared with the file's: quotes and dashes made plain. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
	shared.push(...(await buildUpdatedSite(OUT)));
});

describe('an updated explainer', () => {
	it('keeps every paragraph link ever shared, on its words or on the paragraph in their place', () => {
		const $ = page(`explainers/${SLUG}`);
		const story = $('.story > p[id]')
			.map((_, p) => plain($(p).text()))
			.get();
		let checked = 0;
		for (const links of shared) {
			for (const [id, words] of links) {
				const target = $(`[id="${id}"]`);
				expect(target, `#${id}`).toHaveLength(1);
				const landing = plain((target.is('p') ? target : target.closest('p')).text());
				if (story.includes(plain(words))) expect(landing, `#${id}`).toBe(plain(words));
				else expect(story, `#${id}`).toContain(landing);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(25);
		// The missile's paragraph, cut by the third version: its link lands on the paragraph after it.
		expect(plain($('[id="p-3"]').closest('p').text())).toMatch(/^Lee told reporters in Seoul on Friday/);
	});

	it('says when it was updated, shows the correction before the story, and logs every update', () => {
		const $ = page(`explainers/${SLUG}`);
		expect(plain($('.byline.updated').text())).toBe('Updated Jan. 14, 2026, 9:15 a.m. JST');
		const correction = $('.story .corrections');
		// The note the editor wrote for the correction (the wire's ednote was quoted to them in the draft).
		const [, , written] = readDraft(join(OUT, 'content', 'explainers', `${SLUG}.md`)).data.updates as { kind: string; note: string }[];
		expect(written.kind).toBe('correction');
		expect(plain(correction.text())).toBe(plain(`CorrectionJan. 14, 2026, 9:15 a.m. JST: ${written.note}`));
		expect($('.story').children().first().is('.corrections'), 'the correction comes first in the story').toBe(true);
		expect($('.updates li')).toHaveLength(3);
		expect($('.updates a[href$="/changes/"]').attr('href')).toBe(`/explainers/${SLUG}/changes/`);
	});

	it('has a change view that marks added and removed paragraphs in HTML alone', () => {
		const $ = page(`explainers/${SLUG}/changes`);
		expect($('meta[name="robots"]').attr('content')).toContain('noindex');
		expect($('section.version')).toHaveLength(3);
		expect(plain($('li.removed del').text())).toContain('Officials in Tokyo said the leaders would also discuss North Korea');
		expect(plain($('li.added').text())).toContain('After more than three hours of talks');
		expect($('li.changed ins').length).toBeGreaterThan(0);
		expect($('details summary').length).toBeGreaterThan(0);
		// Nothing on the page needs a script to show: every change is in the markup.
		expect($('script:not([type="application/ld+json"])').filter((_, s) => !$(s).attr('src')?.includes('ShareLinks')).length).toBe(0);
	});

	it('gives its latest update as dateModified, in the feed and as the sitemap’s lastmod', () => {
		const $ = page(`explainers/${SLUG}`);
		const jsonLd = JSON.parse($('script[type="application/ld+json"]').first().text());
		expect(jsonLd.dateModified).toBe('2026-01-14T09:15:00+09:00');
		const feed = load(readFileSync(join(DIST, 'rss.xml'), 'utf8'), { xml: true });
		const item = feed('item').filter((_, i) => feed(i).find('link').text().endsWith(`/explainers/${SLUG}/`));
		expect(item.find('dcterms\\:modified').text()).toBe('2026-01-14T09:15:00+09:00');
		const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`/explainers/${SLUG}/</loc><lastmod>2026-01-14T00:15:00.000Z</lastmod>`);
	});
});

describe('a withdrawn explainer', () => {
	it('is a notice at the same address', () => {
		const $ = page(`explainers/${WITHDRAWN}`);
		expect(plain($('.withdrawal h2').text())).toBe('This story has been withdrawn');
		const [withdrawal] = (readDraft(join(OUT, 'killed', 'explainers', `${SLUG}.md`)).data.updates as { kind: string; note: string }[]).slice(-1);
		expect(withdrawal.kind).toBe('withdrawal');
		expect(plain($('.withdrawal').text())).toContain(withdrawal.note);
		expect($('.story p')).toHaveLength(0);
		expect($('meta[name="robots"]').attr('content')).toContain('noindex');
		expect($('[data-pagefind-body]')).toHaveLength(0);
	});

	it('is out of the home list, the feed and the sitemap', () => {
		expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain(`/explainers/${WITHDRAWN}/`);
		expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).not.toContain(`/explainers/${WITHDRAWN}/`);
		expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(`/explainers/${WITHDRAWN}/`);
		expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).toContain(`/explainers/${SLUG}/`);
	});
});

describe('the pages of later versions', () => {
	const validator = new HtmlValidate(config);
	it.each([`explainers/${SLUG}`, `explainers/${SLUG}/changes`, `explainers/${WITHDRAWN}`])('%s is valid HTML', async (path) => {
		const report = await validator.validateFile(join(DIST, path, 'index.html'));
		expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
	});
});
