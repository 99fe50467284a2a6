/**
 * The dev server's preview of a draft from `npm run new`: built here the way `npm run dev` loads
 * content (BACKSTORY_DRAFTS=1 turns drafts on outside the dev server), the draft's page carries a
 * banner listing every open field with its line, and leaves out the places whose files are
 * unfinished, saying so.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNew } from '../../src/authoring/cli';
import { buildSite } from '../support/astro-build';

const TMP = 'tests/.tmp/draft-preview';
let html: ReturnType<typeof load>;
let open: ReturnType<typeof runNew>['open'];

beforeAll(async () => {
	rmSync(TMP, { recursive: true, force: true });
	const content = join(TMP, 'content');
	({ open } = runNew(['tests/fixtures/ap-japan-south-korea-summit.txt', '--published', '2026-01-12', '--slug', 'summit'], {
		cwd: process.cwd(),
		contentRoot: content,
		log: () => {},
	}));
	await buildSite({ outDir: join(TMP, 'dist'), content, env: { BACKSTORY_DRAFTS: '1', BACKSTORY_CACHE_DIR: join(TMP, 'cache') } });
	html = load(readFileSync(join(TMP, 'dist/explainers/_summit/index.html'), 'utf8'));
});

describe('a draft in the dev preview', () => {
	it('shows a banner listing every open field of the explainer, with its line', () => {
		const banner = html('aside.draft-banner');
		expect(banner.find('h2').text()).toMatch(/^Draft: \d+ fields are still open$/);
		const items = banner.find('li').map((_, li) => html(li).text()).get();
		const explainerOpen = open.filter((field) => field.file.startsWith('explainers/'));
		for (const { field, note } of explainerOpen) {
			expect(items).toContainEqual(expect.stringMatching(new RegExp(`^${field.replace(/[[\]().]/g, '\\$&')} \\(line \\d+\\): ${note.replace(/[[\]().*+?]/g, '\\$&')}$`)));
		}
	});

	it('leaves out a place whose file is still a draft, and says so in the banner', () => {
		expect(html('#place-horyu-temple')).toHaveLength(0);
		expect(html('#place-nara')).toHaveLength(1);
		expect(html('aside.draft-banner').text()).toMatch(/places\[\d+\]\.id: .*_horyu-temple\.yaml.*left out of this preview/);
	});

	it('lists the open fields of the unfinished person and place files it names, with their lines', () => {
		const items = html('aside.draft-banner li').map((_, li) => html(li).text()).get();
		expect(items).toContainEqual(expect.stringMatching(/_xi-jinping\.yaml: country \(line 4\): the country Xi Jinping serves or comes from$/));
		expect(items).toContainEqual(expect.stringMatching(/_yasukuni-shrine\.yaml: coordinates \(line \d+\): \[latitude, longitude\] of Yasukuni Shrine in decimal degrees; the story puts it in Tokyo$/));
		// Every open field of every file the tool wrote is listed: the explainer's, and its drafts'.
		expect(items).toHaveLength(open.length + html('aside.draft-banner li').filter((_, li) => /left out of this preview/.test(html(li).text())).length);
	});

	it('is marked a draft on the home list, where the preview lists it', () => {
		const home = load(readFileSync(join(TMP, 'dist/index.html'), 'utf8'));
		const item = home('.explainer-list li').filter((_, li) => home(li).find('a[href="/explainers/_summit/"]').length > 0);
		expect(item.find('.kicker').text()).toMatch(/^Draft, not published · World · /);
	});

	it('shows the story word for word', () => {
		expect(html('#p-20').text()).toContain('some of the remains found at the site last year');
	});
});
