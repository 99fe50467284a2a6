/**
 * `npm run update -- <slug> <file> [--time <time>] [--zone <zone>] [--correction] [--withdraw] [--same-story]`:
 * the next version of a published explainer's wire story in, the draft of the updated explainer
 * (content/explainers/_<slug>.md) out, beside the published page, which stays up until the editor
 * renames the draft over it. Reads plain text or ninjs as `npm run new` does, and ninjs's `uri`,
 * `version`, `versioncreated`, `pubstatus` and `ednote`. Refuses, writing nothing, a file that is not
 * a later version of the same story (unless `--same-story`), and never overwrites a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { splitExplainer } from '../lib/content/check';
import { extractFrontmatter, readFrontmatter } from '../lib/content/frontmatter';
import { findOpenFields } from '../lib/content/open-fields';
import { storyParagraphs } from '../lib/story/text';
import { compareUpdateTimes, formatUpdateTime, isUpdateTimestamp, zoneProblem } from '../lib/versions/update-time';
import { explainerSchema } from '../schemas/explainer';
import { writeAll } from './cli';
import { readKnownEntities } from './known-entities';
import { carryParagraphIds, normalised } from './paragraph-carry';
import { EXPECTED_INPUT, readWireStory } from './read-input';
import { buildUpdateDraft, commentsOf, datelineOf, type UpdateDraft } from './update-draft';
import { InputError, type WireStory } from './wire-story';
import { isCorrectionNote, isKill, readWireVersion, type WireVersion } from './wire-version';

const USAGE =
	'usage: npm run update -- <slug> <story.txt | story.json> [--time 2026-01-13T10:05+09:00] [--zone Asia/Tokyo] [--correction] [--withdraw] [--same-story]';

/** A later version must keep at least this share of the last one's paragraphs (word for word or changed) to be taken for the same story. */
const SAME_STORY_SHARE = 0.25;

interface UpdateOptions {
	cwd: string;
	contentRoot: string;
	log: (line: string) => void;
}

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Why the new file is not the next version of the story, or undefined when it is: its ninjs `uri`
 * differs from the one the explainer's last version had; or, where either has none, neither its
 * headline and dateline are the same nor does it keep a quarter of the last version's paragraphs.
 */
export function notTheSameStory(old: { data: Data; paragraphs: string[] }, story: WireStory, wire: WireVersion): string | undefined {
	const oldUri = isRecord(old.data.version) && typeof old.data.version.uri === 'string' ? old.data.version.uri : undefined;
	if (oldUri && wire.uri) return oldUri === wire.uri ? undefined : `its ninjs uri is ${wire.uri}, but the explainer's last version was ${oldUri}`;
	// The dateline as the draft would write it: the wire's, or the capitals the story opens with ("NARA, Japan -").
	const dateline = datelineOf(old.data, story);
	const sameHead = normalised(story.title) === normalised(String(old.data.title)) && dateline === String(old.data.dateline);
	if (sameHead) return undefined;
	const carried = carryParagraphIds(old.paragraphs.map((text, index) => ({ id: `p-${index + 1}`, text })), story.paragraphs);
	const kept = old.paragraphs.length - carried.removed.length;
	if (kept / old.paragraphs.length >= SAME_STORY_SHARE) return undefined;
	return `its headline ("${story.title}") and dateline (${dateline.startsWith('TODO') ? 'none' : dateline}) are not the explainer's ("${String(old.data.title)}", ${String(old.data.dateline)}), and it keeps ${kept} of the ${old.paragraphs.length} paragraphs of the last version`;
}

