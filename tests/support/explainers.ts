/**
 * Explainer files read the way the site reads them, for unit tests: frontmatter through the real
 * schema, then the loader's own `withParagraphs`, so entities and maps are tested on real data.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { withParagraphs } from '../../src/loaders/explainers';
import { explainerSchema, type ExplainerData } from '../../src/schemas/explainer';

export const AP_EXPLAINER = 'content/explainers/japan-south-korea-summit.md';
export const FIXTURE_EXPLAINER = 'tests/fixtures/content/explainers/lee-final-rally.md';

export function readExplainerFile(path: string): { frontmatter: Record<string, unknown>; body: string } {
	const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
	return { frontmatter, body: content };
}

export function loadExplainer(path: string): { id: string; data: ExplainerData; body: string } {
	const { frontmatter, body } = readExplainerFile(path);
	return { id: basename(path, '.md'), data: withParagraphs(explainerSchema.parse(frontmatter), body), body };
}
