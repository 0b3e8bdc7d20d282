import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
