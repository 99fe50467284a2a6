/**
 * A page's first-round-trip bytes as the build weighs them: the HTML and what blocks its first render,
 * each gzipped. (tests/build/budgets.test.ts holds these equal to tests/support/page-weight.ts's,
 * which parses each page, on every explainer of the real build.)
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blockingResources, firstRoundTripBytes } from '../../../../src/lib/build/first-round-trip';

const page = (head: string, body = '<p>Story</p>') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('blockingResources', () => {
	it('finds a stylesheet and a classic script that block, however their attributes are written', () => {
		const html = page(`<link rel="stylesheet" href="/_astro/a.css"><LINK REL='preload stylesheet' href=/b.css><script src="/c.js"></script><script type="text/javascript" src='/d.js'></script>`);
		expect(blockingResources(html)).toEqual({ stylesheets: ['/_astro/a.css', '/b.css'], scripts: ['/c.js', '/d.js'] });
	});

	it('leaves out what does not block: print and disabled stylesheets, async, deferred and module scripts, data', () => {
		const html = page(
			`<link rel="stylesheet" href="/print.css" media="print"><link rel="stylesheet" href="/off.css" disabled><link rel="preload" href="/font.woff2" as="font">` +
				`<script async src="/a.js"></script><script defer src="/b.js"></script><script type="module" src="/c.js"></script><script type="application/ld+json">{}</script><script>let x = 1;</script>`,
		);
		expect(blockingResources(html)).toEqual({ stylesheets: [], scripts: [] });
	});

	it('counts a stylesheet for screens and print as blocking', () => {
		expect(blockingResources(page('<link rel="stylesheet" href="/all.css" media="print, screen">')).stylesheets).toEqual(['/all.css']);
	});

	it('does not take a tag inside a comment or a script’s code for one', () => {
		const html = page(`<!-- <link rel="stylesheet" href="/old.css"> --><script>document.write('<script src="/x.js"></' + 'script>')</script>`);
		expect(blockingResources(html)).toEqual({ stylesheets: [], scripts: [] });
	});
});

describe('firstRoundTripBytes', () => {
	it('is the gzipped HTML alone when nothing blocks', async () => {
		const html = page('<style>p{color:red}</style>');
		expect(await firstRoundTripBytes(html, () => undefined)).toBe(gzipSync(html).length);
	});

	it('adds each blocking file, gzipped on its own, as a server sends it', async () => {
		const html = page('<link rel="stylesheet" href="/a.css"><script src="/b.js"></script>');
		const files: Record<string, string> = { '/a.css': 'p{margin:0}'.repeat(50), '/b.js': 'console.log(1);'.repeat(50) };
		const expected = gzipSync(html).length + gzipSync(files['/a.css']).length + gzipSync(files['/b.js']).length;
		expect(await firstRoundTripBytes(html, (url) => files[url])).toBe(expected);
	});
});
