import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inTarget, resolveContentTarget } from './content-target.ts';

function project(): string {
	const dir = mkdtempSync(join(tmpdir(), 'content-target-'));
	mkdirSync(join(dir, 'content/models'), { recursive: true });
	writeFileSync(join(dir, 'content/models/a.md'), '');
	return dir;
}

describe('resolveContentTarget', () => {
	it('takes a project folder whole', () => {
		const dir = project();
		expect(resolveContentTarget(dir, '/')).toEqual({ root: dir });
		expect(resolveContentTarget(undefined, dir)).toEqual({ root: dir });
	});

	it('checks a file or folder inside content/ with the rest of its project, showing only its own problems', () => {
		const dir = project();
		expect(resolveContentTarget('content/models/a.md', dir)).toEqual({ root: dir, only: 'content/models/a.md' });
		expect(resolveContentTarget(join(dir, 'content/models'), '/')).toEqual({ root: dir, only: 'content/models' });
		expect(inTarget('content/models/a.md', 'content/models')).toBe(true);
		expect(inTarget('content/models-old/a.md', 'content/models')).toBe(false);
		expect(inTarget('content/tutorials/t.md', 'content/models/a.md')).toBe(false);
	});

	it('refuses a path that does not exist or lies outside any project’s content', () => {
		const dir = project();
		expect(resolveContentTarget('no/such/path', dir)).toEqual({ error: 'no such file or folder: no/such/path' });
		const outside = mkdtempSync(join(tmpdir(), 'content-target-outside-'));
		expect(resolveContentTarget(outside, '/')).toMatchObject({ error: expect.stringContaining('neither a project folder') });
	});
});
