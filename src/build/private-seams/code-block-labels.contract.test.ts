/**
 * Contract of the code-block-labels seam with the installed packages: Astro's Sätteri processor
 * keeps its hast plugins in `options.hastPlugins`, and astro-expressive-code appends its plugin to
 * that same list (so a plugin appended later runs after it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { satteriHastPlugins } from './code-block-labels.ts';
import { projectRoot } from './seams.ts';

describe('contract: code-block-labels and the installed Sätteri processor and Expressive Code', () => {
	it('finds the plugin list of a configured Sätteri processor', () => {
		const plugin = () => undefined;
		expect(satteriHastPlugins(satteri({ hastPlugins: [plugin] }))).toEqual([plugin]);
		expect(satteriHastPlugins({ name: 'unified', options: {} })).toBeUndefined();
	});

	it('sees Expressive Code append its own plugin to that list', () => {
		// If this fails after an upgrade, check how astro-expressive-code registers with Sätteri now.
		const source = readFileSync(join(projectRoot, 'node_modules/astro-expressive-code/dist/index.js'), 'utf8');
		expect(source).toContain('markdownProcessor.options.hastPlugins.push(');
		expect(source).toMatch(/candidate\.name === "satteri" && Array\.isArray\(candidate\.options\?\.hastPlugins\)/);
	});
});
