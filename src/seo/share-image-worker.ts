/**
 * Worker thread for share images (see share-image-pool.ts): renders one image per message.
 * Loaded by Node directly (type stripping), outside Astro's bundle.
 */
import { parentPort } from 'node:worker_threads';
import { shareImagePng } from './render-share-image.ts';
import type { ShareImageInput } from './share-image.ts';

parentPort?.on('message', async ({ id, input }: { id: number; input: ShareImageInput }) => {
	try {
		const png = await shareImagePng(input);
		parentPort!.postMessage({ id, png });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
