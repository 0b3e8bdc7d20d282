/**
 * Contract of the starlight-page-schema seam with the installed @astrojs/starlight: its compiled
 * page module is where the transform looks for it and builds the schema in the one function the
 * transform memoises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARLIGHT_PAGE_MODULE, memoizeStarlightPageSchema } from './starlight-page-schema.ts';
import { projectRoot } from './seams.ts';

// Starlight's `exports` hide its files from `require.resolve`; the project's own copy is the one the build uses.
const installedModule = join(projectRoot, 'node_modules', '@astrojs', 'starlight', 'dist', 'utils', 'starlight-page.js');

describe('contract: starlight-page-schema and the installed Starlight', () => {
	it('finds the page module and its schema factory, once', () => {
		expect(STARLIGHT_PAGE_MODULE.test(installedModule)).toBe(true);
		// If this fails after a Starlight upgrade, update the anchor (or drop the transform if
		// Starlight now builds the schema once itself).
		expect(memoizeStarlightPageSchema(readFileSync(installedModule, 'utf8'))).toBeDefined();
	});
});
