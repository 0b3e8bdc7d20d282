import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSharePng } from './render-share-image.ts';
import { finishShareImageWrites, pagesWriteShareImages, pooledShareImagePng, poolSize, setShareImageOutDir, writeShareImage } from './share-image-pool.ts';
import type { ShareImageInput } from './share-image.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'share-image-pool-'));
const outDir = mkdtempSync(join(tmpdir(), 'share-image-out-'));
process.env.OPENMODELS_SHARE_IMAGE_CACHE = cacheDir;
afterAll(() => {
	setShareImageOutDir(undefined);
	rmSync(cacheDir, { recursive: true, force: true });
	rmSync(outDir, { recursive: true, force: true });
});

const input: ShareImageInput = { lang: 'en', kind: 'Model card', title: 'BLOOM', detail: 'BigScience', siteName: 'OpenModels', host: 'example.org/home' };

describe('share image pool', () => {
	it('uses one thread per core beside the page thread, and at least two', () => {
		expect(poolSize(8)).toBe(7);
		expect(poolSize(2)).toBe(2);
		expect(poolSize(1)).toBe(2);
	});

	it('renders an image on a worker for a route that asks for it', async () => {
		const png = await pooledShareImagePng(input);
		expect(png.equals(await renderSharePng(input))).toBe(true);
	}, 30_000);

	it('writes nothing outside a build: the routes serve the images', async () => {
		expect(pagesWriteShareImages()).toBe(false);
		writeShareImage(input, '/og/models/bloom.png');
		expect(await finishShareImageWrites()).toEqual({ written: 0, cached: 0 });
		expect(readdirSync(outDir)).toEqual([]);
	});

	it('in a build, writes each page\'s image once into the output, and waits for all of them', async () => {
		setShareImageOutDir(outDir);
		expect(pagesWriteShareImages()).toBe(true);
		const other = { ...input, lang: 'zh-CN', title: '语音识别模型' };
		writeShareImage(input, '/og/models/bloom.png');
		writeShareImage(input, '/og/models/bloom.png');
		writeShareImage(other, '/zh-cn/og/models/bloom.png');
		// The first image was rendered into the cache by the test before; the other is new.
		expect(await finishShareImageWrites()).toEqual({ written: 2, cached: 1 });
		expect(readFileSync(join(outDir, 'og/models/bloom.png')).equals(await renderSharePng(input))).toBe(true);
		expect(readFileSync(join(outDir, 'zh-cn/og/models/bloom.png')).equals(await renderSharePng(other))).toBe(true);
	}, 30_000);

	it('fails the build with the images that could not be written', async () => {
		setShareImageOutDir(outDir);
		// A folder where the file should go: the write fails.
		writeShareImage(input, '/og');
		await expect(finishShareImageWrites()).rejects.toThrow(/1 share image\(s\) could not be written:\n\/og: /);
		expect(await finishShareImageWrites()).toEqual({ written: 0, cached: 0 });
	}, 30_000);
});
