/**
 * Deploying (README, "Deploying"): the headers a host serves from `dist/_headers` for each type of page,
 * read as Netlify and Cloudflare Pages read them, and the hosts' config files and the CI workflow in
 * step with the build (what they build, where they publish, what cache they keep).
 */
import { readFileSync } from 'node:fs';
import { load as loadHtml } from 'cheerio';
import { load as loadYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, REVALIDATE, SECURITY_HEADERS } from '../support/headers-file.ts';
import { distFile, samplePages } from '../support/pages.ts';
import { DIST } from '../support/site.ts';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('the headers a host serves from _headers', () => {
	const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
	const pages = samplePages();

	it('covers every required page type', () => {
		expect(pages.map((page) => page.type)).toEqual(expect.arrayContaining(['home', 'explainer', 'person', 'place', 'search', '404']));
	});

	it.each(pages)('$type ($path): the security headers, its own policy plus frame-ancestors, revalidated on each use', ({ path }) => {
		const headers = headersFor(rules, path);
		expect(headers).toMatchObject(SECURITY_HEADERS);
		expect(headers['Cache-Control']).toBe(REVALIDATE);
		// The header holds at least what the page's own <meta> policy does, and frame-ancestors, which a
		// <meta> policy cannot carry: a host that ignores _headers loses that line, nothing else.
		const meta = loadHtml(readFileSync(distFile(path), 'utf8'))('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
		expect(meta, `${path} has a <meta> policy`).toContain('default-src');
		const header = headers['Content-Security-Policy'] ?? '';
		expect(header).toContain("frame-ancestors 'none'");
		for (const directive of meta.split(';').map((d) => d.trim()).filter(Boolean)) {
			const [name, ...sources] = directive.split(/\s+/);
			const served = header.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `) || d === name);
			expect(served, `${path}: ${name}`).toBeDefined();
			for (const source of sources) expect(served!.split(/\s+/), `${path}: ${name} ${source}`).toContain(source);
		}
	});
});

describe("the hosts' config files agree with the build", () => {
	it('netlify.toml builds with npm run build and publishes dist/', () => {
		const config = parseToml(readFileSync('netlify.toml', 'utf8')) as { build: { command: string; publish: string } };
		expect(config.build.command).toBe('npm run build');
		expect(packageJson.scripts.build).toContain('astro build');
		expect(config.build.publish).toBe(DIST);
	});

	it('wrangler.toml publishes dist/ to Cloudflare Pages', () => {
		const config = parseToml(readFileSync('wrangler.toml', 'utf8')) as { pages_build_output_dir: string };
		expect(config.pages_build_output_dir).toBe(DIST);
	});

	it('the GitHub Actions workflow installs, tests, keeps the build cache, builds and deploys dist/, in that order', () => {
		interface Step {
			name: string;
			run?: string;
			uses?: string;
			with?: Record<string, string>;
		}
		const workflow = loadYaml(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
			env: Record<string, string>;
			jobs: { deploy: { steps: Step[] } };
		};
		const steps = workflow.jobs.deploy.steps;
		const at = (test: (step: Step) => boolean, what: string) => {
			const index = steps.findIndex(test);
			expect(index, what).toBeGreaterThanOrEqual(0);
			return index;
		};
		const install = at((s) => s.run?.startsWith('npm ci') ?? false, 'npm ci');
		const test = at((s) => s.run === 'npm test', 'npm test');
		const cache = at((s) => s.uses?.startsWith('actions/cache@') ?? false, 'actions/cache');
		const build = at((s) => s.run === 'npm run build', 'npm run build');
		const deploy = at((s) => /pages deploy dist\b/.test(s.run ?? ''), 'deploy dist');
		expect([install, test, cache, build, deploy]).toEqual([...[install, test, cache, build, deploy]].sort((a, b) => a - b));
		// The folders the cache keeps are the ones the build writes its caches to.
		const kept = (steps[cache]!.with!.path ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
		expect(kept).toEqual(expect.arrayContaining([workflow.env.BACKSTORY_CACHE_DIR, workflow.env.BACKSTORY_BUILD_CACHE]));
	});
});
