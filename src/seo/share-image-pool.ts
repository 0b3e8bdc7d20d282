/**
 * Share images rendered on worker threads. Satori and the rasteriser take ~26 ms of CPU per image
 * and the build renders pages on one thread, so the images go to the other cores while Astro
 * renders pages (with `build.concurrency` > 1 several pages are in flight). Where no worker can
 * start, images render in-process, as before.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareImagePng } from './render-share-image.ts';
import type { ShareImageInput } from './share-image.ts';

interface Job {
	resolve: (png: Buffer) => void;
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
			if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
			else job.reject(new Error(`share image worker: ${error}`));
		});
		worker.on('error', (error) => {
			for (const job of jobs.values()) job.reject(error);
			jobs.clear();
		});
		return worker;
	});
}

/** The share image as PNG, rendered on a worker thread when one is available. */
export function pooledShareImagePng(input: ShareImageInput): Promise<Buffer> {
	clearTimeout(idleTimer);
	workers ??= startWorkers();
	if (workers.length === 0) return shareImagePng(input);
	const worker = workers[turn++ % workers.length]!;
	const id = nextId++;
	return new Promise<Buffer>((resolve, reject) => {
		jobs.set(id, { resolve, reject });
		worker.ref();
		worker.postMessage({ id, input });
	}).finally(() => {
		if (jobs.size === 0) {
			for (const each of workers ?? []) each.unref();
			stopWhenIdle();
		}
	});
}
