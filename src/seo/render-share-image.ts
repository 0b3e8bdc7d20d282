/**
 * Renders share images (layout in share-image.ts).
 * - The frame: Satori lays the frame's element tree out, breaking lines for Latin and Chinese
 *   alike, and writes every glyph as an SVG path (no <text>, so no system font is involved);
 *   sharp (libvips, shipped in its npm package) rasterises it. Once per kind and language.
 * - The title and the detail: Pango, inside libvips, sets them in Noto Sans SC (text-fonts.ts),
 *   wrapped to the body's width and cut with an ellipsis after their last allowed line.
 * The texts are drawn over the frame and the result is encoded as PNG (png.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { blendInto, type RgbaImage } from './blend.ts';
import { FONT_FAMILY, fontPackageVersion, fontsFor, warnMissingGlyphs } from './fonts.ts';
import { PNG_ZLIB_LEVEL, rgbPngEncoder, rgbToScanlines, SCANLINE_PREFIX, scanlineBytes } from './png.ts';
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
	titleStyle,
	type ShareFrameInput,
	type ShareImageInput,
	type TextStyle,
} from './share-image.ts';
import { registerFontsFor } from './text-fonts.ts';
import { shareImageCacheDir } from './share-image-cache.ts';

/** Satori language codes for the `lang` attribute (it uses its own short list). */
function satoriLang(lang: string): string {
	return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : lang.split('-')[0]!;
}

/** A frame as SVG: every glyph a path, no fonts needed to draw it. */
export async function shareFrameSvg(frame: ShareFrameInput): Promise<string> {
	const tree = shareFrameTree({ ...frame, lang: satoriLang(frame.lang) });
	const { fonts, missing } = fontsFor(frameTexts(frame));
	warnMissingGlyphs(missing, `${frame.siteName} ${frame.kind} ${frame.host}`);
	return satori(tree as never, { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts });
}

/**
 * A frame, drawn once per kind and language: the PNG encoder that holds its header rows (above
 * the body, where no text goes) already compressed, and the scanlines of the rows below them.
 */
interface Frame {
	encode: (rest: Uint8Array) => Buffer;
	rest: Buffer;
}
const frames = new Map<string, Promise<Frame>>();
function frameFor(input: ShareFrameInput): Promise<Frame> {
	const key = JSON.stringify(input);
	let frame = frames.get(key);
	if (!frame) {
		frame = shareFrameSvg(input).then(async (svg) => {
			const scanlines = rgbToScanlines(await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer(), SHARE_IMAGE_WIDTH);
			const split = SHARE_BODY.top * scanlineBytes(SHARE_IMAGE_WIDTH);
			return { encode: rgbPngEncoder(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, scanlines.subarray(0, split)), rest: scanlines.subarray(split) };
		});
		frames.set(key, frame);
		frame.catch(() => frames.delete(key));
	}
	return frame;
}

/**
 * One buffer per thread for the rows an image draws on: a fresh 1.3 MB buffer per image cost
 * page faults and garbage collection (about a sixth of an image's CPU on a build's worker threads).
 * It is filled, drawn on and encoded without awaiting anything, so images rendered
 * concurrently in this thread never share it.
 */
let canvas: Buffer | undefined;

/** A text set by Pango at the body's width, as RGBA cropped to its ink; undefined for blank text. */
async function drawText(style: TextStyle, text = style.text): Promise<RgbaImage | undefined> {
	if (!text.trim()) return undefined;
	const { data, info } = await sharp({
		text: { text: pangoMarkup({ ...style, text }), font: pangoFont(FONT_FAMILY, style), width: SHARE_BODY.width, rgba: true, dpi: 72, wrap: 'word-char' },
	})
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}

const graphemes = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment);

