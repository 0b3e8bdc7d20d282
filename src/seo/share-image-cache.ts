/**
 * Where rendered share images are kept between builds (render-share-image.ts), in a module of its
 * own so that scripts/build.ts can find it without loading the renderer.
 *
 * Images are keyed by everything that shapes their pixels, so an unchanged card costs a file read
 * instead of a render. `OPENMODELS_SHARE_IMAGE_CACHE` sets another folder, or turns the cache off
 * with `off`.
 */
import { join, resolve } from 'node:path';

export function shareImageCacheDir(): string | undefined {
	const setting = process.env.OPENMODELS_SHARE_IMAGE_CACHE;
	if (setting === 'off' || setting === '0') return undefined;
	return resolve(setting || join(process.cwd(), 'node_modules', '.cache', 'openmodels-share-images'));
}
