/**
 * During `astro build`, renders the model cards' share images on a worker thread from the moment
 * the configuration is known, while Astro loads the content on the main thread (see
 * src/seo/share-image-warm-up.ts). The image route then reads them from the share-image cache.
 * Nothing happens without that cache (`OPENMODELS_SHARE_IMAGE_CACHE=off`) or with
 * `OPENMODELS_SHARE_IMAGE_WORKERS=0`; if the worker fails, the route renders the images itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { shareImageCacheDir } from '../seo/render-share-image.ts';
import { siteHost } from '../seo/share-cards.ts';

export function shareImageWarmUp(): AstroIntegration {
	let building = false;
	let worker: Worker | undefined;
	return {
		name: 'openmodels:share-image-warm-up',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config, logger }) => {
				if (!building || !config.site || !shareImageCacheDir() || process.env.OPENMODELS_SHARE_IMAGE_WORKERS === '0') return;
				const root = fileURLToPath(config.root);
				const file = join(root, 'src', 'seo', 'share-image-warm-worker.ts');
				if (!existsSync(file)) return;
				worker = new Worker(file, { workerData: { root, host: siteHost(config.site, config.base) } });
				// It must not keep the build alive, nor fail it: the route renders whatever is missing.
				worker.unref();
				worker.on('message', ({ images, ms }: { images: number; ms: number }) => logger.info(`share images: ${images} rendered ahead in ${(ms / 1000).toFixed(1)}s`));
				worker.on('error', (error) => logger.warn(`share images could not be rendered ahead (${error.message}); the image route renders them`));
				worker.on('exit', () => (worker = undefined));
			},
			'astro:build:done': async () => {
				await worker?.terminate();
			},
		},
	};
}
