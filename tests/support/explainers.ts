/**
 * Explainer files read the way the site reads them, for unit tests: frontmatter through the real
 * schema, then what the loader adds (`withParagraphs`, `withMentions`) and the facts of the people and
 * places it names, so entities and maps are tested on real data.
 */
import { basename, dirname } from 'node:path';
import { withEntityFacts } from '../../src/lib/entities/facts';
import { checkExplainerFile, readEntityFacts } from '../../src/lib/content/folder';
import { withMentions } from '../../src/lib/story/mentions';
import { withParagraphs } from '../../src/lib/story/check';
import type { ExplainerData } from '../../src/schemas/explainer';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/lib/content/frontmatter';

export const AP_EXPLAINER = 'content/explainers/japan-south-korea-summit.md';
export const FIXTURE_EXPLAINER = 'tests/fixtures/content/explainers/lee-final-rally.md';

/**
 * An explainer file's frontmatter, read by the loader's own reader (dates stay the text typed), and
 * its story, as Astro hands it to the loader.
 */
export function readExplainerFile(path = AP_EXPLAINER): { frontmatter: Record<string, unknown>; body: string } {
	const contents = readFileSync(path, 'utf8');
	const read = readFrontmatter(contents);
	if ('problem' in read) throw new Error(`${path}: ${read.problem.field}: ${read.problem.message}`);
	// The content check's body is the story as Astro hands it to the loader, whatever it finds wrong.
	const root = dirname(dirname(path));
	return { frontmatter: read.data, body: checkExplainerFile(path, readEntityFacts(root).facts, root).body };
}

/** A deep copy to break in one place per test. */
export const clone = <T>(value: T): T => structuredClone(value);

export function loadExplainer(path: string): { id: string; data: ExplainerData; body: string } {
	const root = dirname(dirname(path));
	const { facts } = readEntityFacts(root);
	const checked = checkExplainerFile(path, facts, root);
	if (!checked.data || checked.problems.length > 0) throw new Error(`${path}: ${JSON.stringify(checked.problems)}`);
	const { body } = checked;
	const data = withEntityFacts(withMentions(withParagraphs(checked.data, body), body), facts) as ExplainerData;
	return { id: basename(path, '.md'), data, body };
}
