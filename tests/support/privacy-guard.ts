/**
 * Vitest setup for every test file that drives Chromium: after the file's tests, no page may have
 * requested anything from another origin (every request is recorded by launchChromium()).
 */
import { afterAll, expect } from 'vitest';
import { foreignRequests } from './chromium.ts';

afterAll(() => {
	expect(foreignRequests, 'requests to other origins than the site').toEqual([]);
});
