/** `astro check` over the whole project: a UI string missing from a locale is a type error. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/dist.ts';

describe('types', () => {
	it('astro check reports no errors', async () => {
		const result = await promisify(execFile)('npx', ['astro', 'check'], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 20_000_000 }).catch(
			(error: { stdout: string; stderr: string }) => error,
		);
		const output = result.stdout.replace(/\x1b\[[0-9;]*m/g, '');
		expect(output, output.slice(-3000)).toMatch(/- 0 errors/);
	}, 240_000);
});
