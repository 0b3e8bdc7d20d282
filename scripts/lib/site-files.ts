/** Reading a built site: its HTML pages and how URLs map to files. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listFiles(dir: string, extension?: string): string[] {
	const files: string[] = [];
	const walk = (current: string) => {
		for (const name of readdirSync(current)) {
			const path = join(current, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (!extension || name.endsWith(extension)) files.push(path);
		}
	};
	walk(dir);
	return files.sort();
}

/** `/home/models/x/` for `dist/models/x/index.html` with base `/home`. */
export function urlOfFile(dist: string, file: string, base: string): string {
	const path = relative(dist, file).split(sep).join('/');
	const trimmedBase = base.replace(/\/+$/, '');
	return `${trimmedBase}/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file that serves a URL path under `base`, or undefined when the path escapes the base. */
export function fileOfUrl(dist: string, pathname: string, base: string): string | undefined {
	const trimmedBase = base.replace(/\/+$/, '');
	if (trimmedBase && pathname !== trimmedBase && !pathname.startsWith(`${trimmedBase}/`)) return undefined;
	const inner = decodeURIComponent(pathname.slice(trimmedBase.length)).replace(/^\/+/, '');
	return inner === '' || inner.endsWith('/') ? join(dist, inner, 'index.html') : join(dist, inner);
}
