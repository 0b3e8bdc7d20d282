/**
 * Renders share images: Satori lays the element tree from share-image.ts out, breaking lines
 * for Latin and Chinese alike, and writes every glyph as an SVG path; sharp (libvips, shipped
 * in its npm package) rasterises that SVG to PNG. Because the SVG holds no <text>, nothing
 * depends on system fonts: the glyphs come from Noto Sans SC in @fontsource/noto-sans-sc.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { fontPackageVersion, fontsFor } from './fonts.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImageTexts, shareImageTree, type ShareImageInput } from './share-image.ts';

/** Satori language codes for the `lang` attribute (it uses its own short list). */
function satoriLang(lang: string): string {
	return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : lang.split('-')[0]!;
}

/** The share image as SVG: every glyph a path, no fonts needed to draw it. */
export async function shareImageSvg(input: ShareImageInput): Promise<string> {
	const tree = shareImageTree({ ...input, lang: satoriLang(input.lang) });
	const { fonts, missing } = fontsFor(shareImageTexts(input));
	if (missing.length) console.warn(`[share image] no glyph in Noto Sans SC for ${missing.map((char) => JSON.stringify(char)).join(' ')} in "${input.title}"`);
	return satori(tree as never, { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts });
}

const PNG_OPTIONS = { compressionLevel: 6 } as const;

/** The share image as PNG, 1200×630, without the cache. */
export async function renderSharePng(input: ShareImageInput): Promise<Buffer> {
	const svg = await shareImageSvg(input);
	// Level 6 is zlib's sweet spot here (~17 ms, ~40 kB); 9 costs 10× the time for 3 % less, and
	// palette quantisation would halve the file but cost ~10× the time.
	return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}

/**
 * Where rendered images are kept between builds, keyed by everything that shapes the pixels (the
 * element tree with its text and styles, and the versions of Satori, sharp/libvips and the font),
 * so an unchanged card costs a file read instead of a render. `OPENMODELS_SHARE_IMAGE_CACHE` sets
 * another folder, or turns the cache off with `off`.
 */
export function shareImageCacheDir(): string | undefined {
	const setting = process.env.OPENMODELS_SHARE_IMAGE_CACHE;
	if (setting === 'off' || setting === '0') return undefined;
	return resolve(setting || join(process.cwd(), 'node_modules', '.cache', 'openmodels-share-images'));
}

let rendererVersion: string | undefined;
function rendererFingerprint(): string {
	if (!rendererVersion) {
		const satoriVersion = (createRequire(import.meta.url)('satori/package.json') as { version: string }).version;
		rendererVersion = JSON.stringify({ satori: satoriVersion, sharp: sharp.versions.sharp, vips: sharp.versions.vips, font: fontPackageVersion(), png: PNG_OPTIONS });
	}
	return rendererVersion;
}

export function shareImageCacheKey(input: ShareImageInput): string {
	return createHash('sha256').update(rendererFingerprint()).update(JSON.stringify(shareImageTree(input))).digest('hex').slice(0, 40);
}

/** The share image as PNG, 1200×630: from the cache when an identical image was rendered before. */
export async function shareImagePng(input: ShareImageInput): Promise<Buffer> {
	const dir = shareImageCacheDir();
	const file = dir && join(dir, `${shareImageCacheKey(input)}.png`);
	if (file) {
		try {
			return await readFile(file);
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
	return png;
}

/** A static endpoint's response for a PNG. */
export function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
