/**
 * Reading in place (issues 12 and 20). Context where the reader is, built from what the page already
 * holds (nothing is fetched): a person, place or date link in the story opens a copy of its Who's who,
 * Places or timeline entry in one popover, beside the word on a wide screen or as a bottom sheet on a
 * narrow or touch one (CSS decides which, and where: anchor positioning); on a phone a button opens the
 * whole timeline the same way, at the reader's paragraph. The popover is `popover="auto"`: the top
 * layer, Escape and a click outside come from the browser. The card is a focus scope: Tab past its
 * last control or Shift+Tab before its first closes it, back on the link it came from. Following a
 * link out of a card, when it takes the reader away from their paragraph, offers "Back to ¶N" (the
 * browser's Back), until they are back there or at the top. On a wide screen the timeline column marks
 * the entries of the paragraphs on screen and keeps them in its view.
 * Without JavaScript none of this runs and the links jump to the card or entry, as they always did.
 * Every byte here counts against the page's 2 KB of JavaScript, hence the terse DOM code.
 */
import { columnScroll, followReading } from '../lib/explainers/reading';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const card = $('#context');
const body = $('.context-body');
const aside = $('#timeline');
const back = $<HTMLAnchorElement>('.way-back');
const opener = $<HTMLButtonElement>('.timeline-open');
const entries = [...aside.querySelectorAll<HTMLElement>('li.event')];
// Paragraphs are counted by position: after an update their ids (`p-21`) are not their numbers.
const storyPs = [...document.querySelectorAll('.story>p[id]')];
const numberOf = (p: Element | null) => storyPs.indexOf(p!) + 1;
// Each entry's paragraph, the target of its "¶N" link.
const paragraphs = entries.map((li) => numberOf($(li.querySelector<HTMLAnchorElement>('.source')!.hash)));
const STORY_LINK = '.story a[href^="#"]:not(.anchor)';

/** What the card belongs to: focus goes back to it when the card closes, if it was opened by hand. */
let from: HTMLElement | undefined;
let focusBack = false;
/** The paragraph the open card was opened from (for "Back to ¶N"). */
let origin = 0;
/** The story link whose card was followed: "Back to ¶N" gives it focus again. */
let left: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const onScreen = new Set<number>();

const storyLink = (target: EventTarget | null) => (target as Element).closest?.<HTMLAnchorElement>(STORY_LINK);

function show(source: HTMLElement, content: Element, focus: boolean, more?: string) {
	// An open card is closed first (its link gets focus back, if it had it), then moved.
	card.hidePopover();
	body.replaceChildren(...(content.cloneNode(true) as Element).children);
	// Copies must not repeat ids, nor offer the share links (a.anchor) of what they copy.
	body.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
	body.querySelectorAll('a.anchor').forEach((a) => a.replaceWith(...a.childNodes));
	// A card's links to the story's paragraphs (.refs, .source) are hidden by CSS: it was opened from one.
	if (more) {
		const link = body.appendChild(document.createElement('p')).appendChild(document.createElement('a'));
		link.href = `#${content.id}`;
		link.textContent = more;
	}
	card.ariaLabel = content.querySelector('h2,h3,.name')!.textContent;
	from = source;
	focusBack = focus;
	// Where the reader is: the link's paragraph, or (the timeline button) the first one on screen.
	origin = numberOf(source.closest('p')) || Math.min(...onScreen);
	// The card's anchor; CSS marks the word by it too, while the card is open.
	(source.style as CSSStyleDeclaration & { anchorName: string }).anchorName = '--context';
	card.showPopover();
	// The card is fixed on screen: taking focus never scrolls the page.
	if (focus) card.focus();
}

/**
 * Mark the timeline entries of the paragraphs on screen and keep them in the column's view (it scrolls
 * only where it is one: wide screens), except while the address names a timeline entry (the reader
 * came for that one). Returns the entry to show first (its index), if any.
 */
function follow() {
	const [current, leading] = followReading(paragraphs, [...onScreen]);
	const boxes = (list: number[]) => list.map((index) => entries[index]!);
	// The height of the column's scrolling part on screen: below its top rule (clientTop), and at first below
	// the masthead, running past the screen's foot (it is never taller than the screen: CSS).
	const to = columnScroll(boxes(current), boxes(leading), aside.scrollTop, innerHeight - aside.getBoundingClientRect().top - aside.clientTop);
	// CSS scrolls the column smoothly once it has marked entries (so not at load), unless motion is reduced.
	if (to != null && !location.hash.startsWith('#timeline')) aside.scrollTop = to;
	entries.forEach((li, index) => (li.ariaCurrent = current.includes(index) ? 'true' : null));
	return leading[0]!;
}

