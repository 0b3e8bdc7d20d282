/**
 * Fonts for share images, from the @fontsource/noto-sans-sc npm package, so Chinese and Latin
 * text render the same on every machine without system fonts (CI installs none): Satori draws
 * every glyph as a path from them (`fontsFor`, render-share-image.ts).
 *
 * Fontsource splits Noto Sans SC into ~100 unicode-range subsets (WOFF, ~50 kB each). Only the
 * subsets a text needs are read, each once per process: Satori parses a font once per buffer
 * object, so handing it the same buffers again costs nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Sans SC';
/**
 * Each subset is registered under its own family name: Satori picks one font per family and
 * weight, then falls back through the other families glyph by glyph.
 */
export const familyOf = (subset: Pick<Subset, 'name'>) => `${FONT_FAMILY} ${subset.name}`;
/** The family to put first in `font-family`: the Latin subset. */
export const PRIMARY_FAMILY = familyOf({ name: 'latin' });
export type FontWeight = 400 | 700;

export interface SatoriFont {
	name: string;
	data: ArrayBuffer;
	weight: FontWeight;
	style: 'normal';
}

/** A unicode-range subset: its name (`latin`, `[42]`) and the code point ranges it covers. */
export interface Subset {
	name: string;
	ranges: [number, number][];
}

/** Parses a CSS `unicode-range` value such as `U+0000-00ff,U+0131,U+4e00-9fff`. */
export function parseUnicodeRange(value: string): [number, number][] {
	return value
		.split(',')
		.map((part) => part.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((part) => {
			const [from, to = from] = part.split('-') as [string, string?];
			return [Number.parseInt(from, 16), Number.parseInt(to!, 16)] as [number, number];
		});
}

/** Picks, for each character of `text`, the first subset that covers it. Returns the subsets used and the characters none covers. */
export function subsetsFor(text: string, subsets: readonly Subset[]): { used: Subset[]; missing: string[] } {
	const used = new Set<Subset>();
	const missing = new Set<string>();
	for (const char of new Set(text)) {
		if (/\s/.test(char)) continue;
		const code = char.codePointAt(0)!;
		const subset = subsets.find((candidate) => candidate.ranges.some(([from, to]) => code >= from && code <= to));
		if (subset) used.add(subset);
		else missing.add(char);
	}
	// Keep the package's order (latin before the CJK subsets) so fallback is stable.
	return { used: subsets.filter((subset) => used.has(subset)), missing: [...missing] };
}

let packageDir: string | undefined;
function fontPackageDir(): string {
	if (!packageDir) {
		// The package's exports map only `*.css`; its folder is the one holding 400.css.
		const require = createRequire(import.meta.url);
		packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/400.css'));
	}
	return packageDir;
}

/** The font package's version, part of the share-image cache key. */
export function fontPackageVersion(): string {
	return (JSON.parse(readFileSync(join(fontPackageDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

let subsetList: Subset[] | undefined;
/** Every subset of the package, Latin first. */
export function fontSubsets(): Subset[] {
	if (!subsetList) {
		const ranges = JSON.parse(readFileSync(join(fontPackageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
		const names = Object.keys(ranges);
		const order = (name: string) => ['latin', 'latin-ext'].indexOf(name) + 1 || (name.startsWith('[') ? 3 : 4);
		subsetList = names.sort((a, b) => order(a) - order(b)).map((name) => ({ name, ranges: parseUnicodeRange(ranges[name]!) }));
	}
	return subsetList;
}

/** The WOFF file of a subset in one weight. */
export function subsetFile(subset: Pick<Subset, 'name'>, weight: FontWeight): string {
	return join(fontPackageDir(), 'files', `noto-sans-sc-${subset.name.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff`);
}

const buffers = new Map<string, SatoriFont>();
function loadSubset(subset: Subset, weight: FontWeight): SatoriFont {
	const key = `${subset.name}-${weight}`;
	let font = buffers.get(key);
	if (!font) {
		const bytes = readFileSync(subsetFile(subset, weight));
		const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		font = { name: familyOf(subset), data, weight, style: 'normal' };
		buffers.set(key, font);
	}
	return font;
}

/**
 * The package's subsets a text needs, Latin always among them (first): spaces, digits and
 * punctuation come from it, and Satori measures with its primary family. Also the
 * characters no subset has.
 */
export function subsetsToLoad(text: string): { used: Subset[]; missing: string[] } {
	const subsets = fontSubsets();
	const needed = subsetsFor(text, subsets);
	const latin = subsets.find((subset) => subset.name === 'latin')!;
	return { used: needed.used.includes(latin) ? needed.used : [latin, ...needed.used], missing: needed.missing };
}

/** Warns of characters Noto Sans SC cannot draw (they fall back to another font, or a box). */
export function warnMissingGlyphs(missing: readonly string[], where: string): void {
	if (missing.length) console.warn(`[share image] no glyph in Noto Sans SC for ${missing.map((char) => JSON.stringify(char)).join(' ')} in "${where}"`);
}

/**
 * The fonts Satori needs to draw `texts` in the given weights, and the characters Noto Sans SC
 * has no glyph for (the caller decides whether that is an error).
 */
export function fontsFor(texts: Record<FontWeight, string>): { fonts: SatoriFont[]; missing: string[] } {
	const fonts: SatoriFont[] = [];
	const missing = new Set<string>();
	for (const weight of [400, 700] as const) {
		const needed = subsetsToLoad(texts[weight]);
		needed.missing.forEach((char) => missing.add(char));
		for (const subset of needed.used) fonts.push(loadSubset(subset, weight));
	}
	return { fonts, missing: [...missing] };
}
