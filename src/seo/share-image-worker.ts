/**
 * Worker thread for share images (see share-image-pool.ts): renders one image per message, one
 * after the other, and sends it back or writes it to the build's output. Loaded by Node directly
 * (type stripping), outside Astro's bundle.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { shareImagePng, writeSharePng } from './render-share-image.ts';
import type { ShareImageInput } from './share-image.ts';

// One libvips thread: the images share the machine with the thread rendering pages, and a worker
// that rasterises on every core slows the pages down as much as it gains.
sharp.concurrency(1);

// Jobs run one at a time: libvips does its work on Node's thread pool, so taking every queued
// message at once would keep all of that pool's threads busy and starve the page thread.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', ({ id, input, file }: { id: number; input: ShareImageInput; file?: string }) => {
	queue = queue.then(async () => {
		try {
			// An image written to its file need not be copied back.
			parentPort!.postMessage(file ? { id, cached: await writeSharePng(input, file) } : { id, png: await shareImagePng(input) });
		} catch (error) {
			parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
		}
	});
});
