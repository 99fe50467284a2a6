/**
 * Finds Debian's Chromium for the browser tests, installing it (with CJK fonts) when the machine lacks
 * it and we are root, as on a fresh CI machine. Playwright's own browser download cannot work here: the
 * only network is the package registries.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
	(path): path is string => Boolean(path),
);

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function findChromium(): string | undefined {
	return CANDIDATES.find((path) => existsSync(path));
}

export function ensureChromium(): string {
	const found = findChromium();
	if (found) return found;
	if (process.getuid?.() !== 0) {
		throw new Error('Chromium is not installed. Run: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).');
	}
	console.log('Installing Chromium and CJK fonts from Debian (once per machine)...');
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	const installed = findChromium();
	if (!installed) throw new Error('apt-get finished but no Chromium binary was found.');
	return installed;
}

/**
 * Every request any page of any test makes to an address other than this machine's loopback: the
 * privacy gate. tests/support/privacy-guard.ts fails each test file that leaves one here.
 */
export const foreignRequests: string[] = [];

const isLocal = (url: string) => {
	const { protocol, hostname } = new URL(url);
	return ['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:'].includes(protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
};

function watchRequests(context: BrowserContext, watched: WeakSet<BrowserContext>): BrowserContext {
	if (!watched.has(context)) {
		watched.add(context);
		context.on('request', (request) => {
			if (!isLocal(request.url())) foreignRequests.push(request.url());
		});
	}
	return context;
}

export async function launchChromium(): Promise<Browser> {
	const browser = await chromium.launch({
		executablePath: ensureChromium(),
		// Playwright gives each launch a fresh, empty profile of its own.
		args: CHROMIUM_FLAGS,
	});
	// Whatever context a test opens, its requests are recorded.
	const watched = new WeakSet<BrowserContext>();
	const newContext = browser.newContext.bind(browser);
	browser.newContext = async (options) => watchRequests(await newContext(options), watched);
	const newPage = browser.newPage.bind(browser);
	browser.newPage = async (options) => {
		const page = await newPage(options);
		watchRequests(page.context(), watched);
		return page;
	};
	return browser;
}
