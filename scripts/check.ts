/**
 * `npm run check [-- <file>...]`: every content check the build makes, on the given files or on the
 * whole content folder, in a second or two instead of a build. The same messages as `npm run build`:
 * the YAML, the schema, the story against its frontmatter, the people and places an explainer names
 * (and places filed twice), and, as warnings, the story's dates the timeline leaves out. Files given by
 * name are checked even when they are drafts (`_<slug>.md`). Exits 1 on any problem, 0 otherwise.
 */
import './ts-resolve.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const { CONTENT_ROOT } = await import('../src/consts.ts');
const { ContentError } = await import('../src/lib/content/error.ts');
const { checkExplainerFile, CONTENT_FOLDERS, explainerFiles, folderErrors, readEntityFacts } = await import('../src/lib/content/folder.ts');

const shown = (file: string) => relative(process.cwd(), resolve(file));
const named = process.argv.slice(2).filter((arg) => arg !== '--');
for (const file of named) {
	if (!existsSync(file)) {
		console.error(`${file}: no such file or folder; give a file such as content/explainers/<slug>.md, or a folder such as content/explainers`);
		process.exit(2);
	}
}
const isFolder = (path: string) => statSync(path).isDirectory();
const isContentRoot = (path: string) => Object.keys(CONTENT_FOLDERS).some((list) => existsSync(join(path, list)));
for (const folder of named.filter(isFolder)) {
	if (!isContentRoot(folder) && !Object.hasOwn(CONTENT_FOLDERS, basename(resolve(folder)))) {
		console.error(`${folder} is not a content folder: give content/ itself, or content/explainers, content/people or content/places`);
		process.exit(2);
	}
}
// A folder given stands for its files: a content folder for all of them, as with no argument;
// content/explainers (people, places) for the published files in it, as the build reads them.
const wholeRoots = named.filter((path) => isFolder(path) && isContentRoot(path)).map((path) => resolve(path));
const given = named.flatMap((path) => {
	if (!isFolder(path) || isContentRoot(path)) return isFolder(path) ? [] : [path];
	const extension = CONTENT_FOLDERS[basename(resolve(path)) as keyof typeof CONTENT_FOLDERS];
	return readdirSync(path)
		.filter((name) => name.endsWith(extension) && !name.startsWith('_'))
		.sort()
		.map((name) => join(path, name));
});

// The content folder holds explainers/, people/ and places/; a file given names its own.
const roots = new Set([...(named.length > 0 ? given.map((file) => dirname(dirname(resolve(file)))) : [resolve(CONTENT_ROOT)]), ...wholeRoots]);
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
	const whole = named.length === 0 || wholeRoots.includes(root);
	// The folders' own rules (no sub-folders, no case-only twins, no links out of the repository).
	for (const list of Object.keys(CONTENT_FOLDERS) as (keyof typeof CONTENT_FOLDERS)[]) {
		for (const error of folderErrors(root, list, [process.cwd(), root], shown)) {
			if (whole || named.some((path) => resolve(path) === join(root, list) || dirname(resolve(path)) === join(root, list))) report(error.file, error);
		}
	}
	const { facts, files: entityProblems } = readEntityFacts(root, shown);
	const wanted = (file: string) => whole || given.some((name) => resolve(name) === resolve(file));
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
	const explainerList = whole ? explainerFiles(root) : given.filter((file) => file.endsWith('.md') && dirname(dirname(resolve(file))) === root);
	for (const file of explainerList) {
		explainers += 1;
		const checked = checkExplainerFile(file, facts, root, shown);
		if (checked.problems.length > 0) report(shown(file), new ContentError(shown(file), checked.problems));
		for (const warning of checked.warnings) {
			warnings += 1;
			console.warn(`warning: ${shown(file)}: ${warning}`);
		}
	}
	if (whole) {
		console.log(`Checked ${plural(explainers, 'explainer')}, ${facts.people.size === 1 ? '1 person' : `${facts.people.size} people`} and ${plural(facts.places.size, 'place')} in ${shown(root) || '.'}/.`);
		// Drafts are not published, so not checked unless named: say so, with the command that checks them,
		// rather than let "0 problems" stand for a draft full of TODOs.
		const drafts = (Object.keys(CONTENT_FOLDERS) as (keyof typeof CONTENT_FOLDERS)[]).flatMap((list) =>
			existsSync(join(root, list))
				? readdirSync(join(root, list))
						.filter((name) => name.startsWith('_') && name.endsWith(CONTENT_FOLDERS[list]))
						.sort()
						.map((name) => shown(join(root, list, name)))
				: [],
		);
		if (drafts.length > 0) console.log(`Not checked: ${plural(drafts.length, 'draft')} (a name starting with _). To check them: npm run check -- ${drafts.join(' ')}`);
	}
}

if (named.length > 0 && given.length === 0 && wholeRoots.length === 0) console.log(`No published file in ${named.join(', ')} to check.`);
console.log(`${plural(problems, 'problem')}, ${plural(warnings, 'warning')}${given.length > 0 && given.length <= 5 ? ` in ${given.map((file) => basename(file)).join(', ')}` : given.length > 5 ? ` in ${given.length} files` : ''}.`);
process.exit(problems > 0 ? 1 : 0);
