/**
 * Lets plain Node (which runs .ts files by stripping their types) load src/: its modules import their
 * siblings without extensions, as Vite resolves them. Loaded with `node --import`.
 */
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, next) {
		try {
			return next(specifier, context);
		} catch (error) {
			if (specifier.startsWith('.') && !/\.[a-z]+$/.test(specifier)) return next(`${specifier}.ts`, context);
			throw error;
		}
	},
});
