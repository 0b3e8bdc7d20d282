/**
 * Worker thread started by src/integrations/share-image-warm-up.ts: renders every model card's
 * share image into the share-image cache, then reports how many and how long it took. Loaded by
 * Node directly (type stripping), outside Astro's bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { shareImagePng } from './render-share-image.ts';
import { modelShareImages } from './share-image-warm-up.ts';

// One libvips thread: this shares the machine with the thread loading and rendering the site.
sharp.concurrency(1);

const { root, host } = workerData as { root: string; host: string };
const started = performance.now();
// Last first: the model pages ask for theirs first to last (share-image-pool.ts), so the two
// meet once instead of rendering the same images side by side.
const images = (await modelShareImages(root, host)).reverse();
for (const { input } of images) await shareImagePng(input);
parentPort?.postMessage({ images: images.length, ms: performance.now() - started });