/** A text block cut to its `maxLines`: the longest start of the text that fits with an ellipsis. */
export async function drawShareText(style: TextStyle): Promise<RgbaImage | undefined> {
	warnMissingGlyphs(await registerFontsFor(`${style.text}…`, style.weight), style.text);
	const whole = await drawText(style);
	if (!whole || lineCount(whole.height, style.lineHeight) <= style.maxLines) return whole;
	const parts = graphemes(style.text);
	const cut = (count: number) => `${parts.slice(0, count).join('').trimEnd()}…`;
	// Binary search: `low` graphemes always fit (none does: a lone ellipsis is one line).
	let low = 0;
	let high = parts.length - 1;
	let best = await drawText(style, cut(0));
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		const image = await drawText(style, cut(middle));
		if (image && lineCount(image.height, style.lineHeight) <= style.maxLines) {
			low = middle;
			best = image;
		} else high = middle - 1;
	}
	return best;
}

/** The share image as PNG, 1200×630, without the cache. */
export async function renderSharePng(input: ShareImageInput): Promise<Buffer> {
	const [frame, title, detail] = await Promise.all([frameFor(frameOf(input)), drawShareText(titleStyle(input)), drawShareText(detailStyle(input))]);
	const place = placeBody(title ?? { width: 0, height: 0 }, detail);
	if (!canvas || canvas.length !== frame.rest.length) canvas = Buffer.allocUnsafe(frame.rest.length);
	frame.rest.copy(canvas);
	// The canvas starts at the body's top row; placeBody keeps the texts at or below it.
	const overlays = [...(title ? [{ image: title, ...place.title }] : []), ...(detail && place.detail ? [{ image: detail, ...place.detail }] : [])];
	blendInto(
		canvas,
		SHARE_IMAGE_WIDTH,
		overlays.map((overlay) => ({ ...overlay, top: overlay.top - SHARE_BODY.top })),
		SCANLINE_PREFIX,
	);
	return frame.encode(canvas);
}

/** Raise when the drawing code changes what an image looks like, so cached images are drawn again. */
const LAYOUT_VERSION = 2;

let rendererVersion: string | undefined;
function rendererFingerprint(): string {
	if (!rendererVersion) {
		const satoriVersion = (createRequire(import.meta.url)('satori/package.json') as { version: string }).version;
		rendererVersion = JSON.stringify({ layout: LAYOUT_VERSION, satori: satoriVersion, sharp: sharp.versions.sharp, vips: sharp.versions.vips, pango: sharp.versions.pango, font: fontPackageVersion(), png: PNG_ZLIB_LEVEL });
	}
	return rendererVersion;
}

export function shareImageCacheKey(input: ShareImageInput): string {
	const { lang, kind, title, detail, siteName, host } = input;
	const drawn = { frame: shareFrameTree(frameOf(input)), title: titleStyle(input), detail: detailStyle(input) };
	return createHash('sha256').update(rendererFingerprint()).update(JSON.stringify({ lang, kind, title, detail, siteName, host, drawn })).digest('hex').slice(0, 40);
}

/** The share image as PNG, 1200×630, and whether it came from the cache (an identical image was rendered before). */
export async function cachedSharePng(input: ShareImageInput): Promise<{ png: Buffer; cached: boolean }> {
	const dir = shareImageCacheDir();
	const file = dir && join(dir, `${shareImageCacheKey(input)}.png`);
	if (file) {
		try {
			return { png: await readFile(file), cached: true };
		} catch {
			// Not rendered yet.
		}
	}
	const png = await renderSharePng(input);
	if (dir && file) {
		try {
			await mkdir(dir, { recursive: true });
			// Write then rename, so a parallel build never reads half a file.
			const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
			await writeFile(partial, png);
			await rename(partial, file);
		} catch {
			// A read-only or full disk only loses the cache.
		}
	}
	return { png, cached: false };
}

/** The share image as PNG, 1200×630: from the cache when an identical image was rendered before. */
export async function shareImagePng(input: ShareImageInput): Promise<Buffer> {
	return (await cachedSharePng(input)).png;
}

/** Renders (or takes from the cache) a share image and writes it to `file`, e.g. into the build's output; true when it came from the cache. */
export async function writeSharePng(input: ShareImageInput, file: string): Promise<boolean> {
	const { png, cached } = await cachedSharePng(input);
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, png);
	return cached;
}

/** A static endpoint's response for a PNG. */
export function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
