/**
 * Share images rendered on worker threads: the build renders pages on one thread, so the images
 * (about 15 ms of CPU each) go to threads of their own. Where no worker can start, they render
 * in-process.
 *
 * In a build, each model page has its own share image written as it renders (`writeShareImage`),
 * while the pages go on; the model image route then lists no images, and the share-images
 * integration waits for the writes at the end of page generation. In dev the routes render on
 * request (`pooledShareImagePng`), as they do for tutorials and the site image in a build.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareImagePng, writeSharePng } from './render-share-image.ts';
import type { ShareImageInput } from './share-image.ts';
import { pagesStartedMessage } from './warm-up-control.ts';

interface Reply {
	png?: Buffer;
	/** For an image written to a file: whether it came from the cache. */
	cached?: boolean;
}

interface Job {
	resolve: (reply: Reply) => void;
	reject: (error: Error) => void;
}

/**
 * Threads for images: one per core beside the one rendering pages, and at least two. Pages are
 * done before the images they queued; with one image thread on a 2-core machine the page thread
 * then sat idle for the last images (6 s of a 1,000-card build), with two both cores draw them.
 */
export function poolSize(cores = availableParallelism()): number {
	return Math.max(2, cores - 1);
}

/**
 * The worker's source. Astro bundles this module, so `import.meta.url` no longer points into
 * src/; the build runs in the project folder (npm scripts), so the path is taken from there.
 */
function workerFile(): string | undefined {
	const file = join(process.cwd(), 'src', 'seo', 'share-image-worker.ts');
	return existsSync(file) ? file : undefined;
}

/**
 * The threads and their jobs, one pool per process: kept on `globalThis` because the pages (in
 * Astro's bundle) and the build's integrations load this module separately, and each copy would
 * otherwise start threads of its own.
 */
interface Pool {
	workers?: Worker[];
	jobs: Map<number, Job>;
	nextId: number;
	turn: number;
	idleTimer?: ReturnType<typeof setTimeout>;
}
const pool: Pool = ((globalThis as Record<symbol, Pool | undefined>)[Symbol.for('openmodels.shareImagePool')] ??= { jobs: new Map(), nextId: 0, turn: 0 });

/** How long an idle pool lives: its threads hold a heap of their own, wanted back once pages are done. */
const IDLE_MS = 2000;

function stopWhenIdle() {
	clearTimeout(pool.idleTimer);
	if (pool.jobs.size > 0) return;
	pool.idleTimer = setTimeout(() => {
		if (pool.jobs.size > 0 || !pool.workers) return;
		for (const worker of pool.workers) void worker.terminate();
		pool.workers = undefined; // started again if another image is asked for
	}, IDLE_MS);
	pool.idleTimer.unref();
}

function startWorkers(): Worker[] {
	const file = workerFile();
	if (!file || process.env.OPENMODELS_SHARE_IMAGE_WORKERS === '0') return [];
	return Array.from({ length: poolSize() }, () => {
		const worker = new Worker(file);
		// Idle workers must not keep the build process alive.
		worker.unref();
		worker.on('message', ({ id, png, cached, error }: { id: number; png?: Uint8Array; cached?: boolean; error?: string }) => {
			const job = pool.jobs.get(id);
			pool.jobs.delete(id);
			if (!job) return;
			if (error !== undefined) job.reject(new Error(`share image worker: ${error}`));
			else job.resolve({ png: png && Buffer.from(png.buffer, png.byteOffset, png.byteLength), cached });
		});
		worker.on('error', (error) => {
			for (const job of pool.jobs.values()) job.reject(error);
			pool.jobs.clear();
		});
		return worker;
	});
}

/** Sends a job to a worker: it writes the PNG to `file`, or without one sends it back. */
function runOnWorker(worker: Worker, input: ShareImageInput, file?: string): Promise<Reply> {
	const id = pool.nextId++;
	return new Promise<Reply>((resolve, reject) => {
		pool.jobs.set(id, { resolve, reject });
		worker.ref();
		worker.postMessage({ id, input, file });
	}).finally(() => {
		if (pool.jobs.size === 0) {
			for (const each of pool.workers ?? []) each.unref();
			stopWhenIdle();
		}
	});
}

