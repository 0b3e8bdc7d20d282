/**
 * A real `astro build` of the project with every hostile case in content/: it must stop before
 * rendering anything, name every hostile file, and no payload may run. The project is the real
 * one (its config, src/ and packages, linked), with the hostile copy of content/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileCases } from '../fixtures/hostile/cases.ts';
import { projectRoot } from '../helpers/dist.ts';
import { writeHostileTree } from '../helpers/hostile-tree.ts';

const tree = writeHostileTree(hostileCases);
for (const name of ['src', 'public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
	symlinkSync(join(projectRoot, name), join(tree.root, name));
}
afterAll(() => rmSync(tree.root, { recursive: true, force: true }));

describe('astro build on hostile content', () => {
	const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', tree.root], {
		cwd: tree.root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const output = `${result.stdout}\n${result.stderr}`;

	it('fails before rendering, with validate’s messages', () => {
		expect(result.status).not.toBe(0);
		expect(output).toContain('content check failed');
		expect(existsSync(join(tree.root, 'dist', 'index.html'))).toBe(false);
	});

	it('names every hostile file', () => {
		const missing = hostileCases.filter((hostile) => hostile.expect.length > 0 && !output.includes(`${hostile.file}:`)).map((hostile) => hostile.file);
		expect(missing).toEqual([]);
	});

	it('runs no payload', () => {
		expect(existsSync(tree.marker)).toBe(false);
	});
});
