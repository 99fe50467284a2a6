/**
 * How much an explainer may hold before its readers pay for it: the figures, and the warnings an
 * editor reads when a file goes past one. The build (the explainers loader, and the page-budget
 * integration for the built page's weight) and `npm run check` both warn through here, with the same
 * words. Nothing here stops a build: a page past a limit still works, it is slower or cut short
 * where it is shown, and the editor decides. Pure: no files, no build.
 */

/**
 * The first round trip: an initial congestion window of 10 segments of 1,460 bytes (RFC 6928). An
 * explainer's HTML with everything that blocks its first render, gzipped, fits it, so a reader on a
 * slow connection sees the story after one round trip instead of two. tests/build/budgets.test.ts holds
 * the site's own explainers to it; the build warns of any that goes over (src/integrations/page-budget.ts).
 */
export const FIRST_ROUND_TRIP_BYTES = 14_600;

/**
 * The longest headline link previews and search results show whole, in characters. Google's results
 * cut a title at about 600 px, some 60 characters; X's cards at 70 characters (developer.x.com/cards/markup:
 * twitter:title "max 70 characters"); Google long asked news headlines to stay within 110 characters
 * (its Article structured data guidelines). Wire headlines run 60 to 100 characters (the AP's in
 * content/ has 96) and are cut in search, their start still saying what the story is. Past 110 every
 * preview cuts them, and past about 160 the site's own card does too (four lines at 48 px: measured on
 * the drawn card, src/lib/cards/layout.ts).
 */
export const TITLE_MAX_CHARACTERS = 110;

/**
 * The longest description worth writing, in characters. Search results cut a description at about
 * 160 characters (Google: "truncated as needed, typically to fit the device width", about 920 px), X's
 * cards at 200 (developer.x.com/cards/markup: twitter:description "maximum 200 characters"); the
 * longest snippets Google showed while it lengthened them (December 2017 to May 2018) ran to about 320,
 * and the longest of 92,669 that Moz measured in 2015 ("I Can't Drive 155") to 372. A
 * wire summary of a sentence or two runs past 200 (the AP's in content/ has 337) and is read from its
 * start, which is fine. Past twice X's 200, no preview or search result shows even half of it: it is
 * no longer a summary line, more likely a paragraph pasted into the field.
 */
export const DESCRIPTION_MAX_CHARACTERS = 400;

/**
 * The most paragraphs an explainer page holds. What breaks first as a story grows is its weight,
 * not its paragraph ids (`#p-200` works) or the timeline column: measured on the smallest explainer the
 * site makes (one date, one person, one place; 6,734 bytes gzipped with two paragraphs), each wire
 * paragraph of about 180 characters adds some 70 to 120 bytes gzipped, and the page passes the first
 * round trip at about 84 paragraphs (80: 14,270 bytes; 100: 15,817; docs/benchmarks.md, "Limits"). Past 80,
 * no explainer fits it, whatever else it holds; an explainer with a full timeline, who's who and map
 * reaches it much sooner (the AP's, 20 paragraphs, weighs 13,878), which the build measures on the page.
 * `npm run check`, which builds no page, warns by this count.
 */
export const PARAGRAPHS_MAX = 80;

/** Characters as a reader counts them: one for an emoji or an accented letter, not UTF-16 units. */
const characters = (text: string): number => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;

const figure = (n: number): string => n.toLocaleString('en-US');

/** What an explainer's fields and story length say against the limits above, as warnings (`field: message`). */
export function limitWarnings(fields: { title: string; description: string }, paragraphs: number): string[] {
	const warnings: string[] = [];
	const title = characters(fields.title);
	if (title > TITLE_MAX_CHARACTERS) {
		warnings.push(
			`title: is ${figure(title)} characters, more than link previews and search results show (${TITLE_MAX_CHARACTERS}: Google's results cut a title at about 60, X's cards at 70, and the site's own card at about 160): write the headline alone, in ${TITLE_MAX_CHARACTERS} characters or fewer`,
		);
	}
	const description = characters(fields.description);
	if (description > DESCRIPTION_MAX_CHARACTERS) {
		warnings.push(
			`description: is ${figure(description)} characters, more than any link preview or search result shows (${DESCRIPTION_MAX_CHARACTERS}: Google cuts a description at about 160, X's cards at 200): keep it to the wire's summary, a sentence or two`,
		);
	}
	if (paragraphs > PARAGRAPHS_MAX) {
		warnings.push(
			`body: has ${figure(paragraphs)} paragraphs, more than an explainer page holds (${PARAGRAPHS_MAX}): past ${PARAGRAPHS_MAX} the page cannot reach a reader in one round trip (${figure(FIRST_ROUND_TRIP_BYTES)} bytes gzipped); check the file holds one story (not two pasted together, nor a line break typed as a blank line), and cut what the explainer does not need`,
		);
	}
	return warnings;
}

/**
 * A built explainer page's weight against the first round trip: `bytes` is its HTML and everything
 * that blocks its first render, gzipped (src/lib/build/first-round-trip.ts). A warning, or undefined.
 */
export function firstRoundTripWarning(page: string, bytes: number): string | undefined {
	if (bytes <= FIRST_ROUND_TRIP_BYTES) return undefined;
	return `the page ${page} weighs ${figure(bytes)} bytes gzipped with what blocks its first render, over the first round trip's ${figure(FIRST_ROUND_TRIP_BYTES)} (${figure(bytes - FIRST_ROUND_TRIP_BYTES)} over): on a slow connection readers wait a second round trip before they see the story. Make it lighter: a shorter story, or fewer dates, people and places`;
}