/** Why the new version does not come after the explainer's last, or undefined. */
function notLater(old: Data, time: string, wire: WireVersion): string | undefined {
	const version = isRecord(old.version) ? old.version : {};
	if (typeof version.number === 'number' && wire.number !== undefined && wire.number <= version.number) {
		return `it is version ${wire.number}, and the explainer is version ${version.number} already`;
	}
	const times = [String(old.published), ...(typeof version.time === 'string' ? [version.time] : []), ...(Array.isArray(old.updates) ? old.updates.filter(isRecord).map((u) => String(u.date)) : [])];
	const latest = times.reduce((a, b) => (compareUpdateTimes(a, b) >= 0 ? a : b));
	return compareUpdateTimes(time, latest) > 0 ? undefined : `it was sent at ${time}, not after the explainer's latest version or update (${latest})`;
}

/** The zone to show the time in: the zone of the explainer's last update, or the dateline's city's, where either is at the time's offset. */
export function proposeZone(time: string, old: Data): string | undefined {
	const updates = Array.isArray(old.updates) ? old.updates.filter(isRecord) : [];
	const earlier = updates.map((u) => u.zone).filter((zone): zone is string => typeof zone === 'string').reverse();
	const city = String(old.dateline ?? '').toLowerCase();
	const byCity = Intl.supportedValuesOf('timeZone').filter((zone) => zone.split('/').pop()?.replace(/_/g, ' ').toLowerCase() === city);
	return [...earlier, ...byCity].find((zone) => zoneProblem(time, zone) === undefined);
}

/** Runs the command; throws InputError (nothing written) for anything it cannot do. */
export function runUpdate(args: string[], { cwd, contentRoot, log }: UpdateOptions): UpdateDraft & { written: string[] } {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				time: { type: 'string' },
				zone: { type: 'string' },
				correction: { type: 'boolean' },
				withdraw: { type: 'boolean' },
				'same-story': { type: 'boolean' },
			},
		});
	} catch (error) {
		throw new InputError(`${(error as Error).message}\n${USAGE}`);
	}
	const { values } = parsed;
	const [slug, input, ...extra] = parsed.positionals;
	if (!slug || extra.length || (!input && !values.withdraw)) throw new InputError(`give the explainer's slug and the new version's file\n${USAGE}`);
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new InputError(`"${slug}" is not a slug; give the published file's name without .md, such as japan-south-korea-summit`);

	const published = join(contentRoot, 'explainers', `${slug}.md`);
	const target = join(contentRoot, 'explainers', `_${slug}.md`);
	if (!existsSync(published)) {
		throw new InputError(`${published} does not exist; npm run update takes a published explainer (npm run new drafts a new one)`);
	}
	if (existsSync(target)) throw new InputError(`${target} already exists (a draft of this explainer's next version?) and is never overwritten; publish or delete it first`);

	const contents = readFileSync(published, 'utf8');
	const read = readFrontmatter(contents);
	if ('problem' in read) throw new InputError(`${published}: ${read.problem.field}: ${read.problem.message}`);
	const checked = explainerSchema.safeParse(read.data);
	if (!checked.success) {
		const first = checked.error.issues[0];
		throw new InputError(`${published} does not pass its checks (${first.path.join('.') || 'frontmatter'}: ${first.message}); run npm run check -- ${published} and fix it first`);
	}
	const old = { data: read.data, body: splitExplainer(contents).body, comments: commentsOf(extractFrontmatter(contents)?.text ?? '') };

	let text = '';
	if (input) {
		const file = resolve(cwd, input);
		if (!existsSync(file)) throw new InputError(`${input} does not exist; expected ${EXPECTED_INPUT}`);
		text = readFileSync(file, 'utf8');
	}
	const wire = readWireVersion(text);
	const withdraw = Boolean(values.withdraw) || isKill(wire);
	// A kill need not carry a story; an update must.
	const story = withdraw ? undefined : readWireStory(text, input as string);

	const time = values.time ?? wire.time;
	if (!time) throw new InputError(`${input ?? 'the withdrawal'} does not say when it was sent: add --time 2026-01-13T10:05+09:00 (the time with its offset)\n${USAGE}`);
	if (!isUpdateTimestamp(time)) throw new InputError(`--time must be a time with its offset, such as 2026-01-13T10:05+09:00; found "${time}"`);
	if (values.time && wire.time && values.time !== wire.time) log(`Note: ${input} says it was sent at ${wire.time}; using --time ${values.time}.`);
	const late = notLater(old.data, time, wire);
	if (late) throw new InputError(`${input ?? 'this'} is not a later version of ${slug}: ${late}`);
	if (story && !values['same-story']) {
		const different = notTheSameStory({ data: old.data, paragraphs: storyParagraphs(old.body) }, story, wire);
		if (different) throw new InputError(`${input} does not look like a later version of ${slug}: ${different}. If it is, say so with --same-story`);
	}
	if (values.zone) {
		const problem = zoneProblem(time, values.zone);
		if (problem) throw new InputError(`--zone: ${problem}`);
	}
	const zone = values.zone ?? proposeZone(time, old.data);
	const kind = withdraw ? 'withdrawal' : values.correction || isCorrectionNote(wire.editorNote) ? 'correction' : 'update';

	const draft = buildUpdateDraft({
		slug,
		old,
		story,
		version: { time, number: wire.number, uri: wire.uri },
		kind,
		zone,
		editorNote: wire.editorNote,
		known: readKnownEntities(contentRoot),
		input: input ?? '--withdraw',
	});
	// Everything is worked out before the first file is written; then all of them are, or none (as npm run new).
	const toWrite = draft.files
		.map((generated) => ({ path: join(contentRoot, generated.path), contents: generated.contents, entity: generated.path.endsWith('.yaml') }))
		.filter(({ path, entity }) => !existsSync(path) && !(entity && existsSync(path.replace(/\/_([^/]+)$/, '/$1'))));
	const written = writeAll(toWrite.map(({ path, contents }) => ({ path, contents })));
	report(draft, { slug, kind, time, zone, written, comments: old.comments.length, log });
	return { ...draft, written };
}

