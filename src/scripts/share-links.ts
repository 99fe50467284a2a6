/**
 * Deep links, enhanced: following an `a.anchor` puts the fragment in the address bar without moving the
 * page (the reader asked for the link, not to be taken anywhere: on a phone the jump lost their place);
 * then the link is offered to the Web Share API where the browser has one, or copied to the clipboard,
 * with a status message that screen readers announce. Without JavaScript the links still jump.
 * The shared address is the canonical one, so a link copied from a preview build points at the real site.
 */
const notice = document.createElement('p');
notice.className = 'share-status';
notice.role = 'status';
document.body.append(notice);
let clear: ReturnType<typeof setTimeout> | undefined;

addEventListener('click', async (event) => {
	const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.anchor');
	if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	event.preventDefault();
	history.replaceState(history.state, '', link.hash);
	const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
	const url = canonical.replace(/#.*/, '') + link.hash;
	const name = link.ariaLabel ?? `Link to ${link.textContent?.trim()}`;
	try {
		if (navigator.share) await navigator.share({ url, title: document.title });
		else {
			await navigator.clipboard.writeText(url);
			// Said once, then cleared, so the status is not left on screen.
			notice.textContent = `${name} copied`;
			clearTimeout(clear);
			clear = setTimeout(() => (notice.textContent = ''), 4000);
		}
	} catch {
		// Share dismissed or clipboard refused: the address bar already shows the link.
	}
});

export {};
