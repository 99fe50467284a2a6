/**
 * After the build: reads each page's Content-Security-Policy `<meta>` (trimmed as the page was
 * rendered, by src/middleware.ts) and writes `_headers` from those policies and the files the site
 * has, so static hosts send them as real headers (which also carry `frame-ancestors`, and cover files
 * that are not HTML), with Cache-Control by path (see src/lib/head/security.ts). A page without exactly one
 * policy stops the build.
 */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, pagePolicy, SEARCH_INDEX_FOLDER, siteHeaders } from '../lib/head/security';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dir, file))
		.sort();
}

/**
 * A page's head, where its policy is (a `<meta>` policy counts only there): read in 16 KB steps up to
 * `</head>`, not the whole page, as this runs over every page of the site, restored ones included.
 */
function readHead(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const chunk = Buffer.alloc(16 * 1024);
		const parts: Buffer[] = [];
		let text = '';
		for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
			parts.push(Buffer.from(chunk.subarray(0, read)));
			text = Buffer.concat(parts).toString('utf8');
			if (text.includes('</head>')) break;
		}
		return text;
	} finally {
		closeSync(fd);
	}
}

/** A folder's files and folders, a folder's name ending in `/`; none if it does not exist. */
function entries(dir: string): string[] {
	try {
		return readdirSync(dir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
	} catch {
		return [];
	}
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'backstory-security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = htmlFiles(out);
				// Each distinct policy once: a policy is a slice of its page's head, and keeping every page's
				// would keep every head (some 70 MB at 1,000 explainers) until the union is made. The union
				// is the same either way (src/lib/head/security.ts: unionPolicy).
				const policies = new Set<string>();
				for (const file of files) policies.add(pagePolicy(readHead(file), relative(out, file)));
				const rules = siteHeaders([...policies], { root: entries(out), searchIndex: entries(join(out, SEARCH_INDEX_FOLDER)) });
				writeFileSync(join(out, '_headers'), formatHeadersFile(rules));
				logger.info(`read the content security policy of ${files.length} pages; wrote _headers`);
			},
		},
	};
}
