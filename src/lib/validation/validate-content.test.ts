import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_FILES_PER_WORKER, threadsFor } from './check-entries.ts';
import { validateContent } from './validate-content.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');

describe('validateContent', () => {
	it('reads the same files from a relative project path as from an absolute one', async () => {
		const absolute = await validateContent(projectRoot);
		const fromCwd = await validateContent(relative(process.cwd(), projectRoot) || '.');
		expect(absolute.problems).toEqual([]);
		expect(fromCwd.problems).toEqual([]);
		expect(fromCwd.fileCount).toBe(absolute.fileCount);
		expect(Object.keys(fromCwd.entries)).toEqual(Object.keys(absolute.entries));
	});
});

describe('validateContent on worker threads', () => {
	const invalid = resolve(projectRoot, 'tests/fixtures/invalid-content');

	it('finds the same problems, on the same lines, as on one thread, cross-file ones included', async () => {
		const one = await validateContent(invalid, { threads: 1 });
		const two = await validateContent(invalid, { threads: 2 });
		expect(one.problems.length).toBeGreaterThan(3);
		expect(one.problems.some((problem) => problem.message.startsWith('unknown ') && problem.line > 1)).toBe(true);
		expect(two.problems).toEqual(one.problems);
		expect(two.fileCount).toBe(one.fileCount);
		const plain = (result: typeof one) => Object.values(result.entries).flatMap((list) => list!.map(({ lineOf: _lineOf, ...entry }) => entry));
		expect(plain(two)).toEqual(plain(one));
	});
});

describe('threadsFor', () => {
	it('starts a worker only for enough files, and no more than one per core', () => {
		expect(threadsFor(80, 2)).toBe(1);
		expect(threadsFor(MIN_FILES_PER_WORKER * 2, 2)).toBe(2);
		expect(threadsFor(5000, 2)).toBe(2);
		expect(threadsFor(5000, 1)).toBe(1);
	});
});
