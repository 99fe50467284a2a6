/**
 * Reading in place (issue 12). Context where the reader is, built from what the page already holds
 * (nothing is fetched): a person, place or date link in the story opens a copy of its Who's who,
 * Places or timeline entry in one popover, beside the word on a wide screen or as a bottom sheet on a
 * narrow or touch one (CSS decides which); on a phone a button opens the whole timeline the same way,
 * at the reader's paragraph. The popover is `popover="auto"`: the top layer, Escape and a click
 * outside come from the browser. Following a card's link into the timeline, Who's who or Places
 * offers "Back to ¶N", which is the browser's Back. On a wide screen the timeline column marks the
 * entries of the paragraphs on screen and keeps them in its view.
 * Without JavaScript none of this runs and the links jump to the card or entry, as they always did.
 * Every byte here counts against the page's 2 KB of JavaScript, hence the terse DOM code.
 */
import { followReading, placeCard } from '../lib/reading';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const card = $('#context');
const body = $('.context-body');
const aside = $('#timeline');
const back = $<HTMLAnchorElement>('.way-back');
const opener = $<HTMLButtonElement>('.timeline-open');
const entries = [...aside.querySelectorAll<HTMLElement>('li.event')];
// Paragraphs are counted by position: after an update their ids (`p-21`) are not their numbers.
const storyPs = [...document.querySelectorAll<HTMLElement>('.story > p[id]')];
const numberOf = (id?: string) => storyPs.findIndex((p) => p.id == id) + 1;
// Each entry's paragraph, read from its "¶N" link.
const paragraphs = entries.map((li) => numberOf(li.querySelector<HTMLAnchorElement>('.source')!.hash.slice(1)));
const STORY_LINK = '.story a[href^="#"]:not(.anchor)';
const anchored = CSS.supports('anchor-name', '--a');

/** What the card belongs to: focus goes back to it when the card closes, if it was opened by hand. */
let from: HTMLElement | undefined;
let focusBack = false;
/** The paragraph the open card was opened from, and the one a followed card link left (for "Back to ¶N"). */
let origin = 0;
let leaving = 0;
/** The story link whose card was followed: "Back to ¶N" gives it focus again. */
let left: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const onScreen = new Set<number>();
/** The entry the column last followed to; none until the first look at the screen. */
let last: number | undefined;

const storyLink = (target: EventTarget | null) => (target as Element).closest?.<HTMLAnchorElement>(STORY_LINK);

function show(source: HTMLElement, content: Element, focus: boolean, more?: string) {
	// An open card is closed first (its link gets focus back, if it had it), then moved.
	card.hidePopover();
	const copies = [...content.children].map((child) => child.cloneNode(true) as Element);
	body.replaceChildren(...copies);
	// Copies must not repeat ids, nor offer the share links (a.anchor) of what they copy.
	body.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
	body.querySelectorAll('a.anchor').forEach((a) => a.replaceWith(...a.childNodes));
	if (more) {
		body.querySelectorAll('.refs,.source').forEach((el) => el.remove());
		const link = body.appendChild(document.createElement('p')).appendChild(document.createElement('a'));
		link.href = `#${content.id}`;
		link.textContent = more;
	}
	card.ariaLabel = content.querySelector('h2,h3,.name')!.textContent;
	from = source;
	focusBack = focus;
	origin = numberOf(source.closest('p')?.id);
	if (anchored) source.style.setProperty('anchor-name', '--context');
	card.showPopover();
	if (!anchored) {
		const place = placeCard(source.getBoundingClientRect(), card.offsetWidth, card.offsetHeight, innerWidth, innerHeight);
		card.style.top = `${place.top}px`;
		card.style.left = `${place.left}px`;
	}
	if (focus) card.focus({ preventScroll: true });
}

/**
 * Mark the timeline entries of the paragraphs on screen and, when the reader reaches another dated
 * paragraph, scroll the column to put its first entry at the top, with the others of the screen after
 * it. Not at the first look (the column starts at its top, as the page does), nor while the address
 * names a timeline entry (the reader came for that one).
 */
function follow() {
	const { current, show: shown } = followReading(paragraphs, [...onScreen]);
	entries.forEach((li, index) => (li.ariaCurrent = current.includes(index) ? 'true' : null));
	const li = entries[shown];
	// The column scrolls only where it is one (wide screens); CSS gives it smooth scrolling unless motion is reduced.
	if (li && last != null && shown != last && !location.hash.startsWith('#timeline')) aside.scrollTop = li.offsetTop - 48;
	return (last = shown);
}

function wayBack() {
	const paragraph = history.state?.back;
	back.hidden = !paragraph;
	back.href = `#${storyPs[paragraph - 1]?.id}`;
	back.textContent = `Back to ¶${paragraph}`;
}

/** A story link's card: a copy of its entry in the timeline, Who's who or Places, with a link to it there. */
function open(link: HTMLAnchorElement, focus: boolean) {
	const target = document.getElementById(link.hash.slice(1))!;
	show(link, target, focus, target.closest('aside') ? 'Show in timeline' : target.closest('section')!.querySelector('h2')!.textContent!);
}

document.querySelectorAll<HTMLElement>(STORY_LINK).forEach((a) => (a.ariaHasPopup = 'dialog'));

document.addEventListener('click', (event) => {
	const link = storyLink(event.target);
	clearTimeout(timer);
	if (link && !(event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
		event.preventDefault();
		open(link, true);
	} else if ((event.target as Element).closest?.('a') && card.contains(event.target as Node)) {
		// The reader follows the card: let the link go, and remember the paragraph left if it stays on the page.
		leaving = origin;
		left = from;
		focusBack = false;
		card.hidePopover();
	}
});

// Hover opens a card only for a mouse, after a pause; moving off the link and the card closes it again.
document.addEventListener('pointerover', (event) => {
	if (event.pointerType !== 'mouse') return;
	clearTimeout(timer);
	const link = storyLink(event.target);
	if (link && link !== from) timer = setTimeout(() => open(link, false), 400);
	else if (!link && !focusBack && card.matches(':popover-open') && !card.contains(event.target as Node)) timer = setTimeout(() => card.hidePopover(), 300);
});

card.addEventListener('beforetoggle', (event) => {
	if ((event as ToggleEvent).newState !== 'closed') return;
	const focused = document.activeElement;
	// Back to the link, unless the reader has moved on to another control.
	if (focusBack && (card.contains(focused) || !focused?.matches('a,button'))) from?.focus({ preventScroll: true });
	from?.style.removeProperty('anchor-name');
	from = undefined;
});

opener.hidden = false;
opener.addEventListener('click', () => {
	show(opener, aside, true);
	const shown = body.querySelectorAll<HTMLElement>('li.event')[follow()];
	body.scrollTop = shown ? shown.offsetTop - 8 : 0;
});

back.addEventListener('click', (event) => {
	event.preventDefault();
	left?.focus({ preventScroll: true });
	history.back();
});

addEventListener('hashchange', () => {
	if (leaving) history.replaceState({ back: leaving }, '');
	leaving = 0;
	wayBack();
});
addEventListener('popstate', wayBack);
wayBack();

const observer = new IntersectionObserver(
	(records) => {
		for (const record of records) onScreen[record.isIntersecting ? 'add' : 'delete'](numberOf(record.target.id));
		follow();
	},
	{ rootMargin: '-10% 0px' },
);
storyPs.forEach((p) => observer.observe(p));
