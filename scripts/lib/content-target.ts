/**
 * What `npm run validate -- <path>` and `npm run check:facts -- <path>` check: a project folder
 * (one with a content/ folder), or one file or folder inside a project's content/. A file is
 * always checked together with the rest of its project (references cross files), and only its
 * own problems are shown.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type ContentTarget = { root: string; only?: string } | { error: string };

const isProject = (dir: string) => existsSync(join(dir, 'content')) && statSync(join(dir, 'content')).isDirectory();

export function resolveContentTarget(argument: string | undefined, cwd: string): ContentTarget {
	const path = resolve(cwd, argument ?? '.');
	if (!existsSync(path)) return { error: `no such file or folder: ${argument}` };
	if (statSync(path).isDirectory() && isProject(path)) return { root: path };
	for (let dir = dirname(path); ; dir = dirname(dir)) {
		if (isProject(dir) && path.startsWith(join(dir, 'content') + sep)) return { root: dir, only: relative(dir, path).split(sep).join('/') };
		if (dirname(dir) === dir) break;
	}
	return { error: `${argument} is neither a project folder (one with a content/ folder) nor a file or folder inside one's content/` };
}

/** True when a problem's file is the target or lies inside it. */
export function inTarget(file: string, only: string | undefined): boolean {
	return only === undefined || file === only || file.startsWith(`${only.replace(/\/$/, '')}/`);
}
