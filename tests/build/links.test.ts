/** Every internal link and #fragment in dist/, and in the paginated test archive, resolves (see tests/support/links.ts for the rules). */
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DIST } from '../support/archive.ts';
import { checkInternalLinks } from '../support/links.ts';
import { DIST, SITE } from '../support/site.ts';

describe('internal links', () => {
	it('every internal address and #fragment in the built site resolves', () => {
		expect(checkInternalLinks(DIST, new URL(SITE))).toEqual([]);
	});

	it('so does every one in the paginated test archive: page links, rel="prev" and rel="next" among them', () => {
		expect(checkInternalLinks(ARCHIVE_DIST, new URL(SITE))).toEqual([]);
	});

	it('the checker catches each kind of broken link (a small fixture site)', () => {
		const broken = checkInternalLinks('tests/fixtures/links', new URL('https://site.example/'));
		expect(broken.map(({ file, href, reason }) => `${file} ${href}: ${reason}`).sort()).toEqual([
			'a/index.html ../#bottom: #bottom is not an id on index.html',
			'a/index.html /img.svg#frag: has a #fragment into img.svg, which is not a page',
			'feed.xml https://site.example/gone/: names gone/index.html, which is not in the build',
			'index.html #: has an empty #fragment',
			'index.html /a/#missing: #missing is not an id on a/index.html',
			'index.html /a: needs a trailing slash',
			'index.html /b/: names b/index.html, which is not in the build',
			'index.html /nope.png: names nope.png, which is not in the build',
			'index.html https://site.example/card.png: names card.png, which is not in the build',
		]);
	});
});
