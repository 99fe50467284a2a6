/**
 * `npm run check [-- <file>...]`: every content check the build makes, on the given files or on the
 * whole content folder, in a second or two instead of a build. The same messages as `npm run build`:
 * the YAML, the schema, the story against its frontmatter, the people and places an explainer names
 * (and places filed twice), and, as warnings, the story's dates the timeline leaves out. Files given by
 * name are checked even when they are drafts (`_<slug>.md`). Exits 1 on any problem, 0 otherwise.
 */
import './ts-resolve.ts';
import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';

const { CONTENT_ROOT } = await import('../src/consts.ts');
const { ContentError } = await import('../src/lib/content/error.ts');
const { checkExplainerFile, explainerFiles, readEntityFacts } = await import('../src/lib/content/folder.ts');

const shown = (file: string) => relative(process.cwd(), resolve(file));
const given = process.argv.slice(2).filter((arg) => arg !== '--');
for (const file of given) {
	if (!existsSync(file)) {
		console.error(`${file}: no such file`);
		process.exit(2);
	}
}

// The content folder holds explainers/, people/ and places/; a file given names its own.
const roots = new Set(given.length > 0 ? given.map((file) => dirname(dirname(resolve(file)))) : [resolve(CONTENT_ROOT)]);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
let problems = 0;
let warnings = 0;
let explainers = 0;

const report = (file: string, error: InstanceType<typeof ContentError>) => {
	problems += error.problems.length;
	console.error(error.message);
	// Where the build's error points: the first problem's line.
	console.error(`  Location: ${file}:${error.loc.line}`);
	console.error('');
};

for (const root of roots) {
	const { facts, files: entityProblems } = readEntityFacts(root, shown);
	const wanted = (file: string) => given.length === 0 || given.some((name) => resolve(name) === resolve(file));
	// A person's or place's file is checked when it is named, and with any explainer (which may name it).
	const anExplainerGiven = given.some((name) => name.endsWith('.md'));
	for (const { file, problems: found, warnings: noted } of entityProblems) {
		if (!anExplainerGiven && !wanted(file)) continue;
		if (found.length > 0) report(shown(file), new ContentError(shown(file), found));
		for (const warning of noted) {
			warnings += 1;
			console.warn(`warning: ${shown(file)}: ${warning}`);
		}
	}
	const explainerList = given.length > 0 ? given.filter((file) => file.endsWith('.md') && dirname(dirname(resolve(file))) === root) : explainerFiles(root);
	for (const file of explainerList) {
		explainers += 1;
		const checked = checkExplainerFile(file, facts, root, shown);
		if (checked.problems.length > 0) report(shown(file), new ContentError(shown(file), checked.problems));
		for (const warning of checked.warnings) {
			warnings += 1;
			console.warn(`warning: ${shown(file)}: ${warning}`);
		}
	}
	if (given.length === 0) console.log(`Checked ${plural(explainers, 'explainer')}, ${facts.people.size} people and ${plural(facts.places.size, 'place')} in ${shown(root) || '.'}/.`);
}

console.log(`${plural(problems, 'problem')}, ${plural(warnings, 'warning')}${given.length > 0 ? ` in ${given.map((file) => basename(file)).join(', ')}` : ''}.`);
process.exit(problems > 0 ? 1 : 0);
