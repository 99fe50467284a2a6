/**
 * `npm run update -- <slug> <file> [--time <time>] [--zone <zone>] [--correction] [--withdraw] [--same-story]`:
 * drafts the next version of a published explainer from the wire's next version of its story
 * (src/authoring/update-cli.ts). Whatever goes wrong ends in a message and exit code 1, never a stack
 * trace (BACKSTORY_DEBUG=1 prints one, for a bug report), and nothing is written.
 */
import './ts-resolve.ts';

const { runUpdate } = await import('../src/authoring/update-cli.ts');
const { InputError } = await import('../src/authoring/wire-story.ts');
const { CONTENT_ROOT } = await import('../src/consts.ts');

try {
	runUpdate(process.argv.slice(2).filter((arg) => arg !== '--'), {
		// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
		cwd: process.env.INIT_CWD ?? process.cwd(),
		contentRoot: CONTENT_ROOT,
		log: (line) => console.log(line),
	});
} catch (error) {
	if (error instanceof InputError) {
		console.error(`npm run update: ${error.message}\nNothing was written.`);
	} else {
		// A fault of the tool, not of the input: said plainly, with what to send.
		console.error(`npm run update failed: ${(error as Error)?.message ?? String(error)}\nNothing was written. This is a fault in the tool, not in your story: please report it with the story file (BACKSTORY_DEBUG=1 npm run update -- ... shows the details).`);
		if (process.env.BACKSTORY_DEBUG) console.error(error);
	}
	process.exitCode = 1;
}
