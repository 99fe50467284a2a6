/**
 * The internal link checker: every address in a built site that points into the site (relative, or
 * absolute on the site's own origin) must name a file that exists, and every `#fragment` an element
 * with that id on the page it names. Pages are read from HTML attributes (href, src, srcset, action,
 * poster, and URL-valued <meta> such as og:image); feeds and sitemaps by the site URLs they contain.
 *
 * It is strict where static hosts are forgiving: with `trailingSlash: 'always'`, `/explainers/x`
 * (no slash) is broken even though many hosts would redirect it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { urlPathOf } from './pages.ts';

export interface BrokenLink {
	/** The file the link is in, relative to dist. */
	file: string;
	href: string;
	reason: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'] as const;

function filesIn(dist: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => statSync(join(dist, file)).isFile())
		.sort();
}

/** The addresses a page refers to. */
function referencesInHtml(html: string): string[] {
	const $ = cheerio.load(html);
	const found: string[] = [];
	for (const attribute of URL_ATTRIBUTES) {
		$(`[${attribute}]`).each((_, element) => {
			const value = $(element).attr(attribute);
			if (value !== undefined) found.push(value);
		});
	}
	$('[srcset], [imagesrcset]').each((_, element) => {
		for (const attribute of ['srcset', 'imagesrcset']) {
			const value = $(element).attr(attribute);
			if (value) found.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
		}
	});
	// og:image, og:url, twitter:image and the like: absolute URLs that crawlers will fetch.
	$('meta[content]').each((_, element) => {
		const value = $(element).attr('content') ?? '';
		if (/^https?:\/\//.test(value)) found.push(value);
	});
	return found;
}

function idsInHtml(html: string): Set<string> {
	const $ = cheerio.load(html);
	const ids = new Set<string>();
	$('[id]').each((_, element) => void ids.add($(element).attr('id') ?? ''));
	$('a[name]').each((_, element) => void ids.add($(element).attr('name') ?? ''));
	return ids;
}

export function checkInternalLinks(dist: string, site: URL): BrokenLink[] {
	const files = filesIn(dist);
	const fileSet = new Set(files.map((file) => file.split('\\').join('/')));
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idsCache.get(file);
		if (!ids) {
			ids = idsInHtml(readFileSync(join(dist, file), 'utf8'));
			idsCache.set(file, ids);
		}
		return ids;
	};
	const broken: BrokenLink[] = [];

	const check = (file: string, base: URL, href: string) => {
		const trimmed = href.trim();
		if (trimmed === '' || /^(?:mailto|tel|data|blob):/i.test(trimmed)) return;
		let url: URL;
		try {
			url = new URL(trimmed, base);
		} catch {
			broken.push({ file, href, reason: 'is not a valid address' });
			return;
		}
		if (url.origin !== site.origin) return;
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			broken.push({ file, href, reason: 'has a malformed escape' });
			return;
		}
		const target = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
		if (!fileSet.has(target)) {
			const isFolder = existsSync(join(dist, target)) && !path.endsWith('/');
			broken.push({ file, href, reason: isFolder ? 'needs a trailing slash' : `names ${target}, which is not in the build` });
			return;
		}
		if (trimmed.includes('#')) {
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment === '') broken.push({ file, href, reason: 'has an empty #fragment' });
			else if (!target.endsWith('.html')) broken.push({ file, href, reason: `has a #fragment into ${target}, which is not a page` });
			else if (!idsOf(target).has(fragment)) broken.push({ file, href, reason: `#${fragment} is not an id on ${target}` });
		}
	};

	for (const file of files) {
		const slashed = file.split('\\').join('/');
		if (slashed.endsWith('.html')) {
			const base = new URL(urlPathOf(slashed), site);
			for (const href of referencesInHtml(readFileSync(join(dist, file), 'utf8'))) check(slashed, base, href);
		} else if (/\.(?:xml|xsl|txt|webmanifest|json)$/.test(slashed)) {
			const escaped = site.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const text = readFileSync(join(dist, file), 'utf8');
			for (const match of text.matchAll(new RegExp(`${escaped}[^\\s"'<>)]*`, 'g'))) check(slashed, site, match[0]);
		}
	}
	return broken;
}
