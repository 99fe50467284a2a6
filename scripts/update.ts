/**
 * `npm run update -- <slug> <file> [--time <time>] [--zone <zone>] [--correction] [--withdraw] [--same-story]`:
 * drafts the next version of a published explainer from the wire's next version of its story
 * (src/authoring/update-cli.ts).
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
	if (!(error instanceof InputError)) throw error;
	console.error(`npm run update: ${error.message}\nNothing was written.`);
	process.exitCode = 1;
}
