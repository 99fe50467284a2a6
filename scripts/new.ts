/**
 * `npm run new -- <file> [--published YYYY-MM-DD] [--slug <slug>]`: drafts an explainer from a wire
 * story (src/authoring/cli.ts). Whatever goes wrong ends in a message and exit code 1, never a stack
 * trace (BACKSTORY_DEBUG=1 prints one, for a bug report), and nothing is written.
 */
import './ts-resolve.ts';

// Loaded after the resolver: the tool's modules import each other without file endings.
const { runTool } = await import('./run-tool.ts');
const { runNew } = await import('../src/authoring/cli.ts');

runTool('new', runNew);
