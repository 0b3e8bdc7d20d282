/**
 * In `astro build`, model pages write their own share images on worker threads as they render
 * (src/seo/share-image-pool.ts). This tells the pool where the site is written, and fails the
 * build if any image could not be written, once every page is generated.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishShareImageWrites, setShareImageOutDir } from '../seo/share-image-pool.ts';

export function shareImages(): AstroIntegration {
	let building = false;
	return {
		name: 'openmodels:share-images',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config, buildOutput }) => {
				// Static builds only; `astro dev` serves the images from their routes.
				setShareImageOutDir(building && buildOutput === 'static' ? fileURLToPath(config.outDir) : undefined);
			},
			'astro:build:generated': async ({ logger }) => {
				const started = performance.now();
				const { written, cached } = await finishShareImageWrites();
				logger.info(`${written} share images written by their pages, ${cached} of them from the cache (waited ${((performance.now() - started) / 1000).toFixed(1)} s after the last page)`);
			},
		},
	};
}
