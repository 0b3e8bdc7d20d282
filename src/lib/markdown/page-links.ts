/**
 * Links in an English body that keep a reader in their language. An untranslated entry's English
 * body is also the body of its Chinese fallback page (`/zh-cn/models/x/`), rendered once. A link
 * written `/tutorials/y/` would take a Chinese reader to the English page; written relative to
 * the page (`../../tutorials/y/`), it leads to `/tutorials/y/` from the English page and to
 * `/zh-cn/tutorials/y/` from the Chinese one, which mirrors it one folder down.
 * Pure: paths in, paths out.
 */
import { posix, relative, sep } from 'node:path';

/**
 * The root-relative path (without the base) of the page an English content file renders as:
 * `models/bark.md` → `/models/bark/`, `docs/about.md` → `/about/`, `docs/index.mdx` → `/`.
 * Undefined for Chinese files and for files that are not a page of their own.
 */
export function pagePathOfContentFile(contentDir: string, file: string): string | undefined {
	const parts = relative(contentDir, file).split(sep);
	if (parts.length !== 2 || parts[0]!.startsWith('..')) return undefined;
	const [collection, name] = parts as [string, string];
	const stem = name.replace(/\.mdx?$/, '');
	if (stem === name || stem.startsWith('_')) return undefined;
	if (collection === 'docs') return stem === 'index' ? '/' : `/${stem}/`;
	return `/${collection}/${stem}/`;
}

/** A page of the site, which has a Chinese twin: not a file (`/events.ics`, `/api/models.json`) and not already Chinese. */
export function isLocalizedPagePath(path: string): boolean {
	const last = path.split('/').at(-1) ?? '';
	return !last.includes('.') && path !== '/zh-cn' && !path.startsWith('/zh-cn/');
}

/**
 * `target` (root-relative, without the base, with any query or fragment) as a link relative to
 * the page at `fromPage` (a folder path ending in `/`).
 */
export function relativeHref(fromPage: string, target: string): string {
	const cut = target.search(/[?#]/);
	const path = cut === -1 ? target : target.slice(0, cut);
	const suffix = cut === -1 ? '' : target.slice(cut);
	let href = posix.relative(fromPage, path);
	if (href === '') href = '.';
	if (path.endsWith('/') && href !== '.') href += '/';
	else if (href === '.') href = './';
	return href + suffix;
}
