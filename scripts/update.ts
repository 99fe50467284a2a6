/**
 * `npm run update -- <slug> <file> [--time <time>] [--zone <zone>] [--correction] [--withdraw] [--same-story]`:
 * drafts the next version of a published explainer from the wire's next version of its story
 * (src/authoring/update-cli.ts). Whatever goes wrong ends in a message and exit code 1, never a stack
 * trace (BACKSTORY_DEBUG=1 prints one, for a bug report), and nothing is written.
 */
import './ts-resolve.ts';

// Loaded after the resolver: the tool's modules import each other without file endings.
const { runTool } = await import('./run-tool.ts');
const { runUpdate } = await import('../src/authoring/update-cli.ts');

runTool('update', runUpdate);
