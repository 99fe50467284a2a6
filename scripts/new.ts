/**
 * `npm run new -- <file> [--published YYYY-MM-DD] [--slug <slug>]`: drafts an explainer from a wire
 * story (src/authoring/cli.ts). Run through npm, with scripts/resolve-ts.ts loaded so plain Node can
 * import src/.
 */
import { runNew } from '../src/authoring/cli.ts';
import { InputError } from '../src/authoring/wire-story.ts';

try {
	runNew(process.argv.slice(2), {
		// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
		cwd: process.env.INIT_CWD ?? process.cwd(),
		contentRoot: process.env.BACKSTORY_CONTENT ?? 'content',
		log: (line) => console.log(line),
	});
} catch (error) {
	if (!(error instanceof InputError)) throw error;
	console.error(`npm run new: ${error.message}\nNothing was written.`);
	process.exitCode = 1;
}
