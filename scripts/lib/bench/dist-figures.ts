/** Size figures of a built site folder. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfUrl } from '../site-files.ts';
import { eagerAssets, gzipSize, sum, type EagerAssets } from './assets.ts';

export interface FolderSize {
	files: number;
	bytes: number;
	htmlFiles: number;
}

export function folderSize(dir: string): FolderSize {
	const size: FolderSize = { files: 0, bytes: 0, htmlFiles: 0 };
	if (!existsSync(dir)) return size;
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const path = join(current, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) {
				size.files++;
				size.bytes += statSync(path).size;
				if (entry.name.endsWith('.html')) size.htmlFiles++;
			}
		}
	};
	walk(dir);
	return size;
}

export interface PageWeight {
	url: string;
	htmlBytes: number;
	htmlGzipBytes: number;
	jsBytes: number;
	jsGzipBytes: number;
	cssBytes: number;
	cssGzipBytes: number;
	inlineScriptBytes: number;
	inlineStyleBytes: number;
	js: EagerAssets['js'];
	css: EagerAssets['css'];
	missing: string[];
}

/** HTML, eager JS and eager CSS of the page at `url` (e.g. `/home/models/`) in `dist`. */
export function pageWeight(dist: string, url: string, base: string): PageWeight {
	const file = fileOfUrl(dist, url, base);
	if (!file || !existsSync(file)) throw new Error(`${url} is not in ${dist}`);
	const html = readFileSync(file);
	const read = (path: string) => {
		const asset = fileOfUrl(dist, path, base);
		return asset && existsSync(asset) && statSync(asset).isFile() ? readFileSync(asset) : undefined;
	};
	const assets = eagerAssets(html.toString('utf8'), url, read);
	return {
		url,
		htmlBytes: html.length,
		htmlGzipBytes: gzipSize(html),
		jsBytes: sum(assets.js, 'bytes'),
		jsGzipBytes: sum(assets.js, 'gzipBytes'),
		cssBytes: sum(assets.css, 'bytes'),
		cssGzipBytes: sum(assets.css, 'gzipBytes'),
		inlineScriptBytes: assets.inlineScriptBytes,
		inlineStyleBytes: assets.inlineStyleBytes,
		js: assets.js,
		css: assets.css,
		missing: assets.missing,
	};
}

/** Sizes of every `index.html` directly below `dir` (e.g. each model page of one language). */
export function pageSizes(dir: string): { count: number; median: number; max: number; maxPage?: string } {
	if (!existsSync(dir)) return { count: 0, median: 0, max: 0 };
	const sizes: [number, string][] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const file = join(dir, entry.name, 'index.html');
		if (entry.isDirectory() && existsSync(file)) sizes.push([statSync(file).size, entry.name]);
	}
	sizes.sort((a, b) => a[0] - b[0]);
	const last = sizes[sizes.length - 1];
	return { count: sizes.length, median: sizes[sizes.length >> 1]?.[0] ?? 0, max: last?.[0] ?? 0, maxPage: last?.[1] };
}
