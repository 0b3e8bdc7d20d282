import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shareImageCacheKey } from './render-share-image.ts';
import { modelShareInput } from './share-cards.ts';
import { deployment } from '../config/site.ts';
import { modelShareInputs } from './warm-share-images.ts';
import { startShareImageWarmUp } from './warm-up-control.ts';

const root = mkdtempSync(join(tmpdir(), 'warm-share-images-'));
const cacheDir = mkdtempSync(join(tmpdir(), 'warm-share-cache-'));
process.env.OPENMODELS_SHARE_IMAGE_CACHE = cacheDir;
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
});

const models = join(root, 'content', 'models');
mkdirSync(join(models, 'zh-cn'), { recursive: true });
for (const file of ['bark.md', 'llama-3-1-8b-instruct.md', '_template.md']) cpSync(join('content', 'models', file), join(models, file));
cpSync(join('content', 'models', 'zh-cn', 'llama-3-1-8b-instruct.md'), join(models, 'zh-cn', 'llama-3-1-8b-instruct.md'));
// Not a valid card: the build reports it, the warm-up leaves it out.
writeFileSync(join(models, 'broken.md'), '---\ntitle: 3\n---\n');
const where = { site: 'https://example.org', base: '/home/' };

describe('modelShareInputs', () => {
	it('gives each card\'s English image, and the Chinese one of translated cards, as the pages compute them', async () => {
		const inputs = await modelShareInputs(root, where);
		expect(inputs).toEqual([
			modelShareInput('en', 'example.org/home', { title: 'Bark', organization: 'Suno' }),
			modelShareInput('en', 'example.org/home', { title: 'Llama 3.1 8B Instruct', organization: 'Meta' }),
			// The translation's title over the English facts.
			modelShareInput('zh-cn', 'example.org/home', { title: 'Llama 3.1 8B Instruct', organization: 'Meta' }),
		]);
		expect(inputs[2]).toMatchObject({ lang: 'zh-CN', kind: '模型卡' });
	});

	it('finds nothing where there are no cards', async () => {
		expect(await modelShareInputs(join(root, 'nowhere'), where)).toEqual([]);
	});
});

describe('startShareImageWarmUp', () => {
	const entry = join(process.cwd(), 'src', 'seo', 'share-image-warmup.ts');

	it('renders every model image into the cache in a process of its own, and says how many', async () => {
		const warmUp = startShareImageWarmUp(entry, root);
		// stop() lets the image being drawn finish: wait until the process has drawn them all.
		const expected = (await modelShareInputs(root, deployment())).map((input) => `${shareImageCacheKey(input)}.png`).sort();
		for (let tries = 0; readdirSync(cacheDir).length < expected.length && tries < 300; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(await warmUp.stop()).toEqual({ rendered: 3, total: 3 });
		expect(readdirSync(cacheDir).sort()).toEqual(expected);
	}, 60_000);

	it('stops when asked, leaving no half-written file', async () => {
		rmSync(cacheDir, { recursive: true, force: true });
		const warmUp = startShareImageWarmUp(entry, root);
		const result = await warmUp.stop();
		expect(result === undefined || result.rendered < 3).toBe(true);
		expect((existsSync(cacheDir) ? readdirSync(cacheDir) : []).every((name) => name.endsWith('.png'))).toBe(true);
	}, 60_000);
});
