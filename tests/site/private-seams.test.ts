/**
 * Every private seam (src/build/private-seams/seams.ts) ran in the test build and said so: a seam
 * whose package changed shape would otherwise stop applying without failing anything.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { privateSeams } from '../../src/build/private-seams/seams.ts';
import { buildLogFile } from '../helpers/dist.ts';

describe('private seams', () => {
	const log = readFileSync(buildLogFile, 'utf8');

	it.each(Object.keys(privateSeams))('%s ran in the build', (name) => {
		expect(log).toMatch(new RegExp(`private seam ${name}: \\S`));
	});

	it('reported no package that changed shape', () => {
		expect(log).not.toMatch(/changed shape/);
	});
});
