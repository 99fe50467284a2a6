/** Vitest global setup for browser tests: make sure Debian's Chromium is on the machine. */
import { ensureChromium } from './chromium.ts';

export default function setup() {
	ensureChromium();
}
