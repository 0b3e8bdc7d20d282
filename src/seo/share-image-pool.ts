/**
 * Share images rendered on worker threads. Satori, the rasteriser and the PNG encoder take about
 * 30 ms of CPU per image, and the build renders pages on one thread, so the images go to the
 * other cores. Where no worker can start, images render in-process, as before.
 *
 * Astro builds one route after the other, so the image routes and the model pages never ran at
 * the same time: during the images the page thread waited, during the pages the workers idled.
 * Each model page therefore asks for its share image as it renders (`prefetchShareImage`): a
 * worker renders it into the share-image cache while the pages go on, and the image route, which
 * sorts after the model pages (`/[...lang]/og/`), finds it there.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareImageCacheDir, shareImageCacheKey, shareImagePng } from './render-share-image.ts';
import type { ShareImageInput } from './share-image.ts';

interface Job {
	resolve: (png: Buffer | undefined) => void;
	reject: (error: Error) => void;
}

/** Threads for images: one per core beside the one rendering pages (at least one). */
export function poolSize(cores = availableParallelism()): number {
	return Math.max(1, cores - 1);
}

/**
 * The worker's source. Astro bundles this module, so `import.meta.url` no longer points into
 * src/; the build runs in the project folder (npm scripts), so the path is taken from there.
 */
function workerFile(): string | undefined {
	const file = join(process.cwd(), 'src', 'seo', 'share-image-worker.ts');
	return existsSync(file) ? file : undefined;
}

let workers: Worker[] | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;
let turn = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** How long an idle pool lives: its threads hold a heap of their own, wanted back once pages are done. */
const IDLE_MS = 2000;

function stopWhenIdle() {
	clearTimeout(idleTimer);
	if (jobs.size > 0) return;
	idleTimer = setTimeout(() => {
		if (jobs.size > 0 || !workers) return;
		for (const worker of workers) void worker.terminate();
		workers = undefined; // started again if another image is asked for
	}, IDLE_MS);
	idleTimer.unref();
}

function startWorkers(): Worker[] {
	const file = workerFile();
	if (!file || process.env.OPENMODELS_SHARE_IMAGE_WORKERS === '0') return [];
	return Array.from({ length: poolSize() }, () => {
		const worker = new Worker(file);
		// Idle workers must not keep the build process alive.
		worker.unref();
		worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
			const job = jobs.get(id);
			jobs.delete(id);
			if (!job) return;
			if (error !== undefined) job.reject(new Error(`share image worker: ${error}`));
			else job.resolve(png && Buffer.from(png.buffer, png.byteOffset, png.byteLength));
		});
		worker.on('error', (error) => {
			for (const job of jobs.values()) job.reject(error);
			jobs.clear();
		});
		return worker;
	});
}

/** Sends a job to a worker; `reply: false` only fills the cache, without sending the PNG back. */
function runOnWorker(worker: Worker, input: ShareImageInput, reply: boolean): Promise<Buffer | undefined> {
	const id = nextId++;
	return new Promise<Buffer | undefined>((resolve, reject) => {
		jobs.set(id, { resolve, reject });
		worker.ref();
		worker.postMessage({ id, input, reply });
	}).finally(() => {
		if (jobs.size === 0) {
			for (const each of workers ?? []) each.unref();
			stopWhenIdle();
		}
	});
}

function nextWorker(): Worker | undefined {
	clearTimeout(idleTimer);
	workers ??= startWorkers();
	return workers.length === 0 ? undefined : workers[turn++ % workers.length];
}

/** Images being rendered ahead of their route, by cache key. */
const prefetched = new Map<string, Promise<void>>();

/**
 * Starts rendering a share image that a later route will ask for, into the share-image cache.
 * Without a cache or a worker there is nowhere to render it ahead, and the route renders it.
 */
export function prefetchShareImage(input: ShareImageInput): void {
	if (!shareImageCacheDir()) return;
	const key = shareImageCacheKey(input);
	if (prefetched.has(key)) return;
	const worker = nextWorker();
	if (!worker) return;
	// A failed prefetch is not an error yet: the route renders the image again and reports it.
	prefetched.set(key, runOnWorker(worker, input, false).then(() => undefined, () => undefined));
}

/** The share image as PNG, rendered on a worker thread when one is available. */
export async function pooledShareImagePng(input: ShareImageInput): Promise<Buffer> {
	const key = prefetched.size > 0 ? shareImageCacheKey(input) : undefined;
	const early = key === undefined ? undefined : prefetched.get(key);
	if (early) {
		prefetched.delete(key!);
		await early;
		// From the cache, normally; rendered here if writing it failed.
		return shareImagePng(input);
	}
	const worker = nextWorker();
	if (!worker) return shareImagePng(input);
	return (await runOnWorker(worker, input, true))!;
}
