/**
 * How `npm run new` and `npm run update` end: what the tool says goes to the terminal, and whatever goes
 * wrong ends in a message and exit code 1, never a stack trace (BACKSTORY_DEBUG=1 prints one, for a bug
 * report). Nothing is written in either case: the tools write all their files or none.
 */
import { InputError } from '../src/authoring/wire-story.ts';
import { CONTENT_ROOT } from '../src/consts.ts';

type Tool = (args: string[], options: { cwd: string; contentRoot: string; log: (line: string) => void }) => unknown;

export function runTool(command: string, tool: Tool): void {
	try {
		tool(process.argv.slice(2).filter((arg) => arg !== '--'), {
			// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
			cwd: process.env.INIT_CWD ?? process.cwd(),
			contentRoot: CONTENT_ROOT,
			log: (line) => console.log(line),
		});
	} catch (error) {
		if (error instanceof InputError) {
			console.error(`npm run ${command}: ${error.message}\nNothing was written.`);
		} else {
			// A fault of the tool, not of the input: said plainly, with what to send.
			console.error(`npm run ${command} failed: ${(error as Error)?.message ?? String(error)}\nNothing was written. This is a fault in the tool, not in your story: please report it with the story file (BACKSTORY_DEBUG=1 npm run ${command} -- ... shows the details).`);
			if (process.env.BACKSTORY_DEBUG) console.error(error);
		}
		process.exitCode = 1;
	}
}
