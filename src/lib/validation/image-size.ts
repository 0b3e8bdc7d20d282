/**
 * Images referenced relative to a content file: where they resolve, whether they stay inside
 * content/, and what they are (read from the file's first bytes, not its name).
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { imageKind, type ImageFacts } from '../safety/image-policy.ts';

export function imageSizer(contentFile: string, contentRoot?: string): (relativePath: string) => ImageFacts | undefined {
	const root = resolve(contentRoot ?? findContentRoot(contentFile)) + sep;
	return (relativePath) => {
		let decoded: string;
		try {
			decoded = decodeURI(relativePath.split(/[?#]/)[0]!);
		} catch {
			return undefined;
		}
		const path = resolve(dirname(contentFile), decoded);
		if (!path.startsWith(root)) return { outside: true, size: 0 };
		let stat;
		try {
			stat = lstatSync(path);
		} catch {
			return undefined;
		}
		if (!stat.isFile()) return stat.isSymbolicLink() ? { outside: true, size: 0 } : undefined;
		const head = Buffer.alloc(32);
		const fd = openSync(path, 'r');
		try {
			readSync(fd, head, 0, head.length, 0);
		} finally {
			closeSync(fd);
		}
		return { size: stat.size, kind: imageKind(head) };
	};
}

/** The `content` folder a file lives in (the nearest ancestor named content). */
function findContentRoot(file: string): string {
	const parts = resolve(file).split(sep);
	const index = parts.lastIndexOf('content');
	return index > 0 ? parts.slice(0, index + 1).join(sep) : dirname(file);
}
