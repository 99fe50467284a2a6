/**
 * Card drawing off the main thread. A card takes satori, resvg and sharp some 25-40 ms of CPU, and a build
 * draws one per explainer; on the main thread that time adds up page after page (30 s for 1,000
 * explainers on a 2-core machine). Here a pool of worker threads, one per core, each with satori,
 * resvg and the fonts loaded once, draws them side by side while Astro renders other pages
 * (astro.config.ts lets it render several at once). The drawing is the same code path as `drawCard`:
 * same layout, same fonts, same options, so the same bytes.
 *
 * Workers are started on the first card and hold the process open only while they have work.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface DrawRequest {
	/** Satori's element tree: plain objects, so it crosses to a worker as it is. */
	element: unknown;
	width: number;
	height: number;
	/** resvg's options. */
	render: object;
	/** sharp's PNG options. */
	png: object;
}

export interface PoolSetup {
	/** Resolved paths of the satori, @resvg/resvg-js and sharp packages (CommonJS entries). */
	satori: string;
	resvg: string;
	sharp: string;
	fonts: { name: string; data: Buffer; weight: number; style: string }[];
}

// CommonJS, evaluated as the worker's script: the worker loads nothing from this project's source,
// which the build has bundled away, only the two packages by their resolved paths.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const satori = require(workerData.satori).default;
const { Resvg } = require(workerData.resvg);
const sharp = require(workerData.sharp);
// One libvips thread per worker: the pool already has a worker per core.
sharp.concurrency(1);
sharp.cache(false);
const fonts = workerData.fonts.map((font) => ({ ...font, data: Buffer.from(font.data) }));
parentPort.on('message', async ({ id, element, width, height, render, png: pngOptions }) => {
	try {
		const svg = await satori(element, { width, height, fonts });
		const image = new Resvg(svg, render).render();
		const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png(pngOptions).toBuffer();
		parentPort.postMessage({ id, png });
	} catch (error) {
		parentPort.postMessage({ id, error: String((error && error.stack) || error) });
	}
});
`;

interface Job {
	request: DrawRequest;
	resolve: (png: Buffer) => void;
	reject: (error: Error) => void;
}

export class CardPool {
	readonly #setup: PoolSetup;
	readonly #size: number;
	readonly #idle: Worker[] = [];
	readonly #busy = new Map<Worker, Job>();
	readonly #queue: Job[] = [];
	#started = 0;

	constructor(setup: PoolSetup, size = availableParallelism()) {
		this.#setup = setup;
		this.#size = Math.max(1, size);
	}

	draw(request: DrawRequest): Promise<Buffer> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ request, resolve, reject });
			this.#next();
		});
	}

	/** Stops every worker (for tests; a build simply exits, the idle workers holding nothing open). */
	async close(): Promise<void> {
		const workers = [...this.#idle, ...this.#busy.keys()];
		this.#idle.length = 0;
		await Promise.all(workers.map((worker) => worker.terminate()));
	}

	#next(): void {
		while (this.#queue.length > 0) {
			const worker = this.#idle.pop() ?? (this.#started < this.#size ? this.#start() : undefined);
			if (!worker) return;
			const job = this.#queue.shift() as Job;
			this.#busy.set(worker, job);
			worker.ref();
			worker.postMessage({ id: 0, ...job.request });
		}
	}

	#start(): Worker {
		this.#started += 1;
		const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.#setup });
		worker.on('message', (message: { png?: Uint8Array; error?: string }) => {
			const job = this.#busy.get(worker);
			this.#busy.delete(worker);
			worker.unref();
			this.#idle.push(worker);
			if (job) {
				if (message.png) job.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
				else job.reject(new Error(`drawing a card failed: ${message.error}`));
			}
			this.#next();
		});
		worker.on('error', (error) => {
			const job = this.#busy.get(worker);
			this.#busy.delete(worker);
			this.#started -= 1;
			job?.reject(error);
			this.#next();
		});
		return worker;
	}
}
