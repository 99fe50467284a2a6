/**
 * Lets Node run the site's TypeScript modules as they are, outside Vite: src/ imports its neighbours
 * without an extension (`./dates`), as Astro and Vite resolve them, and Node does not. This hook tries
 * the `.ts` file where a relative import names no file. Scripts import it first:
 *   import './ts-resolve.ts';
 */
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
			throw error;
		}
	},
});
