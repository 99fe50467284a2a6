/**
 * Explainer files read the way the site reads them, for unit tests: frontmatter through the real
 * schema, then what the loader adds (`withParagraphs`, `withMentions`), so entities and maps are tested
 * on real data.
 */
import { basename } from 'node:path';
import { withMentions } from '../../src/lib/mentions';
import { withParagraphs } from '../../src/lib/story';
import { explainerSchema, type ExplainerData } from '../../src/schemas/explainer';
import { readExplainerFile } from './content';

export const AP_EXPLAINER = 'content/explainers/japan-south-korea-summit.md';
export const FIXTURE_EXPLAINER = 'tests/fixtures/content/explainers/lee-final-rally.md';

export { readExplainerFile };

export function loadExplainer(path: string): { id: string; data: ExplainerData; body: string } {
	const { frontmatter, body } = readExplainerFile(path);
	return { id: basename(path, '.md'), data: withMentions(withParagraphs(explainerSchema.parse(frontmatter), body), body), body };
}
