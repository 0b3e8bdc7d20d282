/**
 * Worker thread started by src/integrations/share-image-warm-up.ts: renders the model cards'
 * share images into the share-image cache until the pages take over, then reports how many it
 * rendered and how long it took. Loaded by Node directly (type stripping), outside Astro's bundle.
 */
import { BroadcastChannel, parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { shareImagePng } from './render-share-image.ts';
import { WARM_UP_CHANNEL } from './share-image-pool.ts';
import { modelShareImages } from './share-image-warm-up.ts';

// One libvips thread: this shares the machine with the thread loading and rendering the site.
sharp.concurrency(1);

const { root, host } = workerData as { root: string; host: string };
const started = performance.now();
// Until the model pages start asking for theirs (share-image-pool.ts): from then on the pool's
// worker renders them, and a second image thread would only add its heap to the build's peak.
let pagesStarted = false;
const channel = new BroadcastChannel(WARM_UP_CHANNEL);
channel.onmessage = () => (pagesStarted = true);
// Last first: the pages ask from the first, so what is rendered here is what they reach last.
const images = (await modelShareImages(root, host)).reverse();
let rendered = 0;
for (const { input } of images) {
	if (pagesStarted) break;
	await shareImagePng(input);
	rendered++;
}
channel.close();
parentPort?.postMessage({ rendered, images: images.length, ms: performance.now() - started });
