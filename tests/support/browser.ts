/**
 * Browser contexts for the gates, watching what every page does: each request (anything not to the
 * site's own origin is recorded and refused, so a slip cannot hang a test on a network that is not
 * there), console errors, and Content-Security-Policy violations as the page itself sees them.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

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
