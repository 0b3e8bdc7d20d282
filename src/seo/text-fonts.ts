/**
 * Noto Sans SC for Pango, the text renderer inside sharp's libvips. Pango finds fonts through
 * fontconfig, which can be handed a font file at run time (sharp's `fontfile`); it reads TrueType
 * and OpenType, so each WOFF subset from @fontsource is unpacked once into the build cache.
 *
 * Every subset has the family name "Noto Sans SC": registered together they act as one font, and
 * Pango takes each character from the subset that has it. Only the subsets a text needs are
 * registered, because each registered face slows down fontconfig's font matching for every text.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { FONT_FAMILY, fontPackageVersion, subsetFile, subsetsToLoad, type FontWeight, type Subset } from './fonts.ts';
import { woffToSfnt } from './woff.ts';

/** Where the unpacked fonts are kept; a new font package version gets a folder of its own. */
function fontCacheDir(): string {
	return resolve(process.cwd(), 'node_modules', '.cache', 'openmodels-fonts', fontPackageVersion());
}

/** The subset as a TrueType file, unpacked from its WOFF the first time. */
export function trueTypeFile(subset: Subset, weight: FontWeight): string {
	const dir = fontCacheDir();
	const file = join(dir, `${subset.name.replace(/[^\w-]/g, '')}-${weight}.ttf`);
	if (!existsSync(file)) {
		mkdirSync(dir, { recursive: true });
		// Write then rename: parallel builds and worker threads never read half a file.
		const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		writeFileSync(partial, woffToSfnt(readFileSync(subsetFile(subset, weight))));
		renameSync(partial, file);
	}
	return file;
}

/** Files handed to fontconfig by this thread (libvips keeps its own list per process, so a repeat is cheap). */
const registered = new Set<string>();

/**
 * Makes sure Pango can draw `text` in `weight` with Noto Sans SC. Returns the characters no
 * subset has (Pango then falls back to a system font, or a box).
 */
export async function registerFontsFor(text: string, weight: FontWeight): Promise<string[]> {
	const { used, missing } = subsetsToLoad(text);
	for (const subset of used) {
		const file = trueTypeFile(subset, weight);
		if (registered.has(file)) continue;
		// sharp registers a font file only while drawing text with it.
		await sharp({ text: { text: '.', font: FONT_FAMILY, fontfile: file } }).raw().toBuffer();
		registered.add(file);
	}
	return missing;
}
