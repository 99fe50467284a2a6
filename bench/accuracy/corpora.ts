/**
 * Where the benchmark corpora live: outside git, in `$BACKSTORY_CORPORA/<corpus>/` or else
 * `bench/corpora/<corpus>/`, whose README.md (committed) says where the files come from.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class MissingCorpus extends Error {}

/** The folder holding a corpus's files with the given ending, or a MissingCorpus saying where to put them. */
export function corpusFolder(corpus: string, ending: string): string {
	const root = process.env.BACKSTORY_CORPORA ? resolve(process.env.BACKSTORY_CORPORA) : resolve('bench/corpora');
	const folder = join(root, corpus);
	const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(ending)) : [];
	if (files.length === 0) {
		throw new MissingCorpus(
			`The ${corpus} corpus is not there: no *${ending} file in ${folder}. bench/corpora/${corpus}/README.md says where to get it and how to put it there (or set BACKSTORY_CORPORA to the folder that holds ${corpus}/).`,
		);
	}
	return folder;
}
