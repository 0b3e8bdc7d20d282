/**
 * Draws share images (layout in share-image.ts): Satori lays the element tree out in Noto Sans SC
 * from its npm package (fonts.ts), writing every glyph as an SVG path, so no system font is
 * involved and Chinese titles look the same on every machine; sharp rasterises the SVG and
 * encodes the PNG.
 *
 * Drawing an image costs tens of milliseconds of CPU, thousands of times per build, so images
 * are kept in a cache keyed by a hash of everything that shapes their pixels: the element tree
 * and the versions of Satori, sharp, libvips and the font. An unchanged card costs a file read.
 * `OPENMODELS_SHARE_IMAGE_CACHE` sets the folder (CI can persist it between runs), or `off`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { fontPackageVersion, fontsFor, warnMissingGlyphs } from './fonts.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImageTexts, shareImageTree, type ShareImageInput } from './share-image.ts';

// Each SVG is rasterised once: libvips's operation cache (by default up to 50 MB per process)
// would only hold memory.
sharp.cache(false);

/** Raise when the drawing code changes what an image looks like, so cached images are drawn again. */
const LAYOUT_VERSION = 3;

/** The cache folder, or undefined when the cache is off. */
export function shareImageCacheDir(setting = process.env.OPENMODELS_SHARE_IMAGE_CACHE): string | undefined {
	if (setting === 'off' || setting === '0') return undefined;
	return resolve(setting || join(process.cwd(), 'node_modules', '.cache', 'openmodels-share-images'));
}

/** Satori language codes for the `lang` attribute (it uses its own short list). */
function satoriLang(lang: string): string {
	return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : lang.split('-')[0]!;
}

const treeOf = (input: ShareImageInput) => shareImageTree({ ...input, lang: satoriLang(input.lang) });

/** The share image as SVG: every glyph a path. */
export async function shareImageSvg(input: ShareImageInput): Promise<string> {
	const { fonts, missing } = fontsFor(shareImageTexts(input));
	warnMissingGlyphs(missing, `${input.title} ${input.detail}`);
	return satori(treeOf(input) as never, { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts });
}

/** The share image as PNG, 1200×630, without the cache. */
export async function renderSharePng(input: ShareImageInput): Promise<Buffer> {
	// The tree paints an opaque background over the whole image, so dropping the alpha channel
	// gives the same pixels as compositing onto white (`flatten`), for about a quarter less CPU.
	// zlib level 3: a sixth faster to encode than the default 6, for files 7 % larger (about 40 KB).
	return sharp(Buffer.from(await shareImageSvg(input)))
		.removeAlpha()
		.png({ compressionLevel: 3 })
		.toBuffer();
}

let fingerprint: string | undefined;
function rendererFingerprint(): string {
	fingerprint ??= JSON.stringify({
		layout: LAYOUT_VERSION,
		satori: (createRequire(import.meta.url)('satori/package.json') as { version: string }).version,
		sharp: sharp.versions.sharp,
		vips: sharp.versions.vips,
		font: fontPackageVersion(),
	});
	return fingerprint;
}

export function shareImageCacheKey(input: ShareImageInput): string {
	return createHash('sha256')
		.update(rendererFingerprint())
		.update(JSON.stringify(treeOf(input)))
		.digest('hex')
		.slice(0, 40);
}

/** The share image as PNG, 1200×630: from the cache when an identical image was drawn before. */
export async function shareImagePng(input: ShareImageInput): Promise<Buffer> {
	const dir = shareImageCacheDir();
	const file = dir && join(dir, `${shareImageCacheKey(input)}.png`);
	if (file) {
		try {
			return await readFile(file);
		} catch {
			// Not drawn yet.
		}
	}
	const png = await renderSharePng(input);
	if (dir && file) {
		try {
			await mkdir(dir, { recursive: true });
			// Write then rename: other workers and parallel builds never read half a file.
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
