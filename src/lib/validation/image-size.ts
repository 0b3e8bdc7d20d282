/** Sizes of images referenced relative to a content file; undefined when the image is missing. */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function imageSizer(contentFile: string): (relativePath: string) => number | undefined {
	return (relativePath) => {
		const path = resolve(dirname(contentFile), decodeURI(relativePath.split(/[?#]/)[0]!));
		return existsSync(path) && statSync(path).isFile() ? statSync(path).size : undefined;
	};
}
