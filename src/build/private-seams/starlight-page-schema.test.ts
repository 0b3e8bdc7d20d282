import { describe, expect, it } from 'vitest';
import { memoizeStarlightPageSchema } from './starlight-page-schema.ts';

describe('memoizeStarlightPageSchema', () => {
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
