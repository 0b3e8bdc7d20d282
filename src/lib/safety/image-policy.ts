/**
 * Images in content are raster files in the repository, inside content/, with alt text and
 * under a size limit. SVG is refused: it can carry script that runs on the site's origin.
 */
import { urlScheme } from './url-policy.ts';

export const MAX_IMAGE_BYTES = 300 * 1024;
/**
 * Widest and tallest an image may be: the build decodes every image to optimise it, and a small
 * file can hold a huge, blank picture (a 32 KB PNG of 16,383 pixels square took 9 s and 1 GB).
 */
export const MAX_IMAGE_SIDE = 4096;

export type RasterKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

export interface ImageFacts {
	size: number;
	/** What the file's first bytes say it is; undefined when it is not a raster format we allow. */
	kind?: RasterKind;
	/** The path leaves content/ (or goes through a symbolic link). */
	outside?: boolean;
	/** It starts like a raster image, but its dimensions cannot be read (a damaged or fake file). */
	unreadable?: boolean;
	width?: number;
	height?: number;
}

/** Raster format of a file from its signature (magic bytes). */
export function imageKind(head: Uint8Array): RasterKind | undefined {
	const ascii = (start: number, end: number) => String.fromCharCode(...head.subarray(start, end));
	if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
	if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
	if (ascii(0, 4) === 'GIF8') return 'gif';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
	if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
	return undefined;
}

/** Looks up an image referenced relative to the content file; undefined when it is missing. */
export type ImageLookup = (relativePath: string) => ImageFacts | undefined;

export function imageProblems(url: string, alt: string | null | undefined, lookup?: ImageLookup): string[] {
	const problems: string[] = [];
	if (!alt?.trim()) problems.push(`image "${url}" needs alt text: write ![what the image shows](${url})`);
	const scheme = urlScheme(url);
	if (scheme && scheme !== 'http' && scheme !== 'https') {
		problems.push(`${scheme}: URLs are not allowed for images; put the image file in the repository`);
		return problems;
	}
	if (scheme || /^[\\/]{2}/.test(url.trim())) {
		problems.push(
			`image "${url}" is not in the repository: download it (if its licence allows), put it next to the content file and link it with a relative path`,
		);
		return problems;
	}
	// The file the build reads must be the file checked here: Vite drops a "#…" or "?…" part and
	// resolves what is left its own way, and decodes "%…", so a local path is plain characters only.
	if (!/^[\w./-]+$/.test(url)) {
		problems.push(`image "${url}" must be a plain relative path of letters, digits, ".", "-", "_" and "/" (no "#", "?", "%", "\\" or spaces): rename the file`);
		return problems;
	}
	if (!lookup) return problems;
	const facts = lookup(url);
	if (facts === undefined) problems.push(`image "${url}" does not exist next to this file`);
	else if (facts.outside) problems.push(`image "${url}" is outside the content folder (or a link to elsewhere); put the image next to the content file`);
	else if (!facts.kind) problems.push(`image "${url}" is not a PNG, JPEG, WebP, AVIF or GIF file (SVG is not allowed: it can carry script); convert it`);
	else if (facts.size > MAX_IMAGE_BYTES)
		problems.push(`image "${url}" is ${Math.round(facts.size / 1024)} KB; keep images under ${MAX_IMAGE_BYTES / 1024} KB (resize or compress it)`);
	else if (facts.unreadable) problems.push(`image "${url}" is damaged: its width and height cannot be read; export it again from an image editor`);
	else if ((facts.width ?? 0) > MAX_IMAGE_SIDE || (facts.height ?? 0) > MAX_IMAGE_SIDE)
		problems.push(`image "${url}" is ${facts.width}×${facts.height} pixels; keep each side at most ${MAX_IMAGE_SIDE} pixels (scale it down)`);
	return problems;
}
