/**
 * The environment an npm script sets before its command (`NAME=value NAME2=value command ...`), so the
 * benchmark builds the site with what `npm run build` sets: package.json is the one place it is written.
 */
export function scriptEnv(script: string): Record<string, string> {
	const env: Record<string, string> = {};
	for (const word of script.trim().split(/\s+/)) {
		const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/.exec(word);
		if (!assignment) break;
		env[assignment[1]] = assignment[2];
	}
	return env;
}
