/**
 * A wire story file, plain text or IPTC ninjs JSON, read into a WireStory.
 *
 * Plain text is laid out as the wire sends it (tests/fixtures/ap-japan-south-korea-summit.txt): a
 * summary line, a headline line, then one paragraph per line. Paragraphs separated by blank lines
 * (hard-wrapped text) work too, and so does a story with no summary: a headline, then the body.
 */
import { lineColumn, normaliseLineEndings, removedNote, scrubText } from './input-text';
import { looksLikeNinjs, readNinjs } from './ninjs';
import { datelineOf } from '../lib/story/dateline';
import { bylineOf, InputError, readDateline, type WireStory } from './wire-story';

export const EXPECTED_INPUT =
	'a wire story as plain text (a summary line, a headline line, then one paragraph per line or per ' +
	'blank-line-separated block) or as IPTC ninjs JSON (1.x, 2.x or 3.x, with a headline and a body)';

const endsLikeASentence = (line: string) => /[.!?…"”’')]$/.test(line.trim());

/**
 * Lines broken at a fixed width with nothing between paragraphs cannot be told apart from one
 * paragraph per line, except that most of them stop mid-sentence. Such a file is refused: taken line
 * by line, each fragment would be a paragraph, and "Nicolas" at a line's start a person.
 */
function refuseHardWrapped(lines: string[]): void {
	const body = lines.slice(2, -1).filter((line) => line.trim() !== '');
	if (body.length < 4) return;
	const midSentence = body.filter((line) => !endsLikeASentence(line)).length;
	if (midSentence > body.length / 2) {
		throw new InputError(
			`${midSentence} of its ${body.length} body lines stop mid-sentence: the text is hard-wrapped, with nothing to show where a paragraph ends. Put a blank line between paragraphs (or write each paragraph on one line), then run again`,
		);
	}
}

function readPlainText(text: string): WireStory {
	const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
	if (!hasBlankLines) refuseHardWrapped(text.trim().split('\n'));
	const rawBlocks = hasBlankLines ? text.trim().split(/\n[ \t]*\n/) : text.trim().split('\n');
	// A summary line and a headline line may stand together above the blank-line-separated body.
	const head = rawBlocks[0].trim().split('\n');
	if (hasBlankLines && head.length === 2 && endsLikeASentence(head[0]) && !endsLikeASentence(head[1])) rawBlocks.splice(0, 1, ...head);
	const blocks = rawBlocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
	// A headline never ends like a sentence; a summary does. So the first line is the summary only
	// when the second line reads like a headline.
	const summaryFirst = blocks.length >= 3 && endsLikeASentence(blocks[0]) && !endsLikeASentence(blocks[1]);
	const [title, ...body] = summaryFirst ? blocks.slice(1) : blocks;
	let description = summaryFirst ? blocks[0] : undefined;
	let byline: string | undefined;
	// Above the dateline, under the headline, a wire may put its byline and a summary, in either order:
	// neither is the story's first paragraph (which opens with the dateline).
	for (let lead = 0; lead < 2 && body.length > 1 && !datelineOf(body[0]); lead++) {
		const writers = byline ? undefined : bylineOf(body[0]);
		if (writers) byline = writers;
		else if (!description && endsLikeASentence(body[0]) && body.slice(1, 3).some((paragraph) => datelineOf(paragraph))) description = body[0];
		else break;
		body.shift();
	}
	const paragraphs = body;
	// A first line of more than 40 words is a paragraph, not a headline: the layout is not the wire's.
	if (!title || paragraphs.length === 0 || title.split(' ').length > 40) {
		throw new InputError(`expected ${EXPECTED_INPUT}; found ${blocks.length === 0 ? 'an empty file' : `${blocks.length} line(s) with no headline followed by a body`}`);
	}
	return { title, description, paragraphs, ...(byline ? { byline } : {}), ...readDateline(paragraphs[0]), tagged: { people: [], places: [] } };
}

/** The story in `text` (the file's contents); `file` names it in errors. Throws InputError. */
export function readWireStory(text: string, file: string): WireStory {
	const unmarked = text.replace(/^\uFEFF/, '');
	// JSON may hold the line and paragraph separators (U+2028, U+2029, U+0085) inside its strings as
	// they are (JavaScript's JSON.stringify writes them so), where a line feed is not allowed: in JSON
	// each becomes the escape of a line feed, which the item's texts then read as one.
	const normalised = /^\s*[{[]/.test(unmarked) ? unmarked.replace(/[\u2028\u2029\u0085]/g, '\\n') : normaliseLineEndings(unmarked);
	if (normalised.trim() === '') throw new InputError(`${file} is empty; expected ${EXPECTED_INPUT}`);
	if (/\u0000/.test(normalised)) throw new InputError(`${file} is not text; expected ${EXPECTED_INPUT}`);
	const scrubbed = scrubText(normalised, file, lineColumn(normalised));
	const story = readStoryText(scrubbed.text.trim(), file);
	const notes = [...(scrubbed.removed.length ? [removedNote(file, scrubbed.removed)] : []), ...(story.notes ?? [])];
	return notes.length ? { ...story, notes } : story;
}

function readStoryText(trimmed: string, file: string): WireStory {
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		let data: unknown;
		try {
			data = JSON.parse(trimmed);
		} catch (error) {
			throw new InputError(`${file} starts like JSON but is not valid JSON (${(error as Error).message}); expected ${EXPECTED_INPUT}`);
		}
		if (!looksLikeNinjs(data)) throw new InputError(`${file} is JSON but not a ninjs news item (no headline, body, uri or type field); expected ${EXPECTED_INPUT}`);
		try {
			return scrubFields(readNinjs(data), file);
		} catch (error) {
			if (error instanceof InputError) throw new InputError(`${file}: ${error.message}; expected ${EXPECTED_INPUT}`);
			throw error;
		}
	}
	if (/^<(!doctype|html|\?xml|newsMessage|nitf)/i.test(trimmed)) {
		throw new InputError(`${file} is HTML or XML; expected ${EXPECTED_INPUT}`);
	}
	try {
		return readPlainText(trimmed);
	} catch (error) {
		if (error instanceof InputError) throw new InputError(`${file}: ${error.message}`);
		throw error;
	}
}

/**
 * A ninjs item's texts may carry escaped characters (`\u202e`) the file's own text did not show:
 * each is scrubbed as the file was, named by its field.
 */
function scrubFields(story: WireStory, file: string): WireStory {
	const removed: string[] = [];
	const at = (where: string) => (index: number) => `character ${index + 1} of ${where}`;
	const scrub = (value: string, where: string) => {
		const result = scrubText(value, `${file}'s ${where}`, at(where));
		removed.push(...result.removed);
		return result.text;
	};
	const cleaned: WireStory = {
		...story,
		title: scrub(story.title, 'headline'),
		description: story.description && scrub(story.description, 'description'),
		byline: story.byline && scrub(story.byline, 'byline'),
		paragraphs: story.paragraphs.map((paragraph, index) => scrub(paragraph, `paragraph ${index + 1}`)),
		tagged: {
			people: story.tagged.people.map((name, index) => scrub(name, `people[${index}]`)),
			places: story.tagged.places.map((place, index) => ({ ...place, name: scrub(place.name, `places[${index}]`) })),
		},
	};
	if (removed.length) cleaned.notes = [...(story.notes ?? []), removedNote(file, removed)];
	return cleaned;
}
