import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedVersion, privateSeams, seamMessage } from './seams.ts';

const folder = import.meta.dirname;

describe('the private seams folder', () => {
	it('holds each listed seam with its contract test', () => {
		for (const name of Object.keys(privateSeams)) {
			expect(existsSync(join(folder, `${name}.ts`)), name).toBe(true);
			expect(existsSync(join(folder, `${name}.contract.test.ts`)), name).toBe(true);
		}
	});

	it('lists every seam it holds', () => {
		const modules = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'seams.ts');
		expect(modules.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(privateSeams).sort());
	});

	it('names the installed version of each package a seam relies on, and words its log line for the site test', () => {
		for (const { package: name } of Object.values(privateSeams)) expect(installedVersion(name)).toMatch(/^\d+\.\d+\.\d+/);
		expect(seamMessage('pagefind-output', 'read 3 fragments')).toBe('private seam pagefind-output: read 3 fragments');
	});
});
