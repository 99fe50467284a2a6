/**
 * Reading in place: which timeline entries follow the reader, and where the timeline column scrolls to
 * show them. Pure and small: the page's script imports it, so every byte here is a byte of the page's
 * JavaScript budget.
 */

/**
 * The timeline entries of the paragraphs on screen (`current`, indices into `entryParagraphs`), and
 * the one to bring into view (`show`, or -1): the entry of the topmost paragraph on screen that has
 * one; when none on screen has an entry, the last entry of a paragraph above them, the date the reader
 * has most recently passed.
 */
export function followReading(entryParagraphs: readonly number[], onScreen: readonly number[]): { current: number[]; show: number } {
	const current: number[] = [];
	let show = -1;
	const top = Math.min(...onScreen);
	entryParagraphs.forEach((paragraph, index) => {
		if (onScreen.includes(paragraph)) {
			current.push(index);
			if (show < 0 || paragraph < entryParagraphs[show]) show = index;
		}
	});
	if (show < 0 && onScreen.length > 0) {
		entryParagraphs.forEach((paragraph, index) => {
			if (paragraph < top && (show < 0 || paragraph >= entryParagraphs[show])) show = index;
		});
	}
	return { current, show };
}

/** An entry's place in the column, as the DOM gives it (an `HTMLElement` is one). */
interface Box {
	offsetTop: number;
	offsetHeight: number;
}

/**
 * Where the timeline column scrolls (its new `scrollTop`), or undefined to stay: `marked` are the
 * entries of the paragraphs on screen, top to bottom, `lead` the one of the topmost paragraph (or the
 * date last passed, when none is marked). When the marked entries are all in the column's view it
 * stays; when they fit in it together they go to its top, `pad` pixels down; otherwise `lead` does.
 */
export function columnScroll(marked: readonly Box[], lead: Box | undefined, view: { scrollTop: number; clientHeight: number }, pad = 48): number | undefined {
	if (!lead) return undefined;
	const boxes = marked.length ? marked : [lead];
	const top = boxes[0]!.offsetTop;
	const bottom = Math.max(...boxes.map((box) => box.offsetTop + box.offsetHeight));
	if (top >= view.scrollTop && bottom <= view.scrollTop + view.clientHeight) return undefined;
	return (bottom - top + pad <= view.clientHeight ? top : lead.offsetTop) - pad;
}
