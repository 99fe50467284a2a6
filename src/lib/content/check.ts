/**
 * Every check of a content file, given its text: the YAML, the schema, the story against its
 * frontmatter, the people and places it names, and the date phrases its timeline leaves out. The
 * loaders (during a build) and `npm run check` (on save) both check through here, so an editor reads
 * the same message from either. Nothing here reads or writes files.
 */
import type { z } from 'astro/zod';
import { type ContentProblem, type EntityFileLookup, schemaProblems } from './error';
import { duplicatePlaces, type EntityFacts, unknownEntities } from '../entities/facts';
import { extractFrontmatter, type Frontmatter, fieldName, lineOfField, readFrontmatter, readYamlFile, wholeFile } from './frontmatter';
import { characterProblems } from './characters';
import { limitWarnings } from './limits';
import { openFieldProblems } from './open-fields';
import { OUTLINE_SLACK_KM, placeInCountry } from '../entities/place-location';
import { checkStory, uncoveredDatePhrases } from '../story/check';
import { storyParagraphs } from '../story/text';
import { personFacts, placeFacts } from '../../schemas/entities';
import { explainerSchema, type ExplainerFrontmatter } from '../../schemas/explainer';


/** Schema issues as problems, each with the line of its field. */
export function problemsWithLines(
	issues: readonly z.core.$ZodIssue[],
	data: unknown,
	frontmatter: Frontmatter | undefined,
	options: { what?: string; entityFile?: EntityFileLookup } = {},
): ContentProblem[] {
	return schemaProblems(issues, data, options).map(({ path, message }) => ({
		field: fieldName(path),
		message,
		line: frontmatter && lineOfField(frontmatter, path),
	}));
}

/** The story below the frontmatter, exactly as Astro hands it to the loader (`entry.body`). */
export function splitExplainer(contents: string): { body: string } {
	const frontmatter = extractFrontmatter(contents);
	// Astro removes the frontmatter and its delimiters, and trims what is left.
	return { body: (frontmatter ? contents.replace(`---${frontmatter.text}---`, '') : contents).trim() };
}

/** What the story says against what its frontmatter says, each with its line in the file. */
export function storyProblems(data: ExplainerFrontmatter, body: string, fileContents: () => string): ContentProblem[] {
	const issues = checkStory(data, body);
	if (issues.length === 0) return [];
	// Read only when there is something to point at: a build checks every explainer.
	const contents = fileContents();
	const frontmatter = extractFrontmatter(contents);
	const bodyOffset = contents.slice(0, contents.length - body.length).split('\n').length - 1;
	return issues.map(({ field, message, path, bodyLine }) => ({
		field,
		message,
		line: path && frontmatter ? lineOfField(frontmatter, path) : bodyLine && bodyOffset + bodyLine,
	}));
}

/** People and places the explainer names without a file of their own, with their lines. */
export function entityProblems(contents: string, data: ExplainerFrontmatter, facts: EntityFacts, entityFile: EntityFileLookup): ContentProblem[] {
	const frontmatter = extractFrontmatter(contents);
	return unknownEntities(data, facts, entityFile).map(({ path, message }) => ({
		field: fieldName(path),
		message,
		line: frontmatter && lineOfField(frontmatter, path),
	}));
}

/**
 * Warnings: what does not stop a build but should be looked at. The story's dates the timeline leaves
 * out, and a title, description or story longer than its limit (./limits.ts).
 */
export function explainerWarnings(data: ExplainerFrontmatter, body: string): string[] {
	return [
		...uncoveredDatePhrases(data, body).map(
			({ phrase, paragraph }) =>
				`paragraph ${paragraph}: "${phrase}" is a date the timeline does not have; add it to dates:, or to offTimeline: with the reason it is left out`,
		),
		...limitWarnings(data, storyParagraphs(body).length),
	];
}

export interface ExplainerCheck {
	data?: ExplainerFrontmatter;
	body: string;
	problems: ContentProblem[];
	warnings: string[];
}

