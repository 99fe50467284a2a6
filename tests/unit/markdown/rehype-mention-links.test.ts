/** The mention-linking plugin, fed through the real Markdown processor with the site's other plugins. */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import rehypeMentionLinks from '../../../src/markdown/rehype-mention-links';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids';
import rehypeTimelineLinks from '../../../src/markdown/rehype-timeline-links';
import { mentionsOf } from '../../../src/lib/story/mentions';
import { AP_EXPLAINER, loadExplainer, readExplainerFile } from '../../support/explainers';
import { renderStory } from '../../support/markdown';

async function render(markdown: string, frontmatter: Record<string, unknown>, withMentions = true) {
	const code = await renderStory(markdown, frontmatter, [rehypeParagraphIds, rehypeTimelineLinks, ...(withMentions ? [rehypeMentionLinks] : [])]);
	return cheerio.load(code, null, false);
}

const mentionLinks = ($: cheerio.CheerioAPI) =>
	$('a[href^="#person-"], a[href^="#place-"]')
		.toArray()
		.map((a) => [$(a).attr('href'), $(a).text()]);

const small = {
	title: 'Test',
	description: 'Test',
	source: 'Test',
	dateline: 'SEOUL',
	published: '2026-01-12',
	people: [
		{ id: 'lee-jae-myung', name: 'Lee Jae Myung', role: 'President', country: 'South Korea', names: ['Lee Jae Myung', 'Lee'], summary: 'x' },
	],
	places: [
		{ id: 'south-korea', name: 'South Korea', kind: 'country', coordinates: [36.4, 127.9], names: ['South Korea'], summary: 'x' },
		{ id: 'korean-peninsula', name: 'Korean Peninsula', kind: 'region', coordinates: [38.3, 127.3], names: ['Korean Peninsula', 'Korea'], summary: 'x' },
		{ id: 'tokyo', name: 'Tokyo', kind: 'city', coordinates: [35.68, 139.77], names: ['Tokyo'], summary: 'x' },
	],
	dates: [{ id: 'talks', phrase: 'talks in Tokyo', date: '2026-01-10', title: 'Talks', summary: 'x' }],
};
const smallStory = [
	"SEOUL - Leeward winds blew as Lee's South Korean aides left.",
	'Lee Jae Myung said South Korea matters. South Korea, not Korea alone, agrees.',
	'After talks in Tokyo, Lee spoke of Korea under colonial rule, and of Tokyo.',
].join('\n\n');

describe('rehypeMentionLinks', () => {
	it('links the first mention of each person and place to its card, once', async () => {
		const $ = await render(smallStory, small);
		expect(mentionLinks($)).toEqual([
			['#person-lee-jae-myung', 'Lee'],
			['#place-south-korea', 'South Korea'],
			['#place-korean-peninsula', 'Korea'],
			['#place-tokyo', 'Tokyo'],
		]);
	});

	it('skips a name inside an organisation\'s name and links the next free mention', async () => {
		const story = [
			'Lee spoke at the University of Tokyo and at the Tokyo-based Center for Korean Studies.',
			'Later, in Tokyo, he met the Bank of Korea governor. South Korea and Korea agreed.',
		].join('\n\n');
		const $ = await render(story, { ...small, dates: [] });
		expect(mentionLinks($)).toEqual([
			['#person-lee-jae-myung', 'Lee'],
			['#place-tokyo', 'Tokyo'],
			['#place-south-korea', 'South Korea'],
			['#place-korean-peninsula', 'Korea'],
		]);
		expect($('#p-2 a[href="#place-tokyo"]').parent().text()).toContain('Later, in Tokyo');
		expect($('#p-1 a[href^="#place-"]').length).toBe(0);
	});

	it('matches whole words only: not "Lee" in "Leeward", not "South Korea" in "South Korean"', async () => {
		const $ = await render(smallStory, small);
		expect($('#p-1').html()).toBe('SEOUL - Leeward winds blew as <a href="#person-lee-jae-myung">Lee</a>’s South Korean aides left.');
	});

	it('lets the longest name win: "Korea" inside "South Korea" is not the peninsula', async () => {
		const $ = await render(smallStory, small);
		// The first "Korea" standing alone comes after two "South Korea"s, the second not linked again.
		expect($('#p-2').html()).toBe(
			'Lee Jae Myung said <a href="#place-south-korea">South Korea</a> matters. South Korea, not <a href="#place-korean-peninsula">Korea</a> alone, agrees.',
		);
	});

	it('links no name in the dateline, an address: the first mention in a sentence gets the link', async () => {
		const $ = await render(['SEOUL, South Korea (AP) — Lee said South Korea matters.', 'South Korea agreed.'].join('\n\n'), small);
		expect($('#p-1').html()).toBe('SEOUL, South Korea (AP) — <a href="#person-lee-jae-myung">Lee</a> said <a href="#place-south-korea">South Korea</a> matters.');
		expect($('#p-2 a')).toHaveLength(0);
	});

	it('never nests a mention inside a timeline link, and links the next mention instead', async () => {
		const $ = await render(smallStory, small);
		expect($('a a')).toHaveLength(0);
		expect($('a.timeline-ref').text()).toBe('talks in Tokyo');
		expect($('a[href="#place-tokyo"]').parent().attr('id')).toBe('p-3');
		expect($('#p-3').html()).toMatch(/and of <a href="#place-tokyo">Tokyo<\/a>\.$/);
	});

	it('changes no word of the story', async () => {
		const { frontmatter, body } = readExplainerFile(AP_EXPLAINER);
		const [linked, plain] = await Promise.all([render(body, frontmatter), render(body, frontmatter, false)]);
		expect(linked('p').length).toBe(20);
		expect(linked.root().text()).toBe(plain.root().text());
		linked('p').each((index, p) => expect(linked(p).text()).toBe(plain(plain('p')[index]).text()));
	});

	it('links every person and place of the AP story exactly once, on a name the frontmatter gives', async () => {
		const { frontmatter, body } = readExplainerFile(AP_EXPLAINER);
		const $ = await render(body, frontmatter);
		const links = mentionLinks($);
		const data = frontmatter as { people: { id: string; names: string[] }[]; places: { id: string; names: string[] }[] };
		const expected = [
			...data.people.map((entity) => ({ kind: 'person', entity })),
			...data.places.map((entity) => ({ kind: 'place', entity })),
		];
		expect(links).toHaveLength(expected.length);
		for (const { kind, entity } of expected) {
			const link = links.filter(([href]) => href === `#${kind}-${entity.id}`);
			expect(link, entity.id).toHaveLength(1);
			expect(entity.names).toContain(link[0]?.[1]);
		}
		// Each at the first paragraph that mentions it (as the loader counts mentions).
		const { data: loaded } = loadExplainer(AP_EXPLAINER);
		for (const entity of [...loaded.people, ...loaded.places]) {
			const anchor = `${loaded.people.includes(entity as never) ? 'person' : 'place'}-${entity.id}`;
			expect($(`a[href="#${anchor}"]`).closest('p').attr('id'), entity.id).toBe(`p-${mentionsOf(entity)[0]}`);
		}
		// Surname-only people are linked too.
		expect(links).toContainEqual(['#person-donald-trump', 'Trump']);
		expect($('a a')).toHaveLength(0);
	});

	it('does nothing when the frontmatter is invalid (the loader reports it)', async () => {
		const $ = await render(smallStory, { ...small, places: 'nowhere' });
		expect(mentionLinks($)).toEqual([]);
	});
});
