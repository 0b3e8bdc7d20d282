import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSharePng, shareImageCacheDir, shareImageCacheKey, shareImagePng, shareImageSvg } from './render-share-image.ts';
import {
	SHARE_BODY,
	SHARE_IMAGE_HEIGHT,
	SHARE_IMAGE_WIDTH,
	shareImageTexts,
	shareImageTree,
	titleFontSize,
	visualLength,
	type ShareImageInput,
	type ShareNode,
} from './share-image.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'share-image-cache-'));
process.env.OPENMODELS_SHARE_IMAGE_CACHE = cacheDir;
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const english: ShareImageInput = {
	lang: 'en',
	kind: 'Model card',
	title: 'Whisper large-v3',
	detail: 'OpenAI',
	siteName: 'OpenModels',
	host: 'example.org/home',
};
const chinese: ShareImageInput = {
	lang: 'zh-CN',
	kind: '教程',
	title: '用 Whisper 将语音转成文字',
	detail: '入门 · 25 分钟',
	siteName: 'OpenModels',
	host: 'example.org/home',
};

/** Every string in the element tree, in order. */
function texts(node: ShareNode | string): string[] {
	if (typeof node === 'string') return [node];
	const children = node.props.children;
	return children === undefined ? [] : [children].flat().flatMap(texts);
}

/** The element whose text is `text`. */
function holding(node: ShareNode, text: string): ShareNode | undefined {
	if (node.props.children === text) return node;
	return [node.props.children ?? []]
		.flat()
		.filter((child): child is ShareNode => typeof child !== 'string')
		.map((child) => holding(child, text))
		.find(Boolean);
}

/** Pixels of a PNG as RGB. */
async function rgb(png: Buffer) {
	return sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

describe('layout', () => {
	it('shows the OpenModels name, the kind, the title, the detail and the host, in that order', () => {
		const tree = shareImageTree(english);
		expect(tree.props.style).toMatchObject({ width: '100%', height: '100%' });
		expect(texts(tree)).toEqual(['OpenModels', 'Model card', 'Whisper large-v3', 'OpenAI', 'example.org/home']);
		expect(tree.props.lang).toBe('en');
		expect(shareImageTexts(chinese)).toEqual({ 400: 'example.org/home入门 · 25 分钟…', 700: 'OpenModels教程用 Whisper 将语音转成文字…' });
	});

	it('leaves the kind out of the site-wide image, and an empty detail', () => {
		expect(texts(shareImageTree({ ...english, kind: '', detail: ' ' }))).toEqual(['OpenModels', 'Whisper large-v3', 'example.org/home']);
	});

	it('cuts the title after three lines and the detail after one', () => {
		const tree = shareImageTree(english);
		expect(holding(tree, english.title)?.props.style).toMatchObject({ lineClamp: 3, fontWeight: 700, width: SHARE_BODY.width });
		expect(holding(tree, english.detail)?.props.style).toMatchObject({ lineClamp: 1, fontWeight: 400 });
	});

	it('sizes the title by its width, counting Chinese characters as wide', () => {
		expect(visualLength('ab')).toBeCloseTo(1.1);
		expect(visualLength('语音')).toBe(2);
		expect(titleFontSize('Bloom')).toBe(80);
		expect(titleFontSize('一二三四五六七八九十一二三四五六七八九十')).toBeLessThan(80);
		expect(titleFontSize('x'.repeat(200))).toBe(48);
	});
});

describe('rendering', () => {
	it('draws every glyph as a path, so no system font is needed', async () => {
		const svg = await shareImageSvg(chinese);
		expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
		expect(svg).not.toContain('<text');
		expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(5);
	});

	it('draws Chinese with Noto Sans SC glyphs, not the boxes of a missing glyph', async () => {
		const [one, other] = await Promise.all([renderSharePng({ ...chinese, title: '语音' }), renderSharePng({ ...chinese, title: '图像' })]);
		expect(one.equals(other)).toBe(false);
	});

	it('encodes a 1200×630 PNG in which only the body changes with the title and the detail', async () => {
		const png = await shareImagePng(english);
		// Opaque RGB (social sites show transparency on their own background colour), white at the corners.
		expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, channels: 3, hasAlpha: false });
		const corner = await sharp(png).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer();
		expect([...corner]).toEqual([255, 255, 255]);
		expect(png.length).toBeLessThan(150_000);
		const long = {
			...english,
			title: 'A multilingual instruction-tuned mixture-of-experts model '.repeat(4),
			detail: 'An organisation with a name far too long for one line of the image, so it is cut '.repeat(2),
		};
		const [one, other] = await Promise.all([rgb(png), rgb(await renderSharePng(long))]);
		let changed = 0;
		for (let y = 0; y < SHARE_IMAGE_HEIGHT; y++) {
			for (let x = 0; x < SHARE_IMAGE_WIDTH; x++) {
				const at = (y * SHARE_IMAGE_WIDTH + x) * 3;
				if (one.data.subarray(at, at + 3).equals(other.data.subarray(at, at + 3))) continue;
				changed++;
				// Cut to its lines, the long title stays inside the body (give or take a glyph's anti-aliased edge).
				const inside = (at: number, from: number, size: number) => at >= from - 2 && at < from + size + 2;
				expect(inside(x, SHARE_BODY.left, SHARE_BODY.width) && inside(y, SHARE_BODY.top, SHARE_BODY.height), `pixel ${x},${y}`).toBe(true);
			}
		}
		expect(changed).toBeGreaterThan(2000);
	});

	it('keeps drawn images in a cache keyed by what they show', async () => {
		const png = await shareImagePng(chinese);
		expect(png.equals(await renderSharePng(chinese))).toBe(true);
		const key = shareImageCacheKey(chinese);
		expect(readdirSync(cacheDir)).toContain(`${key}.png`);
		expect(shareImageCacheKey({ ...chinese, title: `${chinese.title}！` })).not.toBe(key);
		expect(shareImageCacheKey({ ...chinese, host: 'example.com' })).not.toBe(key);
		expect(shareImageCacheKey({ ...chinese })).toBe(key);
		// A cached file is served as is.
		writeFileSync(join(cacheDir, `${key}.png`), 'cached');
		expect((await shareImagePng(chinese)).toString()).toBe('cached');
	});

	it('takes its cache folder from OPENMODELS_SHARE_IMAGE_CACHE, or none with "off"', () => {
		expect(shareImageCacheDir('off')).toBeUndefined();
		expect(shareImageCacheDir('/tmp/images')).toBe('/tmp/images');
		expect(shareImageCacheDir('')).toMatch(/node_modules[\\/]\.cache[\\/]openmodels-share-images$/);
	});
});