/** Every check of one explainer file, as a build would make them. */
export function checkExplainer(contents: string, facts: EntityFacts, entityFile: EntityFileLookup, { draft = false }: { draft?: boolean } = {}): ExplainerCheck {
	const { body } = splitExplainer(contents);
	const garbled = characterProblems(contents);
	if (garbled.length > 0) return { body, problems: garbled, warnings: [] };
	const read = readFrontmatter(contents);
	if ('problem' in read) return { body, problems: [read.problem], warnings: [] };
	const open = draft ? [] : openFieldProblems(contents, read.data);
	if (open.length > 0) return { body, problems: open, warnings: [] };
	const parsed = explainerSchema.safeParse(read.data);
	if (!parsed.success) {
		return { body, problems: problemsWithLines(parsed.error.issues, read.data, extractFrontmatter(contents), { entityFile }), warnings: [] };
	}
	const data = parsed.data;
	const problems = [...storyProblems(data, body, () => contents), ...entityProblems(contents, data, facts, entityFile)];
	return { data, body, problems, warnings: problems.length > 0 ? [] : explainerWarnings(data, body) };
}

const entitySchemas = { people: personFacts, places: placeFacts };

/**
 * One person's or place's file: its facts, or what is wrong with it. An open field (TODO) is wrong in
 * a published file; a draft (`_<id>.yaml`, `draft: true`) may hold open texts.
 */
export function checkEntity(
	list: 'people' | 'places',
	contents: string,
	{ draft = false }: { draft?: boolean } = {},
): { facts?: z.output<(typeof entitySchemas)[typeof list]>; problems: ContentProblem[]; warnings: string[] } {
	const garbled = characterProblems(contents, { yaml: true });
	if (garbled.length > 0) return { problems: garbled, warnings: [] };
	const read = readYamlFile(contents);
	if ('problem' in read) return { problems: [read.problem], warnings: [] };
	const open = draft ? [] : openFieldProblems(contents, read.data);
	if (open.length > 0) return { problems: open, warnings: [] };
	const parsed = entitySchemas[list].safeParse(read.data);
	if (!parsed.success) {
		const what = list === 'people' ? "a person's file" : "a place's file";
		return { problems: problemsWithLines(parsed.error.issues, read.data, wholeFile(contents), { what }), warnings: [] };
	}
	if (list === 'people') return { facts: parsed.data, problems: [], warnings: [] };
	const place = parsed.data as z.output<typeof placeFacts>;
	const where = placeInCountry(place);
	if (where.fits) return { facts: parsed.data, problems: [], warnings: [] };
	const [lat, lon] = place.coordinates;
	if (where.swapped) {
		const line = lineOfField(wholeFile(contents), ['coordinates']);
		const message = `[${lat}, ${lon}] lies outside ${place.country}, and [${lon}, ${lat}] inside it: coordinates are [latitude, longitude], latitude first; write [${lon}, ${lat}]`;
		return { problems: [{ field: 'coordinates', message, ...(line ? { line } : {}) }], warnings: [] };
	}
	return {
		facts: parsed.data,
		problems: [],
		warnings: [
			`coordinates [${lat}, ${lon}] lie outside ${place.country} (its outline, with ${OUTLINE_SLACK_KM} km to spare): check them, and the country (a territory with an entry of its own, such as Hong Kong, is named as itself)`,
		],
	};
}

/** Places filed twice, as problems of the later file (by id), naming the other. */
export function duplicateProblems(
	places: ReadonlyMap<string, z.output<typeof placeFacts>>,
	fileOf: ReadonlyMap<string, string>,
	contentsOf: (id: string) => string | undefined = () => undefined,
): { id: string; file: string; problem: ContentProblem }[] {
	return duplicatePlaces(places).map(({ id, other, km }) => {
		const place = places.get(id) as z.output<typeof placeFacts>;
		return {
			id,
			file: fileOf.get(id) ?? id,
			problem: {
				field: 'coordinates',
				line: ((contents) => (contents ? lineOfField(wholeFile(contents), ['coordinates']) : undefined))(contentsOf(id)),
				message: `is ${km < 0.05 ? 'the same spot as' : `${km.toFixed(1)} km from`} ${fileOf.get(other) ?? other}, another ${place.kind}: one place has one file. Name "${other}" in the explainers and delete this file, or, if they are two places, correct the coordinates`,
			},
		};
	});
}
