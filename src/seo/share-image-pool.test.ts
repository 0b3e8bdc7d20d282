import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSharePng, shareImageCacheKey } from './render-share-image.ts';
import { pooledShareImagePng, poolSize, prefetchShareImage } from './share-image-pool.ts';
import type { ShareImageInput } from './share-image.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'share-image-pool-'));
process.env.OPENMODELS_SHARE_IMAGE_CACHE = cacheDir;
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const input: ShareImageInput = { lang: 'en', kind: 'Model card', title: 'BLOOM', detail: 'BigScience', siteName: 'OpenModels', host: 'example.org/home' };

describe('share image pool', () => {
	it('uses one thread per core beside the page thread, and at least one', () => {
		expect(poolSize(8)).toBe(7);
		expect(poolSize(2)).toBe(1);
		expect(poolSize(1)).toBe(1);
	});

	it('renders a prefetched image into the cache on a worker, and hands that image to the route that asks for it', async () => {
		prefetchShareImage(input);
		const png = await pooledShareImagePng(input);
		const cached = join(cacheDir, `${shareImageCacheKey(input)}.png`);
		expect(readdirSync(cacheDir)).toEqual([`${shareImageCacheKey(input)}.png`]);
		expect(png.equals(readFileSync(cached))).toBe(true);
		expect(png.equals(await renderSharePng(input))).toBe(true);
	}, 30_000);

	it('renders an image nobody prefetched on a worker too', async () => {
		const other = { ...input, title: 'Whisper large-v3', detail: 'OpenAI' };
		const png = await pooledShareImagePng(other);
		expect(png.equals(await renderSharePng(other))).toBe(true);
	}, 30_000);
});
