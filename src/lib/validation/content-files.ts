/**
 * Rules for the files themselves, checked before any is parsed, by validate and by the build:
 * content/ holds only regular files with allowed lower-case extensions, no hidden files, no
 * symbolic links, UTF-8 text, and one file per id. Astro's glob would otherwise build a hidden
 * `.bert.md` over the real card, and follow links out of the repository.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { collections, translationLocales } from '../../schemas/collections.ts';
import { MAX_CONTENT_FILE_BYTES } from './front-matter.ts';
import type { Problem } from './problem.ts';
import { ID_PATTERN, toId } from '../../schemas/shared.ts';

export const TEXT_EXTENSIONS = ['.md', '.mdx'] as const;
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif'] as const;
const ALLOWED = new Set<string>([...TEXT_EXTENSIONS, ...IMAGE_EXTENSIONS]);

/** Folders whose Markdown files Astro turns into pages (docs is read recursively). */
function entryFolders(): Set<string> {
	const folders = collections.flatMap((spec) => [spec.folder, ...translationLocales.map((locale) => `${spec.folder}/${locale}`)]);
	return new Set(folders);
}

/**
 * A page's file name is its id: lowercase-kebab, since Astro lowercases names and drops
 * punctuation to make ids, so "About.md" or "index~.md" would share another page's address.
 */
export function fileNameProblem(stem: string, extension: string): string | undefined {
	if (ID_PATTERN.test(stem)) return undefined;
	return `file name "${stem}${extension}" is not a lowercase-kebab id (letters a–z, digits, single hyphens); rename it to something like "${toId(stem) || 'my-page'}${extension}"`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface ContentFiles {
	problems: Problem[];
	/** Files that broke a rule: validate reports them once and parses them no further. */
	rejected: Set<string>;
}

/** Walks `root/content` without following links and reports every file that breaks a rule. */
export function checkContentFiles(root: string): ContentFiles {
	const problems: Problem[] = [];
	const rejected = new Set<string>();
	const folders = entryFolders();
	const add = (file: string, message: string) => {
		problems.push({ file, line: 1, field: '(file)', message });
		rejected.add(file);
	};
	const walk = (relative: string) => {
		let names: string[];
		try {
			names = readdirSync(join(root, relative)).sort();
		} catch {
			return;
		}
		const stems = new Map<string, string>();
		for (const name of names) {
			const file = `${relative}/${name}`;
			const stat = lstatSync(join(root, file));
			if (name.startsWith('.')) {
				add(file, 'hidden files and folders are not allowed in content/: rename it without the leading dot (the build would publish it)');
				continue;
			}
			if (stat.isSymbolicLink()) {
				add(file, 'symbolic links are not allowed in content/: put the file itself here');
				continue;
			}
			if (stat.isDirectory()) {
				walk(file);
				continue;
			}
			if (!stat.isFile()) {
				add(file, 'only regular files are allowed in content/');
				continue;
			}
			const extension = extname(name);
			if (extension !== extension.toLowerCase()) {
				add(file, `write the extension in lower case ("${extension.toLowerCase()}"): the build and validate must read the same files`);
				continue;
			}
			if (!ALLOWED.has(extension)) {
				add(
					file,
					`${extension || 'files without an extension'} ${extension ? 'files are' : 'are'} not allowed in content/: use Markdown (.md, .mdx) and raster images (${IMAGE_EXTENSIONS.join(', ')}); SVG and HTML can carry script`,
				);
				continue;
			}
			if (!(TEXT_EXTENSIONS as readonly string[]).includes(extension)) continue;
			if (stat.size > MAX_CONTENT_FILE_BYTES) {
				add(file, `the file is ${Math.round(stat.size / 1024)} KB; keep content files under ${MAX_CONTENT_FILE_BYTES / 1024} KB (split it)`);
				continue;
			}
			try {
				utf8.decode(readFileSync(join(root, file)));
			} catch {
				add(file, 'the file is not UTF-8 text: save it as UTF-8');
				continue;
			}
			if (name.startsWith('_')) continue;
			const inDocs = relative === 'content/docs' || relative.startsWith('content/docs/');
			if (!inDocs && !folders.has(relative)) {
				add(
					file,
					`content files belong in a collection folder (${[...folders].filter((folder) => !folder.includes('/zh-cn')).join(', ')}, content/docs) or its zh-cn/ folder`,
				);
				continue;
			}
			const stem = name.slice(0, -extension.length);
			const other = stems.get(stem);
			if (other) add(file, `duplicate id "${stem}": ${other} has the same id; keep one of the two files`);
			else stems.set(stem, file);
		}
	};
	walk('content');
	return { problems, rejected };
}
