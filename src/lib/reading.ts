/**
 * Reading in place: which timeline entries follow the reader, and where a context card goes when the
 * browser cannot place it by CSS anchor positioning. Pure and small: the page's script imports it, so
 * every byte here is a byte of the page's JavaScript budget.
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

interface Box {
	top: number;
	left: number;
	bottom: number;
	width: number;
}

/**
 * Where a card of `width` x `height` goes beside a link (its box in viewport pixels) in a viewport of
 * `viewWidth` x `viewHeight`, without covering the link: below it, or above it when there is more room
 * there, and shifted left so it stays `gap` pixels inside the viewport.
 */
export function placeCard(link: Box, width: number, height: number, viewWidth: number, viewHeight: number, gap = 8): { top: number; left: number } {
	const below = viewHeight - link.bottom;
	const top = below >= height + gap || below >= link.top ? link.bottom + gap / 2 : link.top - height - gap / 2;
	const left = Math.max(gap, Math.min(link.left, viewWidth - width - gap));
	return { top: Math.max(0, top), left };
}
