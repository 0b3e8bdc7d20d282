import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSharePng, shareImageCacheKey, shareImagePng, shareImageSvg } from './render-share-image.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImageTexts, shareImageTree, titleFontSize, visualLength, type ShareImageInput, type ShareNode } from './share-image.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'share-image-cache-'));
process.env.OPENMODELS_SHARE_IMAGE_CACHE = cacheDir;
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const english: ShareImageInput = { lang: 'en', kind: 'Model card', title: 'Whisper large-v3', detail: 'OpenAI', siteName: 'OpenModels', host: 'example.org/home' };
const chinese: ShareImageInput = { lang: 'zh-CN', kind: '教程', title: '用 Whisper 将语音转成文字', detail: '入门 · 25 分钟', siteName: 'OpenModels', host: 'example.org/home' };

/** Every string in the element tree, in order. */
function texts(node: ShareNode | string): string[] {
	if (typeof node === 'string') return [node];
	const children = node.props.children;
	return children === undefined ? [] : [children].flat().flatMap(texts);
}

describe('shareImageTree', () => {
	it('shows the OpenModels name, the kind, the title, the detail and the host', () => {
		const tree = shareImageTree(english);
		expect(tree.props.style).toMatchObject({ width: '100%', height: '100%' });
		expect(texts(tree)).toEqual(['OpenModels', 'Model card', 'Whisper large-v3', 'OpenAI', 'example.org/home']);
		expect(tree.props.lang).toBe('en');
	});

	it('leaves the kind out of the site-wide image', () => {
		expect(texts(shareImageTree({ ...english, kind: '' }))).toEqual(['OpenModels', 'Whisper large-v3', 'OpenAI', 'example.org/home']);
	});

	it('sizes the title by its width, counting Chinese characters as wide', () => {
		expect(visualLength('ab')).toBeCloseTo(1.1);
		expect(visualLength('语音')).toBe(2);
		expect(titleFontSize('Bloom')).toBe(80);
		expect(titleFontSize('一二三四五六七八九十一二三四五六七八九十')).toBeLessThan(80);
		expect(titleFontSize('x'.repeat(200))).toBe(48);
	});

	it('lists the text per weight so the right font subsets are loaded', () => {
		expect(shareImageTexts(chinese)[700]).toContain('用 Whisper 将语音转成文字');
		expect(shareImageTexts(chinese)[400]).toContain('入门 · 25 分钟');
	});
});

describe('rendering', () => {
	it('draws every glyph as a path, so no system font is needed', async () => {
		const svg = await shareImageSvg(chinese);
		expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
		expect(svg).not.toContain('<text');
		expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(5);
	});

	it('draws Chinese glyphs: a Chinese title is not drawn like another one of the same length', async () => {
		// Without the glyphs every character would be the same empty box at the same place.
		const one = await shareImageSvg({ ...chinese, title: '语音识别' });
		const other = await shareImageSvg({ ...chinese, title: '图像生成' });
		expect(one).not.toBe(other);
		expect(one.length).toBeGreaterThan((await shareImageSvg({ ...chinese, title: '' })).length + 1000);
	});

	it('encodes a 1200×630 PNG', async () => {
		const png = await shareImagePng(english);
		const metadata = await sharp(png).metadata();
		expect(metadata).toMatchObject({ format: 'png', width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
		expect(png.length).toBeLessThan(150_000);
	});

	it('keeps rendered images in a cache keyed by what they show', async () => {
		const png = await shareImagePng(chinese);
		expect(png.equals(await renderSharePng(chinese))).toBe(true);
		const key = shareImageCacheKey(chinese);
		expect(readdirSync(cacheDir)).toContain(`${key}.png`);
		expect(shareImageCacheKey({ ...chinese, title: `${chinese.title}！` })).not.toBe(key);
		expect(shareImageCacheKey({ ...chinese })).toBe(key);
		// A cached file is served as is.
		writeFileSync(join(cacheDir, `${key}.png`), 'cached');
		expect((await shareImagePng(chinese)).toString()).toBe('cached');
	});
});
