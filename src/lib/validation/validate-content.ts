/** Walks a project's content folders and returns every problem, sorted. Reads only. */
import { readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { collections, translationLocales, type CollectionName } from '../../schemas/collections.ts';
import type { ContentLocale } from '../../schemas/shared.ts';
import { checkContentFile } from './check-file.ts';
import { checkContentFiles, fileNameProblem } from './content-files.ts';
import { checkDocsFile } from './check-docs.ts';
import { imageSizer } from './image-size.ts';
import { crossCheck, type EntriesByCollection, type EntryRef } from './cross-checks.ts';
import { compareProblems, type Problem } from './problem.ts';

const CONTENT_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.mdoc']);

async function listFiles(folder: string): Promise<string[]> {
	if (!existsSync(folder)) return [];
	const dirents = await readdir(folder, { withFileTypes: true });
	return dirents
		.filter((dirent) => dirent.isFile())
		.map((dirent) => dirent.name)
		.sort();
}

async function listDocs(root: string): Promise<string[]> {
	const folder = join(root, 'content/docs');
	if (!existsSync(folder)) return [];
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(root.length)
				.replace(/^[\\/]+/, '')
				.split('\\')
				.join('/'),
		)
		.sort();
}

export interface ValidationResult {
	problems: Problem[];
	entries: EntriesByCollection;
	fileCount: number;
}

export async function validateContent(projectRoot: string): Promise<ValidationResult> {
	// Absolute, so paths listed under it can be made relative to it by length.
	const root = resolve(projectRoot);
	const files = checkContentFiles(root);
	const problems: Problem[] = [...files.problems];
	const entries: EntriesByCollection = {};
	let fileCount = 0;

	for (const spec of collections) {
		const list: EntryRef[] = [];
		const locales: [ContentLocale, string][] = [
			['en', spec.folder],
			...translationLocales.map((locale): [ContentLocale, string] => [locale, `${spec.folder}/${locale}`]),
		];
		for (const [locale, folder] of locales) {
			for (const name of await listFiles(join(root, folder))) {
				const file = `${folder}/${name}`;
				if (name.startsWith('_') || files.rejected.has(file)) continue;
				const extension = extname(name);
				if (!CONTENT_EXTENSIONS.has(extension)) continue;
				fileCount++;
				if (!(spec.extensions as readonly string[]).includes(extension)) {
					problems.push({
						file,
						line: 1,
						field: '(file)',
						message: `${extension} files are not allowed in ${spec.folder}/; expected ${spec.extensions.join(' or ')} (rename the file)`,
					});
					continue;
				}
				const id = name.slice(0, -extension.length);
				const nameProblem = fileNameProblem(id, extension);
				if (nameProblem) problems.push({ file, line: 1, field: '(file)', message: nameProblem });
				// Read synchronously: nothing else runs meanwhile, and awaiting thousands of small reads
				// one after another made a 5,000-card validation about a third slower.
				const source = readFileSync(join(root, file), 'utf8');
				const check = checkContentFile({ spec, file, id, locale, source, safety: { image: imageSizer(resolve(root, file), join(root, 'content')) } });
				problems.push(...check.problems);
				if (check.entry) list.push(check.entry);
			}
		}
		entries[spec.name as CollectionName] = list;
	}
	problems.push(...crossCheck(entries));

	const docs = (await listDocs(root)).filter((file) => !files.rejected.has(file));
	for (const file of docs) {
		fileCount++;
		const source = readFileSync(join(root, file), 'utf8');
		problems.push(...checkDocsFile({ file, source, exists: (path) => docs.includes(path), image: imageSizer(resolve(root, file), join(root, 'content')) }));
	}
	return { problems: problems.sort(compareProblems), entries, fileCount };
}
