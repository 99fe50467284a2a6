/**
 * `npm run new -- <file> [--published YYYY-MM-DD] [--slug <slug>]`: drafts an explainer from a wire
 * story (src/authoring/cli.ts).
 */
import './ts-resolve.ts';

const { runNew } = await import('../src/authoring/cli.ts');
const { InputError } = await import('../src/authoring/wire-story.ts');
const { CONTENT_ROOT } = await import('../src/consts.ts');

try {
	runNew(process.argv.slice(2).filter((arg) => arg !== '--'), {
		// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
		cwd: process.env.INIT_CWD ?? process.cwd(),
		contentRoot: CONTENT_ROOT,
		log: (line) => console.log(line),
	});
} catch (error) {
	if (!(error instanceof InputError)) throw error;
	console.error(`npm run new: ${error.message}\nNothing was written.`);
	process.exitCode = 1;
}
