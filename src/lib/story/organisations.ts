/**
 * Organisations' names in a story's text: "the University of Texas at Austin", "the Washington-based
 * Center for Immigration Studies", "the Bank of Japan". A place or person named inside one names the
 * organisation, not a place or person the story is about: the draft tool does not take it for a place
 * (src/authoring/places.ts), and the site does not link it to a card (./mentions.ts).
 */

// A word that makes a run of capitalised words an organisation's name.
const ORGANISATION_WORD =
	/^(?:Center|Centre|University|Institute|Institution|Studies|Association|Company|Co|Corporation|Corp|Inc|Ltd|LLC|Foundation|Council|Committee|Commission|Agency|Authority|Department|Ministry|Bureau|Office|Party|Organization|Organisation|Union|League|Society|College|School|Academy|Hospital|Bank|Group|Fund|Trust|Board|Service|Services|Network|Club|Federation|Alliance|Coalition|Project|Program|Programme|Times|Post|News|Press|Journal|Herald|Tribune|Church|Court|Guard|Army|Navy|Forces|Force|Corps|Marines|Police|Command)$/;
// Capitalised words, and the lower-case words that join them inside a name ("Center for Immigration
// Studies", "University of Texas at Austin", "Department of Health and Human Services").
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}'’.&]*(?:(?:\s+(?:of|for|at|and|on|the|de|&))*\s+\p{Lu}[\p{L}\p{M}'’.&]*)*/gu;
const WORD = /\p{Lu}[\p{L}\p{M}'’.&]*/gu;
// "Washington-based", "New York-based" just before the name: a description of the organisation.
const BASED_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’.]*\s+)*\p{Lu}[\p{L}\p{M}'’.]*-based\s+$/u;

const ABBREVIATION = /^(?:Inc|Co|Corp|Ltd|Bros|St|Jr)\.$|^(?:\p{Lu}\.)+$/u;

const isOrganisationWord = (word: string) => ORGANISATION_WORD.test(word.replace(/['’]s$|[.,]$/g, ''));

/**
 * The character spans [from, to) of a text that are organisations' names. A name starts at the
 * capitalised words written just before its first organisation word ("Texas A&M University"), not
 * across an "and" or "of" before it: in "Japan and the Bank of Korea" the name is "Bank of Korea".
 * With `based`, an "X-based" before the name belongs to it.
 */
export function organisationSpans(text: string, { based = false } = {}): [number, number][] {
	const spans: [number, number][] = [];
	for (const run of text.matchAll(CAPITALISED_RUN)) {
		const words = [...run[0].matchAll(WORD)];
		const first = words.findIndex((word) => isOrganisationWord(word[0]));
		if (first < 0) continue;
		// Walk back over the words joined to the organisation word by a space alone.
		let opening = first;
		while (opening > 0) {
			const previous = words[opening - 1] as RegExpMatchArray;
			const gap = run[0].slice((previous.index as number) + previous[0].length, words[opening]?.index);
			if (!/^\s+$/.test(gap)) break;
			opening--;
		}
		let from = (run.index as number) + ((words[opening] as RegExpMatchArray).index as number);
		// A full stop after the last word ends the sentence, unless the word is an abbreviation ("Inc.").
		const last = (words.at(-1) as RegExpMatchArray)[0];
		const stop = last.endsWith('.') && !ABBREVIATION.test(last) ? 1 : 0;
		const to = (run.index as number) + run[0].length - stop;
		if (based) {
			const before = BASED_BEFORE.exec(text.slice(0, from));
			if (before) from = before.index;
		}
		spans.push([from, to]);
	}
	return spans;
}

/** Whether [start, end) lies inside one of the spans and is not the whole of it (the name itself). */
export function insideOrganisation(spans: readonly [number, number][], start: number, end: number): boolean {
	return spans.some(([from, to]) => start >= from && end <= to && (start !== from || end !== to));
}
