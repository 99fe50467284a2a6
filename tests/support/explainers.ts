/**
 * Explainer files read the way the site reads them, for unit tests: frontmatter through the real
 * schema, then what the loader adds (`withParagraphs`, `withMentions`) and the facts of the people and
 * places it names, so entities and maps are tested on real data.
 */
import { basename, dirname } from 'node:path';
import { withEntityFacts } from '../../src/lib/entity-facts';
import { checkExplainerFile, readEntityFacts } from '../../src/lib/content-folder';
import { withMentions } from '../../src/lib/mentions';
import { withParagraphs } from '../../src/lib/story';
import type { ExplainerData } from '../../src/schemas/explainer';
import { readExplainerFile } from './content';

export const AP_EXPLAINER = 'content/explainers/japan-south-korea-summit.md';
export const FIXTURE_EXPLAINER = 'tests/fixtures/content/explainers/lee-final-rally.md';

export { readExplainerFile };

export function loadExplainer(path: string): { id: string; data: ExplainerData; body: string } {
	const root = dirname(dirname(path));
	const { facts } = readEntityFacts(root);
	const checked = checkExplainerFile(path, facts, root);
	if (!checked.data || checked.problems.length > 0) throw new Error(`${path}: ${JSON.stringify(checked.problems)}`);
	const { body } = checked;
	const data = withEntityFacts(withMentions(withParagraphs(checked.data, body), body), facts) as ExplainerData;
	return { id: basename(path, '.md'), data, body };
}
