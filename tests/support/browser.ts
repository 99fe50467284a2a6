/**
 * Browser contexts for the gates, watching what every page does: each request (anything not to the
 * site's own origin is recorded and refused, so a slip cannot hang a test on a network that is not
 * there), console errors, and Content-Security-Policy violations as the page itself sees them.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { type RunningSite, serveSite } from './serve.ts';

export interface WatchedContext {
	context: BrowserContext;
	/** Requests to any origin but the site's. */
	foreign: string[];
	/** Every request made, same origin or not. */
	requests: string[];
	consoleErrors: string[];
}

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

export async function watchedContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<WatchedContext> {
	const context = await browser.newContext(options);
	const watched: WatchedContext = { context, foreign: [], requests: [], consoleErrors: [] };
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		watched.requests.push(url);
		if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) await route.continue();
		else {
			watched.foreign.push(url);
			await route.abort('blockedbyclient');
		}
	});
	// Runs before any page script, through the DevTools protocol, which the page's CSP does not govern.
	await context.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
	context.on('console', (message) => {
		if (message.type() === 'error') watched.consoleErrors.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
	});
	context.on('weberror', (error) => watched.consoleErrors.push(`${error.page()?.url() ?? ''}: ${error.error().message}`));
	return watched;
}

/** CSP violations the page has seen so far (read before it is closed). */
export async function cspViolationsOf(page: import('playwright-core').Page): Promise<string[]> {
	return page.evaluate(() => window.__cspViolations ?? []);
}

export interface PageOptions {
	colorScheme?: 'light' | 'dark';
	width?: number;
	height?: number;
}

/**
 * A new page in a watched context, in the given scheme and size, loaded (the `load` event, then the
 * network quiet): one context serves a whole test file, which is much faster than one per page.
 * `settle` waits again for the page's network to be quiet, after the test has made it do something.
 */
export async function openPage(watched: WatchedContext, url: string, { colorScheme = 'light', width = 1280, height = 900 }: PageOptions = {}) {
	const page = await watched.context.newPage();
	let inflight = 0;
	let lastActivity = Date.now();
	page.on('request', () => {
		inflight += 1;
		lastActivity = Date.now();
	});
	const ended = () => {
		inflight = Math.max(0, inflight - 1);
		lastActivity = Date.now();
	};
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	/** Resolves once no request of this page has started or ended for `quietMs` (at most `timeoutMs`). */
	const settle = async (quietMs = 750, timeoutMs = 10_000) => {
		const start = Date.now();
		while ((inflight > 0 || Date.now() - lastActivity < quietMs) && Date.now() - start < timeoutMs) {
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
	};
	await page.setViewportSize({ width, height });
	await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
	const response = await page.goto(url, { waitUntil: 'load' });
	await settle(250);
	return { page, response, settle };
}

export interface SiteInChromium {
	browser: Browser;
	site: RunningSite;
}

/**
 * Chromium and a built site served on 127.0.0.1, for the test file that calls this at its top level:
 * both start before its tests and close after them. The fields are set once `beforeAll` has run, so
 * read them inside tests and hooks; a file's own `beforeAll` hooks, registered after this call, run
 * after it.
 */
export function siteInChromium(dir = 'dist'): SiteInChromium {
	const running = {} as SiteInChromium;
	beforeAll(async () => {
		[running.browser, running.site] = await Promise.all([launchChromium(), serveSite(dir)]);
	});
	afterAll(async () => {
		await Promise.all([running.browser?.close(), running.site?.close()]);
	});
	return running;
}

export interface SitesInChromium {
	browser: Browser;
	/** Each built folder's site, and one watched context that serves all its pages. */
	sites: Map<string, { site: RunningSite; watched: WatchedContext }>;
}

/**
 * Chromium and several built sites (the site and the paginated test archive, say), each served on
 * 127.0.0.1 with one watched context for all its pages: one context per site, so each test looks only
 * at what its own page added to the records. Started before the file's tests, closed after them.
 */
export function sitesInChromium(dirs: readonly string[]): SitesInChromium {
	const running = { sites: new Map() } as SitesInChromium;
	beforeAll(async () => {
		running.browser = await launchChromium();
		for (const dir of dirs) {
			const site = await serveSite(dir);
			running.sites.set(dir, { site, watched: await watchedContext(running.browser, site.origin) });
		}
	});
	afterAll(async () => {
		await Promise.all([running.browser?.close(), ...[...running.sites.values()].map(({ site }) => site.close())]);
	});
	return running;
}
