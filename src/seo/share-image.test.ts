import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { drawShareText, renderSharePng, shareFrameSvg, shareImageCacheKey, shareImagePng } from './render-share-image.ts';
import {
	detailStyle,
	frameOf,
	frameTexts,
	lineCount,
	pangoFont,
	pangoMarkup,
	placeBody,
	SHARE_BODY,
	SHARE_IMAGE_HEIGHT,
	SHARE_IMAGE_WIDTH,
	shareFrameTree,
	titleFontSize,
	titleStyle,
	visualLength,
	type ShareImageInput,
	type ShareNode,
} from './share-image.ts';

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

describe('layout', () => {
	it('frames the image with the OpenModels name, the kind and the host; the title and detail are drawn apart', () => {
		const tree = shareFrameTree(frameOf(english));
		expect(tree.props.style).toMatchObject({ width: '100%', height: '100%' });
		expect(texts(tree)).toEqual(['OpenModels', 'Model card', 'example.org/home']);
		expect(tree.props.lang).toBe('en');
		expect(frameTexts(frameOf(chinese))).toEqual({ 400: 'example.org/home', 700: 'OpenModels教程' });
	});

	it('leaves the kind out of the site-wide image', () => {
		expect(texts(shareFrameTree(frameOf({ ...english, kind: '' })))).toEqual(['OpenModels', 'example.org/home']);
	});

	it('sizes the title by its width, counting Chinese characters as wide', () => {
		expect(visualLength('ab')).toBeCloseTo(1.1);
		expect(visualLength('语音')).toBe(2);
		expect(titleFontSize('Bloom')).toBe(80);
		expect(titleFontSize('一二三四五六七八九十一二三四五六七八九十')).toBeLessThan(80);
		expect(titleFontSize('x'.repeat(200))).toBe(48);
		expect(titleStyle(english)).toMatchObject({ weight: 700, size: 80, lineHeight: 96, maxLines: 3 });
		expect(detailStyle(chinese)).toMatchObject({ weight: 400, maxLines: 1, lang: 'zh-CN' });
	});

	it('writes Pango markup with the text escaped, and the font by weight and size', () => {
		expect(pangoMarkup({ text: 'R&D <b>"x"</b>', lang: 'zh-CN', color: '#14162b', lineHeight: 44 })).toBe(
			'<span foreground="#14162b" lang="zh-cn" line_height="45056">R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt;</span>',
		);
		expect(pangoFont('Noto Sans SC', { weight: 700, size: 56 })).toBe('Noto Sans SC Bold 56px');
		expect(pangoFont('Noto Sans SC', { weight: 400, size: 36 })).toBe('Noto Sans SC 36px');
	});

	it('counts lines from the height of the ink', () => {
		// One line's ink is shorter than its line box; each further line adds a whole line box.
		expect(lineCount(40, 67)).toBe(1);
		expect(lineCount(67, 67)).toBe(1);
		expect(lineCount(67 + 50, 67)).toBe(2);
		expect(lineCount(2 * 67 + 60, 67)).toBe(3);
		expect(lineCount(0, 67)).toBe(1);
	});

	it('centres the title and the detail together in the body, the detail under the title', () => {
		const place = placeBody({ width: 500, height: 100 }, { width: 300, height: 40 });
		const height = 100 + 24 + 40;
		expect(place.title.left).toBe(SHARE_BODY.left);
		expect(place.title.top - SHARE_BODY.top).toBe(SHARE_BODY.top + SHARE_BODY.height - (place.title.top + height));
		expect(place.detail).toEqual({ left: SHARE_BODY.left, top: place.title.top + 100 + 24 });
		expect(placeBody({ width: 500, height: 100 }, undefined).detail).toBeUndefined();
		// Too tall to centre: it starts at the top of the body rather than above it.
		expect(placeBody({ width: 500, height: 1000 }, undefined).title.top).toBe(SHARE_BODY.top);
	});
});

/** Pixels of a PNG as RGB. */
async function rgb(png: Buffer) {
	return sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

describe('rendering', () => {
	it('draws the frame with every glyph as a path, so no system font is needed', async () => {
		const svg = await shareFrameSvg(frameOf(chinese));
		expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
		expect(svg).not.toContain('<text');
		expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(5);
	});

	it('draws Chinese with Noto Sans SC glyphs, not the boxes of a missing glyph', async () => {
		// 一 is one horizontal stroke: its ink is far wider than tall. A missing-glyph box is taller than wide.
		const stroke = (await drawShareText({ ...titleStyle(chinese), text: '一' }))!;
		expect(stroke.width).toBeGreaterThan(3 * stroke.height);
		const two = (await drawShareText({ ...titleStyle(chinese), text: '语音' }))!;
		const other = (await drawShareText({ ...titleStyle(chinese), text: '图像' }))!;
		expect(Buffer.from(two.data).equals(Buffer.from(other.data))).toBe(false);
	});

	it('wraps a long title and cuts it after three lines, and the detail after one', async () => {
		const long = { ...english, title: 'A multilingual instruction-tuned mixture-of-experts model '.repeat(4), detail: 'An organisation with a name far too long for one line of the image, so it is cut '.repeat(2) };
		const title = titleStyle(long);
		const whole = (await drawShareText({ ...title, maxLines: 100 }))!;
		expect(lineCount(whole.height, title.lineHeight)).toBeGreaterThan(3);
		const cut = (await drawShareText(title))!;
		expect(lineCount(cut.height, title.lineHeight)).toBe(3);
		expect(cut.width).toBeLessThanOrEqual(SHARE_BODY.width);
		const detail = (await drawShareText(detailStyle(long)))!;
		expect(lineCount(detail.height, detailStyle(long).lineHeight)).toBe(1);
		expect(await drawShareText({ ...title, text: '  ' })).toBeUndefined();
	});

	it('encodes a 1200×630 PNG in which only the body changes with the title', async () => {
		const png = await shareImagePng(english);
		const metadata = await sharp(png).metadata();
		expect(metadata).toMatchObject({ format: 'png', width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
		expect(png.length).toBeLessThan(150_000);
		const [one, other] = await Promise.all([rgb(png), rgb(await renderSharePng({ ...english, title: 'BLOOM', detail: 'BigScience' }))]);
		let changed = 0;
		for (let y = 0; y < SHARE_IMAGE_HEIGHT; y++) {
			for (let x = 0; x < SHARE_IMAGE_WIDTH; x++) {
				const at = (y * SHARE_IMAGE_WIDTH + x) * 3;
				if (one.data.subarray(at, at + 3).equals(other.data.subarray(at, at + 3))) continue;
				changed++;
				expect(x >= SHARE_BODY.left && x < SHARE_BODY.left + SHARE_BODY.width && y >= SHARE_BODY.top && y < SHARE_BODY.top + SHARE_BODY.height, `pixel ${x},${y}`).toBe(true);
			}
		}
		expect(changed).toBeGreaterThan(2000);
	});

	it('keeps rendered images in a cache keyed by what they show', async () => {
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
});
