import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STARLIGHT_PAGE_MODULE, memoizeStarlightPageSchema } from './starlight-page-schema.ts';

// Starlight's `exports` hide its files from `require.resolve`; the project's own copy is the one the build uses.
const installedModule = fileURLToPath(new URL('../../node_modules/@astrojs/starlight/dist/utils/starlight-page.js', import.meta.url));

describe('memoizeStarlightPageSchema', () => {
	it('matches the installed Starlight’s page module', () => {
		expect(STARLIGHT_PAGE_MODULE.test(installedModule)).toBe(true);
		const memoized = memoizeStarlightPageSchema(readFileSync(installedModule, 'utf8'));
		// If this fails after a Starlight upgrade, update the anchor (or drop the transform if
		// Starlight now builds the schema once itself).
		expect(memoized).toBeDefined();
	});

	it('builds the schema once however often pages ask for it', async () => {
		const source = [
			'let builds = 0;',
			'const StarlightPageFrontmatterSchema = async (context) => {',
			'\tbuilds++;',
			'\treturn { schema: context.name };',
			'};',
			'export async function pageSchema(context) { return StarlightPageFrontmatterSchema(context); }',
			'export const buildCount = () => builds;',
		].join('\n');
		const memoized = memoizeStarlightPageSchema(source)!;
		const module = await import(`data:text/javascript,${encodeURIComponent(memoized)}`);
		const first = await module.pageSchema({ name: 'docs' });
		const second = await module.pageSchema({ name: 'docs' });
		expect(first).toEqual({ schema: 'docs' });
		expect(second).toBe(first);
		expect(module.buildCount()).toBe(1);
	});

	it('leaves a module of another shape alone', () => {
		expect(memoizeStarlightPageSchema('export const x = 1;')).toBeUndefined();
		const twice = 'const StarlightPageFrontmatterSchema = async (context) => {};\n'.repeat(2);
		expect(memoizeStarlightPageSchema(twice)).toBeUndefined();
	});
});
