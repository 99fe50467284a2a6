/**
 * Lets Node run the site's TypeScript modules as they are, outside Vite: src/ imports its neighbours
 * without an extension (`./dates`), as Astro and Vite resolve them, and Node does not. This hook tries
 * the `.ts` file where a relative import names no file. Scripts import it first:
 *   import './ts-resolve.ts';
 *
 * The `.ts` file is looked for first, by a plain file test: letting Node fail on the bare name and
 * catching its error cost about a second of every `npm run check` (Node builds a detailed error for
 * each of the few hundred such imports).
 */
import { statSync } from 'node:fs';
import { enableCompileCache, registerHooks } from 'node:module';

// Node keeps the modules it compiled (compromise, chrono-node, zod, ours) in its cache folder in the
// system's temporary directory and reuses them while they are unchanged: a fifth of every start.
enableCompileCache();

const isFile = (url: URL) => statSync(url, { throwIfNoEntry: false })?.isFile() ?? false;

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.startsWith('file:')) {
			const withExtension = `${specifier}.ts`;
			if (isFile(new URL(withExtension, context.parentURL))) return nextResolve(withExtension, context);
		}
		return nextResolve(specifier, context);
	},
});
