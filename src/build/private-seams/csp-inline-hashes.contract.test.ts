/**
 * Contract of the csp-inline-hashes seam with the installed @astrojs/starlight: its components
 * are shipped as `.astro` source files, and the ones every page uses carry `is:inline` scripts
 * that can be hashed from those files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, inlineScriptsOfComponent, NEVER_SHIPPED, starlightFolder } from './csp-inline-hashes.ts';
import { projectRoot } from './seams.ts';

const folder = starlightFolder(projectRoot);
const component = (name: string) => join(folder, 'dist', 'components', name);

describe('contract: csp-inline-hashes and the installed Starlight', () => {
	it('finds the inline scripts of the components every page ships in their source files', () => {
		// The theme bootstrap, the theme picker and the search dialog's opener.
		for (const name of ['ThemeProvider.astro', 'ThemeSelect.astro', 'Search.astro']) {
			expect(existsSync(component(name)), name).toBe(true);
			expect(inlineScriptsOfComponent(readFileSync(component(name), 'utf8')).length, name).toBeGreaterThan(0);
		}
		expect(inlineScriptHashes([folder], NEVER_SHIPPED).length).toBeGreaterThanOrEqual(3);
	});

	it('still has the components it leaves out, so leaving them out still means something', () => {
		for (const name of NEVER_SHIPPED) expect(existsSync(component(name)), name).toBe(true);
	});
});
