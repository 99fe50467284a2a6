/**
 * Deep links, enhanced: following an `a.anchor` still moves to its target and puts the fragment in the
 * address bar; then the link is offered to the Web Share API where the browser has one, or copied to the
 * clipboard, with a status message that screen readers announce. Without JavaScript the links still work.
 * The shared address is the canonical one, so a link copied from a preview build points at the real site.
 */
const notice = document.createElement('p');
notice.className = 'share-status';
notice.setAttribute('role', 'status');
document.body.append(notice);
let clear: ReturnType<typeof setTimeout> | undefined;

function say(message: string) {
	notice.textContent = message;
	clearTimeout(clear);
	clear = setTimeout(() => (notice.textContent = ''), 4000);
}

document.addEventListener('click', async (event) => {
	const link = (event.target as Element).closest?.('a.anchor');
	if (!(link instanceof HTMLAnchorElement) || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
	const url = canonical.replace(/#.*/, '') + link.hash;
	const name = link.getAttribute('aria-label') ?? `Link to ${link.textContent?.trim()}`;
	try {
		if (typeof navigator.share === 'function') await navigator.share({ url, title: document.title });
		else {
			await navigator.clipboard.writeText(url);
			say(`${name} copied`);
		}
	} catch {
		// Share dismissed or clipboard refused: the address bar already shows the link.
	}
});

export {};
