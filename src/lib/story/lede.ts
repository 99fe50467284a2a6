/**
 * Whether the wire's summary (`description`) only repeats the story's opening. The AP's summary is
 * often its lede, word for word but for typography (a straight dash in the story, an en dash in the
 * summary, straight or curly quotes): printed above the story, the reader would meet the same sentence
 * twice. Such a summary is kept for metadata and the feed, and not shown as a standfirst.
 */
import { datelineOf } from './dateline';
import { htmlText } from './rendered';

/** Quotes, dashes and spaces, each reduced to one form, so typography alone never makes two texts differ. */
function normalizeTypography(text: string): string {
	return text
		.replace(/[‘’‚‛′`]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―−]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The first sentence: up to the first `.`, `!` or `?` (with any closing quote or bracket) that is
 * followed by a space and a capital letter or an opening quote, or by the end. "U.S. pressure" and
 * "Jan. 12" do not end a sentence; an abbreviation before a capital ("Gen. Smith") would, but it would
 * for both texts alike.
 */
function firstSentence(text: string): string {
	const normalized = normalizeTypography(text);
	const end = /[.!?]['")\]]*(?= ["'(\p{Lu}]|$)/u.exec(normalized);
	return end ? normalized.slice(0, end.index + end[0].length) : normalized;
}

/** The text without the dateline it opens with (`TOKYO (AP) —`), if it has one. */
function withoutDateline(text: string): string {
	return text.trimStart().slice(datelineOf(text.trimStart())?.length ?? 0);
}

/**
 * True when the summary opens with the same sentence as the story: then it says nothing the reader
 * will not read. Datelines are set aside on both sides: a wire summary often has none, where the
 * story's first paragraph opens with one, and says the same.
 */
export function summaryRepeatsLede(summary: string, storyOpening: string): boolean {
	const opening = firstSentence(withoutDateline(storyOpening));
	return opening !== '' && firstSentence(withoutDateline(summary)) === opening;
}

/** The text of the first paragraph of rendered story HTML: tags dropped, character references decoded. */
export function firstParagraphText(html: string): string {
	return htmlText(/<p\b[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
}
