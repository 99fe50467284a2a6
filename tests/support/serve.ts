/**
 * Serves a built site on loopback for browser tests and benchmarks, with the 404 page for misses and
 * the headers of the site's `_headers` file (as Netlify or Cloudflare Pages would send them), so the
 * browser tests run under the HTTP Content-Security-Policy as well as the pages' own <meta> one.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';

export interface RunningSite {
	origin: string;
	/** The path of every request the server has had, in order: what a browser did not take from its cache. */
	served: string[];
	close: () => Promise<void>;
}

export async function serveSite(directory: string): Promise<RunningSite> {
	const assets = sirv(directory, { dev: false, etag: true, extensions: ['html'] });
	const headersFile = join(directory, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const notFound = () => readFileSync(join(directory, '404.html'));
	const served: string[] = [];
	const server: Server = createServer((request, response) => {
		const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
		served.push(pathname);
		for (const [name, value] of Object.entries(headersFor(rules, pathname))) response.setHeader(name, value);
		assets(request, response, () => {
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(notFound());
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		served,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