function report(draft: UpdateDraft, { slug, kind, time, zone, written, comments, log }: { slug: string; kind: string; time: string; zone?: string; written: string[]; comments: number; log: (line: string) => void }) {
	const shown = (path: string) => relative(process.cwd(), path) || path;
	const [explainer] = draft.files;
	log(`Draft of the ${kind === 'update' ? 'update' : kind} of ${slug}: ${shown(written[0])} (the published page stays as it is until you rename this over it)`);
	log(`Version of ${formatUpdateTime(time, zone)}.`);
	if (draft.paragraphs) {
		const { ids, changed, removed, added } = draft.paragraphs;
		log(`Paragraphs: ${ids.length - added.length - changed.length} the same, ${changed.length} changed, ${added.length} new, ${removed.length} gone (${removed.map((r) => `#${r.id} now lands on #${r.at}`).join(', ') || 'every old link lands on its own paragraph'}).`);
	}
	const { dates, offTimeline, people, places } = draft.carried;
	log(`Carried over as they were: ${dates} timeline entries, ${offTimeline} phrases left off the timeline, ${people} people, ${places} places.`);
	const fields = findOpenFields(load(extractFrontmatter(explainer.contents)?.text ?? '', { schema: CORE_SCHEMA }));
	log(`Left for the editor: ${fields.length} open ${fields.length === 1 ? 'field' : 'fields'} (TODO):`);
	for (const line of draft.open) log(`  - ${line}`);
	if (comments) log(`The published file's ${comments} comment lines are at the top of the draft: move them back beside what they explain.`);
	const entities = written.slice(1);
	if (entities.length) log(`New entity files: ${entities.map(shown).join(', ')}.`);
	// The exact commands: a plain `npm run check` checks published files only, and would pass a draft full of TODOs.
	const draftPath = shown(written[0]);
	log(`Next: fill in the TODOs with \`npm run dev\` open on /explainers/_${slug}/, then \`npm run check -- ${draftPath}\`, then publish it over the published file (README: "Updating an explainer"):`);
	log(`  mv ${draftPath} ${draftPath.replace(/_([^/]+)$/, '$1')}`);
}