function nextWorker(): Worker | undefined {
	clearTimeout(pool.idleTimer);
	pool.workers ??= startWorkers();
	return pool.workers.length === 0 ? undefined : pool.workers[pool.turn++ % pool.workers.length];
}

/** Writes a share image to `file` on a worker (in-process where none can start); resolves to whether it came from the cache. */
export function writeSharePngOnPool(input: ShareImageInput, file: string): Promise<boolean> {
	const worker = nextWorker();
	return worker ? runOnWorker(worker, input, file).then(({ cached }) => cached === true) : writeSharePng(input, file);
}

/**
 * What the build hands the pool, shared through `globalThis` because the integration and the
 * pages load this module separately: where the site is written, and the images being written.
 */
interface BuildOutput {
	outDir?: string;
	writes: Map<string, Promise<void>>;
	/** How many of the written images came from the cache. */
	cached: number;
	failures: string[];
	/** Images written by pages rendered on other threads (src/integrations/parallel-pages.ts). */
	elsewhere: { written: number; cached: number };
	/** On a page thread: has the build's thread write the image, on its pool (`writeSharePngOnPool`). */
	delegate?: (input: ShareImageInput, file: string) => Promise<boolean>;
}
const output: BuildOutput = ((globalThis as Record<symbol, BuildOutput | undefined>)[Symbol.for('openmodels.shareImages')] ??= { writes: new Map(), cached: 0, failures: [], elsewhere: { written: 0, cached: 0 } });

let announced = false;

/** Set by the share-images integration for `astro build`: model pages then write their own images there. */
export function setShareImageOutDir(outDir: string | undefined): void {
	output.outDir = outDir;
}

/** Where pages write share images in a build; `undefined` outside one. */
export function shareImageOutDir(): string | undefined {
	return output.outDir;
}

/** On a page thread: where its pages' share images are written instead of a pool of its own. */
export function delegateShareImageWrites(delegate: (input: ShareImageInput, file: string) => Promise<boolean>): void {
	output.delegate = delegate;
}

/** Whether pages write share images themselves (a build), or image routes serve them (dev). */
export function pagesWriteShareImages(): boolean {
	return output.outDir !== undefined;
}

/**
 * Has a share image rendered on a worker and written to `path` (the image's URL path under the
 * output folder), while the pages go on. A route per image cost the page thread ~3 ms of Astro's
 * request handling and file writing per image (5,546 images at 5,000 cards). Outside a build, a
 * no-op: the image routes render on request.
 */
export function writeShareImage(input: ShareImageInput, path: string): void {
	if (!output.outDir) return;
	if (!announced) {
		announced = true;
		process.send?.(pagesStartedMessage);
	}
	const file = join(output.outDir, path);
	if (output.writes.has(file)) return;
	const written = output.delegate ? output.delegate(input, file) : writeSharePngOnPool(input, file);
	output.writes.set(
		file,
		written.then((cached) => void (cached && output.cached++)).catch((error: unknown) => {
			output.failures.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
		}),
	);
}

/** Counts images pages rendered on another thread wrote (src/integrations/parallel-pages.ts). */
export function addShareImageWrites(written: number, cached: number, failure?: string): void {
	output.elsewhere.written += written;
	output.elsewhere.cached += cached;
	if (failure) output.failures.push(failure);
}

/** Waits for every image the pages asked for; fails with the list of those that could not be written. */
export async function finishShareImageWrites(): Promise<{ written: number; cached: number }> {
	await Promise.all(output.writes.values());
	const result = { written: output.writes.size + output.elsewhere.written, cached: output.cached + output.elsewhere.cached };
	const failures = output.failures.splice(0);
	output.writes.clear();
	output.cached = 0;
	output.elsewhere = { written: 0, cached: 0 };
	if (failures.length) throw new Error(`${failures.length} share image(s) could not be written:\n${failures.join('\n')}`);
	return result;
}

/** The share image as PNG, rendered on a worker thread when one is available. */
export async function pooledShareImagePng(input: ShareImageInput): Promise<Buffer> {
	const worker = nextWorker();
	if (!worker) return shareImagePng(input);
	return (await runOnWorker(worker, input)).png!;
}
