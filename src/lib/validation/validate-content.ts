/** Walks a project's content folders and returns every problem, sorted. Reads only. */
import { readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { collections, translationLocales, type CollectionName } from '../../schemas/collections.ts';
import type { ContentLocale } from '../../schemas/shared.ts';
import { checkEntriesInParallel, type EntryTask } from './check-entries.ts';
import { checkContentFiles, fileNameProblem } from './content-files.ts';
import { checkDocsFile } from './check-docs.ts';
import { checkVocabularies, LICENSE_VOCABULARY } from './check-vocabularies.ts';
import { imageSizer } from './image-size.ts';
import { crossCheck, type EntriesByCollection } from './cross-checks.ts';
import { parseContentFile } from './front-matter.ts';
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

/** `threads`: how many threads check the entries (by default one per core for a large catalog, see check-entries.ts). */
export async function validateContent(projectRoot: string, options: { threads?: number } = {}): Promise<ValidationResult> {
	// Absolute, so paths listed under it can be made relative to it by length.
	const root = resolve(projectRoot);
	const files = checkContentFiles(root);
	const problems: Problem[] = [...files.problems];
	const entries: EntriesByCollection = {};
	let fileCount = 0;

	const tasks: EntryTask[] = [];
	for (const spec of collections) {
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
				tasks.push({ collection: spec.name as CollectionName, file, id, locale });
			}
		}
		entries[spec.name as CollectionName] = [];
	}
	const results = await checkEntriesInParallel(root, tasks, options.threads);
	results.forEach(({ problems: found, entry }, index) => {
		problems.push(...found);
		if (!entry) return;
		// Lines are looked up again only for a cross-file problem, which is rare: keeping every
		// file's YAML tree for it would cost memory, and a function cannot come back from a worker.
		const lineOf = (path: readonly PropertyKey[]) => parseContentFile(readFileSync(join(root, entry.file), 'utf8')).lineOf(path);
		entries[tasks[index]!.collection]!.push({ ...entry, lineOf });
	});
	problems.push(...crossCheck(entries));

	const docs = (await listDocs(root)).filter((file) => !files.rejected.has(file));
	for (const file of docs) {
		fileCount++;
		const source = readFileSync(join(root, file), 'utf8');
		problems.push(...checkDocsFile({ file, source, exists: (path) => docs.includes(path), image: imageSizer(resolve(root, file), join(root, 'content')) }));
	}
	// The licence vocabulary, which a card naming a new licence extends.
	if (existsSync(join(root, LICENSE_VOCABULARY))) {
		fileCount++;
		problems.push(...checkVocabularies(root));
	}
	return { problems: problems.sort(compareProblems), entries, fileCount };
}
