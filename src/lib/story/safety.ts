/**
 * What a story may not hold, for its readers' safety: raw HTML (it could run in their browsers),
 * links with a scheme that can run code, and images from other sites (they would tell those sites
 * who reads the story).
 */
import { isOtherSite } from '../paths';
import { visitStory } from './text';

/** Raw HTML in the story, which we refuse rather than pass to readers' browsers. */
export function rawHtmlIn(markdown: string): { line: number; value: string }[] {
	const found: { line: number; value: string }[] = [];
	visitStory(markdown, (node) => {
		if (node.type === 'html') found.push({ line: node.position?.start.line ?? 0, value: node.value ?? '' });
	});
	return found;
}

/** Link schemes a story may use; anything else (javascript:, data:, vbscript:) could run or smuggle code. */
const SAFE_LINK = /^(?:https?:|mailto:|[#/?.]|[^:]*$)/i;

/**
 * Links and images that would fail a reader: a link with a scheme that can run code, and any image
 * from another site (it would tell that site who reads the story; images are not part of a wire text).
 */
export function unsafeLinksIn(markdown: string): { line: number; message: string }[] {
	const found: { line: number; message: string }[] = [];
	visitStory(markdown, (node) => {
		const line = node.position?.start.line ?? 0;
		const url = (node.url ?? '').trim();
		if ((node.type === 'link' || node.type === 'definition') && !SAFE_LINK.test(url)) {
			found.push({ line, message: `a link to "${url.slice(0, 40)}" is not allowed (line ${line} of the body); links may go only to http(s) and mailto addresses` });
		}
		if (node.type === 'image' && isOtherSite(url)) {
			found.push({ line, message: `the image "${url.slice(0, 40)}" comes from another site (line ${line} of the body); images from other sites are not allowed` });
		}
	});
	return found;
}
