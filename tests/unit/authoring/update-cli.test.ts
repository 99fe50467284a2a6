/**
 * `npm run update` on a story of our own (tests/fixtures/updates): a write-through, a version with
 * paragraphs added and removed, a correction and a kill, each drafted, finished as an editor would and
 * published over the last. What the editor wrote is kept or listed, and every paragraph link of every
 * earlier version still lands on its words (or on what replaced them).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentsOf, KEPT_COMMENTS } from '../../../src/authoring/update-draft';
import { InputError } from '../../../src/authoring/wire-story';
import { checkExplainerFile, readEntityFacts } from '../../../src/lib/content/folder';
import { storyParagraphs } from '../../../src/lib/story/text';
import { freshContent, linksOf, publish, readDraft, runStep, SLUG, STEPS, VERSIONS } from '../../support/update-chain';

let root: string;
beforeEach(() => {
	root = freshContent(mkdtempSync(join(tmpdir(), 'backstory-update-')));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const publishedFile = () => join(root, 'explainers', `${SLUG}.md`);

const problemsOf = (file: string) => checkExplainerFile(file, readEntityFacts(root).facts, root).problems.map((p) => `${p.field}: ${p.message}`);

describe('npm run update, a write-through', () => {
	it('drafts the next version beside the published page, keeping every decision that still applies', () => {
		const before = readFileSync(publishedFile(), 'utf8');
		const result = runStep(root, STEPS.writeThrough);
		expect(readFileSync(publishedFile(), 'utf8')).toBe(before);
		const { data, body } = readDraft(result.draft);
		// The new text, word for word.
		expect(storyParagraphs(body)[0]).toMatch(/^NARA, Japan - The leaders of Japan and South Korea pledged on Tuesday/);
		expect(data.title).toBe('Fixture: Japan and South Korea pledge closer security ties at Nara talks');
		expect(data.dateline).toBe('NARA');
		// Every title and summary the editor wrote is kept.
		const dates = data.dates as { id: string; title: string; summary: string }[];
		expect(dates.map((d) => d.id)).toEqual(['nara-summit', 'takaichi-takes-office', 'missile-launch', 'lee-in-seoul', 'normalization', 'horyu-visit']);
		expect(dates.find((d) => d.id === 'lee-in-seoul')?.summary).toBe('He says he hopes the talks will build trust.');
		expect((data.people as { summary: string }[]).map((p) => p.summary)).toEqual([
			'Japan’s prime minister, hosting the talks near the city where she grew up.',
			'South Korea’s president, seeking trust with Tokyo.',
		]);
		// What is new is proposed, open.
		const southKorea = (data.places as { id: string; summary: string }[]).find((p) => p.id === 'south-korea');
		expect(southKorea?.summary).toMatch(/^TODO/);
		// The update, with its time, the zone at its offset, and an open note.
		const [update] = data.updates as { date: string; zone: string; note: string; kind?: string }[];
		expect(update).toMatchObject({ date: '2026-01-13T10:05+09:00', zone: 'Asia/Tokyo' });
		expect(update.note).toMatch(/^TODO/);
		expect(result.lines.join('\n')).toMatch(/Left for the editor: 2 open fields/);
	});

	it('keeps the published file’s comments, once each, never its own header', () => {
		const result = runStep(root, STEPS.writeThrough);
		const draft = readFileSync(result.draft, 'utf8');
		expect(draft).toContain(`# ${KEPT_COMMENTS}\n# A TEST FIXTURE, never published: the first version of a story written for the tests of\n`);
		expect(draft).toContain('# "Last week" is seven days, not a day: the editor dates it, at the precision the words allow.');
		expect(result.lines.join('\n')).toMatch(/The published file's 3 comment lines are at the top of the draft/);
		// Published as it is and updated again: the comments once, the tool's header said anew, not kept.
		const again = commentsOf(draft.split('---\n')[1]);
		expect(again).toHaveLength(3);
		expect(again.join('\n')).not.toMatch(/written by `npm run update`|Comments of the published file/);
	});

	it('reads relative dates again from the new version’s day: "on Friday" said on a Tuesday needs its tense', () => {
		const { data } = readDraft(runStep(root, STEPS.writeThrough).draft);
		// Jan. 16 is nearer Tuesday, Jan. 13 than Jan. 9 is; the sentence ("told reporters") is past.
		expect((data.dates as { id: string; tense?: string }[]).find((d) => d.id === 'lee-in-seoul')?.tense).toBe('past');
	});

	it('once published, passes the build’s checks and every old link lands on its words or the paragraph that replaced them', () => {
		const old = linksOf(publishedFile());
		runStep(root, STEPS.writeThrough);
		publish(root);
		expect(problemsOf(publishedFile())).toEqual([]);
		const now = linksOf(publishedFile());
		for (const [id, words] of old) {
			if (id === 'p-1') expect(now.get(id), id).toMatch(/^NARA, Japan - The leaders of Japan and South Korea pledged/);
			else expect(now.get(id), id).toBe(words);
		}
	});
});

describe('npm run update, through every version', () => {
	it('keeps every link of every earlier version, lists what no longer anchors, and marks a correction and a kill', () => {
		const links = [linksOf(publishedFile())];
		runStep(root, STEPS.writeThrough);
		publish(root);
		links.push(linksOf(publishedFile()));

		// Paragraphs added and removed: the missile's paragraph is gone, and with it its entry, North Korea and Tokyo.
		const third = runStep(root, STEPS.addedRemoved);
		const { data } = readDraft(third.draft);
		const missile = (data.dates as { id: string; phrase: string }[]).find((d) => d.id === 'missile-launch');
		expect(missile?.phrase).toMatch(/^TODO/);
		expect(missile?.phrase).toContain('Officials in Tokyo said the leaders would also discuss North Korea, which fired a ballistic missile last week.');
		for (const id of ['north-korea', 'tokyo']) {
			const place = (data.places as { id: string; names: unknown; summary: string }[]).find((p) => p.id === id);
			expect(String(place?.names), id).toMatch(/^TODO/);
			expect(place?.summary, 'its summary is kept for the editor to reuse').not.toMatch(/^TODO/);
		}
		expect(third.open.some((line) => line.includes('missile-launch'))).toBe(true);
		publish(root);
		expect(problemsOf(publishedFile())).toEqual([]);
		links.push(linksOf(publishedFile()));

		const fourth = runStep(root, STEPS.correction);
		const [, , correction] = (readDraft(fourth.draft).data.updates as { kind?: string; note: string }[]);
		expect(correction.kind).toBe('correction');
		expect(correction.note).toContain('Corrects that Takaichi grew up in Nara');
		publish(root);
		expect(problemsOf(publishedFile())).toEqual([]);
		const last = linksOf(publishedFile());

		// Every id ever shared still lands: on its own words where they survive, else on a paragraph of the story.
		const story = storyParagraphs(readDraft(publishedFile()).body);
		for (const version of links) {
			for (const [id, words] of version) {
				if (story.includes(words)) expect(last.get(id), id).toBe(words);
				else expect(story, id).toContain(last.get(id));
			}
		}
		expect(last.get('p-4')).toBe('Lee told reporters in Seoul on Friday that he hoped the talks would build trust between the neighbors.');
		// The missile's paragraph is gone: its link lands on the paragraph that followed it.
		expect(last.get('p-3')).toBe(last.get('p-4'));
		// The lede corrected: its link (since the write-through) lands on the corrected words.
		expect(last.get('p-8')).toMatch(/in the ancient city where she grew up/);

		const kill = runStep(root, STEPS.kill);
		const updates = readDraft(kill.draft).data.updates as { kind?: string; note: string }[];
		expect(updates.at(-1)?.kind).toBe('withdrawal');
		publish(root);
		expect(problemsOf(publishedFile())).toEqual([]);
	});
});

describe('npm run update refuses, writing nothing', () => {
	const files = () => readdirSync(join(root, 'explainers')).sort();

	it('another story', () => {
		const other = join(root, 'other.txt');
		writeFileSync(other, 'A summary of a flood.\nFixture: River floods farms\nCAIRO - The Nile rose over its banks on Monday, flooding farms along its delta.\nFarmers said the water came at night.\n');
		const before = files();
		expect(() => runStep(root, [other, '--time', '2026-01-13T10:05+02:00'])).toThrow(/does not look like a later version of nara-summit.*--same-story/);
		expect(files()).toEqual(before);
	});

	it('an earlier version', () => {
		runStep(root, STEPS.addedRemoved);
		publish(root);
		const before = files();
		expect(() => runStep(root, STEPS.writeThrough)).toThrow(/is not a later version of nara-summit/);
		expect(() => runStep(root, ['v3-added-removed.json'])).toThrow(/version 3, and the explainer is version 3 already/);
		expect(files()).toEqual(before);
	});

	it('a file that does not exist, an explainer that does not, and a second draft', () => {
		expect(() => runStep(root, ['missing.txt', '--time', '2026-01-13T10:05+09:00'])).toThrow(InputError);
		expect(() => runStep(root, STEPS.writeThrough, ['--zone', 'Europe/Paris'])).toThrow(/--zone/);
		runStep(root, STEPS.writeThrough);
		expect(() => runStep(root, STEPS.addedRemoved)).toThrow(/already exists/);
		expect(existsSync(join(VERSIONS, '_nara-summit.md'))).toBe(false);
	});
});
