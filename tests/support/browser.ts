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
	cspViolations: string[];
}

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

export async function watchedContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<WatchedContext> {
	const context = await browser.newContext(options);
	const watched: WatchedContext = { context, foreign: [], requests: [], consoleErrors: [], cspViolations: [] };
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
