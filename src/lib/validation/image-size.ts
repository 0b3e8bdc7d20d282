/**
 * Images referenced relative to a content file: where they resolve, whether they stay inside
 * content/, and what they are (read from the file's first bytes, not its name, and its dimensions).
 */
import { closeSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { imageSize } from 'image-size';
import { dirname, resolve, sep } from 'node:path';
import { imageKind, MAX_IMAGE_BYTES, type ImageFacts } from '../safety/image-policy.ts';

/**
 * Whether the build can read the image's dimensions: Astro reads them with the same library
 * (image-size, vendored) and fails the build on a file that only starts like an image.
 */
function dimensions(data: Uint8Array): { width: number; height: number } | undefined {
	try {
		const { width, height } = imageSize(data);
		return width !== undefined && height !== undefined ? { width, height } : undefined;
	} catch {
		return undefined;
	}
}

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
		// An image within the size limit is read whole (its dimensions are checked); a larger one only
		// as far as its signature.
		const data = stat.size <= MAX_IMAGE_BYTES ? readFileSync(path) : fileHead(path);
		const kind = imageKind(data.subarray(0, 32));
		if (kind === undefined || stat.size > MAX_IMAGE_BYTES) return { size: stat.size, kind };
		const size = dimensions(data);
		return { size: stat.size, kind, ...(size ? size : { unreadable: true }) };
	};
}

function fileHead(path: string): Buffer {
	const head = Buffer.alloc(32);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, head, 0, head.length, 0);
	} finally {
		closeSync(fd);
	}
	return head;
}

/** The `content` folder a file lives in (the nearest ancestor named content). */
function findContentRoot(file: string): string {
	const parts = resolve(file).split(sep);
	const index = parts.lastIndexOf('content');
	return index > 0 ? parts.slice(0, index + 1).join(sep) : dirname(file);
}
