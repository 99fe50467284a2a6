/** The real explainer file, read the way Astro reads it (js-yaml frontmatter), for unit tests. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export const STORY_FILE = 'content/explainers/japan-south-korea-summit.md';

export function readExplainerFile(path = STORY_FILE): { frontmatter: Record<string, unknown>; body: string } {
	const source = readFileSync(path, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${path} has no frontmatter`);
	return { frontmatter: load(match[1]) as Record<string, unknown>, body: match[2] };
}

/** A deep copy to break in one place per test. */
export const clone = <T>(value: T): T => structuredClone(value);
