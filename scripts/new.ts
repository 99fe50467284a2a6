/**
 * `npm run new -- <file> [--published YYYY-MM-DD] [--slug <slug>]`: drafts an explainer from a wire
 * story (src/authoring/cli.ts). Whatever goes wrong ends in a message and exit code 1, never a stack
 * trace (BACKSTORY_DEBUG=1 prints one, for a bug report), and nothing is written.
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
	if (error instanceof InputError) {
		console.error(`npm run new: ${error.message}\nNothing was written.`);
	} else {
		// A fault of the tool, not of the input: said plainly, with what to send.
		console.error(`npm run new failed: ${(error as Error)?.message ?? String(error)}\nNothing was written. This is a fault in the tool, not in your story: please report it with the story file (BACKSTORY_DEBUG=1 npm run new -- ... shows the details).`);
		if (process.env.BACKSTORY_DEBUG) console.error(error);
	}
	process.exitCode = 1;
}
