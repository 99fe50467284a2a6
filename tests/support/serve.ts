/** Serves a built site on loopback for browser tests and benchmarks, with the 404 page for misses. */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningSite {
	origin: string;
	close: () => Promise<void>;
}

export async function serveSite(directory: string): Promise<RunningSite> {
	const assets = sirv(directory, { dev: false, etag: true, extensions: ['html'] });
	const notFound = () => readFileSync(join(directory, '404.html'));
	const server: Server = createServer((request, response) => {
		assets(request, response, () => {
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(notFound());
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
