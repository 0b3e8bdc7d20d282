/**
 * Checks collection entries, on worker threads when there are many. Each file's check (front
 * matter, schema, body parse, safety, facts) depends on that file alone, and the parsing takes
 * most of a large catalog's validation; on two cores, two threads take about half the time.
 * The cross-file checks (cross-checks.ts) then run once over every result, in file order.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { getCollectionSpec, type CollectionName } from '../../schemas/collections.ts';
import type { ContentLocale } from '../../schemas/shared.ts';
import { checkContentFile, type CheckedEntry } from './check-file.ts';
import { imageSizer } from './image-size.ts';
import type { Problem } from './problem.ts';

/** One entry file to check: where it is and what it is. Plain data, so it can cross to a worker. */
export interface EntryTask {
	collection: CollectionName;
	/** Relative to the project root, with `/`. */
	file: string;
	id: string;
	locale: ContentLocale;
}

/** An entry's check without `lineOf` (a function cannot cross threads). */
export interface EntryResult {
	problems: Problem[];
	entry?: Omit<CheckedEntry, 'lineOf'>;
}

/** Below this many files a worker's start-up (loading the parsers) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 400;

export function checkEntries(root: string, tasks: readonly EntryTask[]): EntryResult[] {
	return tasks.map(({ collection, file, id, locale }) => {
		// Read synchronously: awaiting thousands of small reads one after another left the thread idle.
		const source = readFileSync(join(root, file), 'utf8');
		const spec = getCollectionSpec(collection);
		const { problems, entry } = checkContentFile({ spec, file, id, locale, source, safety: { image: imageSizer(resolve(root, file), join(root, 'content')) } });
		if (!entry) return { problems };
		const { lineOf: _lineOf, ...plain } = entry;
		return { problems, entry: plain };
	});
}

/** How many threads to check `count` files on: one per core, each with enough files to be worth starting. */
export function threadsFor(count: number, cores = availableParallelism()): number {
	return Math.max(1, Math.min(cores, Math.floor(count / MIN_FILES_PER_WORKER)));
}

function checkOnWorker(root: string, tasks: readonly EntryTask[]): Promise<EntryResult[]> {
	return new Promise((done, fail) => {
		const worker = new Worker(new URL('./check-entries-worker.ts', import.meta.url), {
			workerData: { root, tasks },
			// The process may run with a small young generation to bound the build's memory; parsing
			// thousands of files allocates briefly and often, and a larger one spares collections.
			resourceLimits: { maxYoungGenerationSizeMb: 48 },
		});
		worker.once('message', (results: EntryResult[]) => done(results));
		worker.once('error', fail);
		worker.once('exit', (code) => {
			if (code !== 0) fail(new Error(`the content check's worker thread stopped (exit code ${code})`));
		});
	});
}

/** Every task's result, in the tasks' order, checked on `threads` threads (1: on this one). */
export async function checkEntriesInParallel(root: string, tasks: readonly EntryTask[], threads = threadsFor(tasks.length)): Promise<EntryResult[]> {
	if (threads <= 1) return checkEntries(root, tasks);
	const size = Math.ceil(tasks.length / threads);
	const chunks = Array.from({ length: threads }, (_, index) => tasks.slice(index * size, (index + 1) * size));
	return (await Promise.all(chunks.map((chunk) => checkOnWorker(root, chunk)))).flat();
}
