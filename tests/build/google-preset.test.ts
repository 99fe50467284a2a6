/**
 * The explainer's structured data as Google reads it, checked by a checker no one here wrote:
 * structured-data-testing-tool's Google preset for NewsArticle (author, datePublished, headline,
 * image, publisher with its name and logo; dateModified and mainEntityOfPage as warnings). Every test
 * the preset runs must pass, warnings included, and the logo must be the image the site ships.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../support/png';
import { distFileFor, readPage, STORY_SLUG } from '../support/site';

const require = createRequire(import.meta.url);
const { structuredDataTestHtml } = require('structured-data-testing-tool');
const { Google } = require('structured-data-testing-tool/presets');

interface PresetTest {
	test: string;
	description?: string;
}
interface PresetResult {
	passed: PresetTest[];
	failed: PresetTest[];
	warnings: PresetTest[];
	structuredData: { jsonld: Record<string, { publisher?: { logo?: { url?: string } } }[]> };
}

async function googlePreset(html: string): Promise<PresetResult> {
	// The library rejects with the same result object when a test fails.
	return structuredDataTestHtml(html, { presets: [Google], schemas: ['NewsArticle'] }).catch(
		(error: { res?: PresetResult }) => {
			if (error.res) return error.res;
			throw error;
		},
	);
}

describe("Google's NewsArticle preset", () => {
	it('passes every test on the explainer, warnings included', async () => {
		const result = await googlePreset(readPage(`explainers/${STORY_SLUG}/index.html`));
		expect(result.failed.map((t) => t.test)).toEqual([]);
		expect(result.warnings.map((t) => t.test)).toEqual([]);
		const names = result.passed.map((t) => t.test);
		for (const field of ['author', 'datePublished', 'headline', 'image', 'publisher.name', 'publisher.logo.url', 'dateModified', 'mainEntityOfPage'])
			expect(names, field).toContain(`NewsArticle[0].${field}`);
	});

	it("points publisher.logo at a 600×60 PNG the site ships", async () => {
		const result = await googlePreset(readPage(`explainers/${STORY_SLUG}/index.html`));
		const url = result.structuredData.jsonld.NewsArticle?.[0]?.publisher?.logo?.url;
		expect(url).toBeDefined();
		const file = distFileFor(url!);
		expect(existsSync(file), `${url} is in dist/`).toBe(true);
		expect(pngSize(readFileSync(file))).toEqual({ width: 600, height: 60 });
	});
});
