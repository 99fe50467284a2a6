/**
 * Reading in place: which timeline entries follow the reader, and where the timeline column scrolls to
 * show them. Pure and small: the page's script imports it, so every byte here is a byte of the page's
 * JavaScript budget.
 */

/**
 * The timeline entries of the paragraphs on screen (`current`, indices into `entryParagraphs`), and
 * those to bring into view first (`leading`), as a pair (shorter than an object in the page's bytes): the entries of the topmost paragraph on screen that has
 * any; when none on screen has one, those of the last dated paragraph above them, the date the reader
 * has most recently passed (with no paragraph on screen: the last dated one).
 */
export function followReading(entryParagraphs: readonly number[], onScreen: readonly number[]): [current: number[], leading: number[]] {
	const indicesOf = (test: (paragraph: number) => boolean) => entryParagraphs.flatMap((paragraph, index) => (test(paragraph) ? [index] : []));
	const current = indicesOf((paragraph) => onScreen.includes(paragraph));
	const top = Math.min(...onScreen);
	const lead = current.length ? Math.min(...current.map((index) => entryParagraphs[index]!)) : Math.max(...entryParagraphs.filter((paragraph) => paragraph < top));
	return [current, indicesOf((paragraph) => paragraph == lead)];
}

/** The paragraphs a wide screen shows on its first screen, whatever its height: the lede and the next one. */
const OPENING_PARAGRAPHS = 2;

/**
 * The entry the timeline column starts at, before any script runs (the index of the topmost of the
 * entries of the opening paragraphs, or undefined where they have none): on the first screen the
 * column shows the dates of the paragraphs in view from its first paint, and the page's script has
 * nothing to move. Where the screen shows more or fewer paragraphs, the script follows them as ever.
 */
export function firstScreenEntry(entryParagraphs: readonly number[]): number | undefined {
	const index = entryParagraphs.findIndex((paragraph) => paragraph <= OPENING_PARAGRAPHS);
	return index < 0 ? undefined : index;
}

/** An entry's place in the column, as the DOM gives it (an `HTMLElement` is one). */
interface Box {
	offsetTop: number;
	offsetHeight: number;
}

/**
 * Where the timeline column scrolls (its new `scrollTop`), or undefined to stay, given where it is
 * scrolled and the height of it that is on screen (below the headline, at first): `marked` are the
 * entries of the paragraphs on screen, `leading` those of the topmost paragraph (or of the date last
 * passed), each list top to bottom. When the marked entries are all in view the column stays; when
 * they fit in it together they go to its top, 48 pixels down (less, to fit); else the leading ones
 * are shown, with as many of the marked entries above them as fit; else the first leading one goes
 * to the top.
 */
export function columnScroll(marked: readonly Box[], leading: readonly Box[], scrollTop: number, height: number): number | undefined {
	// Where a list of entries starts, and the room the column has to spare around them (negative: too long).
	const place = (boxes: readonly Box[]) => [boxes[0]!.offsetTop, height + boxes[0]!.offsetTop - Math.max(...boxes.map((box) => box.offsetTop + box.offsetHeight))];
	if (!leading.length) return undefined;
	const [top, room] = place(marked.length ? marked : leading) as [number, number];
	const [first, spare] = place(leading) as [number, number];
	// All in view: none above the column's top, none below its foot.
	if (top >= scrollTop && top - room <= scrollTop) return undefined;
	// 48 pixels above them, or half the room to spare when there is less (more than enough: the same).
	const pad = Math.min(48, (room >= 0 ? room : spare) / 2);
	// Else the leading entries, as low as keeps them in view, to show the marked ones above them too (a lede's
	// date is often the latest; its next paragraphs' come before it); too long for that, the first at the top.
	return room >= 0 ? top - pad : spare < 0 ? first - 48 : Math.max(top - pad, first - spare + pad);
}