function wayBack() {
	const paragraph = history.state?.back;
	back.hidden = !paragraph;
	back.textContent = `Back to ¶${paragraph}`;
}

/** A story link's card: a copy of its entry in the timeline, Who's who or Places, with a link to it there. */
function open(link: HTMLAnchorElement, focus: boolean) {
	const target = document.getElementById(link.hash.slice(1))!;
	show(link, target, focus, target.closest('aside') ? 'Show in timeline' : target.closest('section')!.querySelector('h2')!.textContent!);
	// A bottom sheet may cover the word: the page then moves it up, above the sheet.
	const [word, sheet] = [link.getBoundingClientRect(), card.getBoundingClientRect()];
	if (word.bottom > sheet.top && word.top < sheet.bottom) scrollBy(0, word.bottom - sheet.top + 16);
}

document.querySelectorAll<HTMLElement>(STORY_LINK).forEach((a) => (a.ariaHasPopup = 'dialog'));

addEventListener('click', (event) => {
	let link = storyLink(event.target);
	clearTimeout(timer);
	if (link && !(event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
		event.preventDefault();
		open(link, true);
	} else if ((link = (event.target as Element).closest?.('a')) && card.contains(link)) {
		// The reader follows the card: the card goes and the browser follows the link. Once it has (a jump
		// within the page is at once, even one to where the address already points, which makes no
		// hashchange), the way back is offered if the jump took the reader away from their paragraph.
		left = from;
		focusBack = false;
		card.hidePopover();
		setTimeout(() => {
			const box = storyPs[origin - 1]?.getBoundingClientRect();
			if (box && (box.bottom < 0 || box.top > innerHeight)) history.replaceState({ back: origin }, ''), wayBack();
		});
	}
});

// Hover opens a card only for a mouse, after a pause; moving off the link and the card closes it again.
addEventListener('pointerover', (event) => {
	if (event.pointerType != 'mouse') return;
	clearTimeout(timer);
	const link = storyLink(event.target);
	if (link && link !== from) timer = setTimeout(() => open(link, false), 400);
	else if (!link && !focusBack && !card.contains(event.target as Node)) timer = setTimeout(() => card.hidePopover(), 300);
});

// A focus scope: Tab past the last control, or Shift+Tab before the first, closes the card, back on its link.
card.addEventListener('keydown', (event) => {
	const stops = [...card.querySelectorAll('a,button')];
	// -1: the card itself has focus, as it does when it opens.
	const at = stops.indexOf(document.activeElement!);
	if (event.key == 'Tab' && (event.shiftKey ? at < 1 : at == stops.length - 1)) {
		event.preventDefault();
		focusBack = true;
		card.hidePopover();
	}
});

card.addEventListener('beforetoggle', (event) => {
	if ((event as ToggleEvent).newState != 'closed') return;
	const focused = document.activeElement;
	// Back to the link, unless the reader has moved on to another control.
	if (focusBack && (card.contains(focused) || !focused?.matches('a,button'))) from?.focus({ preventScroll: true });
	from?.removeAttribute('style');
	from = undefined;
});

opener.hidden = false;
opener.addEventListener('click', () => {
	show(opener, aside, true);
	const shown = body.querySelectorAll<HTMLElement>('li.event')[follow()];
	// Under the sheet's heading, which stays (NaN, with no entry to show, leaves it at the top).
	body.scrollTop = shown?.offsetTop! - 48;
});

back.addEventListener('click', (event) => {
	event.preventDefault();
	left?.focus({ preventScroll: true });
	history.back();
});

// Back and Forward bring the way back with their entry; a reload does not (it is never shown at the start).
addEventListener('popstate', wayBack);

const observer = new IntersectionObserver(
	(records) => {
		for (const record of records) onScreen[record.isIntersecting ? 'add' : 'delete'](numberOf(record.target));
		// Back at the paragraph, or at the top: the way back has done its work.
		const paragraph = history.state?.back;
		if (onScreen.has(paragraph) || onScreen.has(1)) history.replaceState(null, ''), wayBack();
		follow();
	},
	{ rootMargin: '-10%' },
);
storyPs.forEach((p) => observer.observe(p));
