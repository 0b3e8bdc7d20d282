import { describe, expect, it } from 'vitest';
import { appShellPatterns, contentVersion, pagefindCoreFiles, planSections, precacheUrl, splitSections, type BuiltFile } from './build.ts';
import type { PagefindEntry } from '../private-seams/pagefind-output.ts';

const file = (url: string, bytes = 100, hash = url): BuiltFile => ({ url, bytes, hash });
const entry: PagefindEntry = { languages: { en: { hash: 'en_1', wasm: 'en' }, 'zh-cn': { hash: 'zh-cn_2', wasm: null } } };
const pagefindFiles = [
	file('/home/pagefind/pagefind.js'),
	file('/home/pagefind/pagefind-worker.js'),
	file('/home/pagefind/pagefind-entry.json'),
	file('/home/pagefind/pagefind-ui.js'),
	file('/home/pagefind/pagefind.en_1.pf_meta'),
	file('/home/pagefind/pagefind.zh-cn_2.pf_meta'),
	file('/home/pagefind/wasm.en.pagefind'),
	file('/home/pagefind/wasm.unknown.pagefind'),
	file('/home/pagefind/index/en_a.pf_index'),
	file('/home/pagefind/index/zh-cn_b.pf_index'),
	file('/home/pagefind/filter/en_c.pf_filter'),
	file('/home/pagefind/filter/zh-cn_d.pf_filter'),
	file('/home/pagefind/orders/en_1/name.json'),
	file('/home/pagefind/orders/zh-cn_2/name.json'),
	file('/home/pagefind/orders/zh-cn_2/released.json'),
	file('/home/pagefind/fragment/en_m1.pf_fragment'),
	file('/home/pagefind/fragment/en_t1.pf_fragment'),
	file('/home/pagefind/fragment/en_h.pf_fragment'),
	file('/home/pagefind/fragment/zh-cn_m1.pf_fragment'),
];
const pages = ['/home/', '/home/about/', '/home/models/', '/home/models/m1/', '/home/tutorials/t1/', '/home/zh-cn/', '/home/zh-cn/models/m1/'].map((url) =>
	file(url, 1000),
);
const fragmentPages = new Map([
	['/home/pagefind/fragment/en_m1.pf_fragment', '/home/models/m1/'],
	['/home/pagefind/fragment/en_t1.pf_fragment', '/home/tutorials/t1/'],
	['/home/pagefind/fragment/en_h.pf_fragment', '/home/'],
	['/home/pagefind/fragment/zh-cn_m1.pf_fragment', '/home/zh-cn/models/m1/'],
]);

describe('offline build planning', () => {
	it('picks the Pagefind files one language needs', () => {
		const urls = pagefindCoreFiles('/home/', 'zh-cn', entry, pagefindFiles).map((f) => f.url);
		expect(urls.sort()).toEqual(
			[
				'/home/pagefind/pagefind.js',
				'/home/pagefind/pagefind-worker.js',
				'/home/pagefind/pagefind-entry.json',
				'/home/pagefind/pagefind.zh-cn_2.pf_meta',
				'/home/pagefind/wasm.unknown.pagefind',
				'/home/pagefind/index/zh-cn_b.pf_index',
				'/home/pagefind/filter/zh-cn_d.pf_filter',
				'/home/pagefind/orders/zh-cn_2/name.json',
				'/home/pagefind/orders/zh-cn_2/released.json',
			].sort(),
		);
	});

	it('plans each section with its pages and only their fragments', () => {
		const plan = planSections({ base: '/home', pages, pagefindFiles, entry, fragmentPages });
		const models = plan.locales.en!.models!;
		expect(models.pages).toEqual(['/home/models/', '/home/models/m1/']);
		expect(models.files).toContain('/home/pagefind/fragment/en_m1.pf_fragment');
		expect(models.files).not.toContain('/home/pagefind/fragment/en_t1.pf_fragment');
		expect(models.files).not.toContain('/home/pagefind/index/zh-cn_b.pf_index');
		expect(models.files).not.toContain('/home/pagefind/pagefind-ui.js');
		expect(models.bytes).toBe(2 * 1000 + models.files.length * 100);
		expect(plan.locales.en!.tutorials!.pages).toEqual(['/home/tutorials/t1/']);
		expect(plan.locales.en!.events).toBeUndefined();
		expect(plan.locales.en!.all!.pages).toHaveLength(5);
		expect(plan.locales['zh-cn']!.all!.pages).toEqual(['/home/zh-cn/', '/home/zh-cn/models/m1/']);
		expect(plan.locales['zh-cn']!.all!.files).toContain('/home/pagefind/fragment/zh-cn_m1.pf_fragment');
		expect(plan.base).toBe('/home/');
	});

	it('saves the compare page and the model records it reads with the models', () => {
		const modelRecords = [file('/home/api/models/m1.json')];
		const withCompare = [...pages, file('/home/compare/', 1000), file('/home/zh-cn/compare/', 1000)];
		const plan = planSections({ base: '/home', pages: withCompare, pagefindFiles, entry, fragmentPages, modelRecords });
		expect(plan.locales.en!.models!.pages).toContain('/home/compare/');
		expect(plan.locales['zh-cn']!.models!.pages).toEqual(['/home/zh-cn/compare/', '/home/zh-cn/models/m1/']);
		for (const locale of ['en', 'zh-cn'] as const) {
			expect(plan.locales[locale]!.models!.files).toContain('/home/api/models/m1.json');
			expect(plan.locales[locale]!.all!.files).toContain('/home/api/models/m1.json');
		}
		expect(plan.locales.en!.tutorials!.files).not.toContain('/home/api/models/m1.json');
	});

	it('falls back to the whole Pagefind folder for a language Pagefind does not name', () => {
		const plan = planSections({ base: '/home', pages, pagefindFiles, entry: { languages: {} }, fragmentPages });
		expect(plan.locales.en!.models!.files).toContain('/home/pagefind/fragment/zh-cn_m1.pf_fragment');
		expect(plan.locales.en!.models!.files).not.toContain('/home/pagefind/pagefind-ui.js');
	});

	it('keeps the URL lists out of the index every control loads, one versioned file per plan', () => {
		const plan = planSections({ base: '/home', pages, pagefindFiles, entry, fragmentPages });
		const { index, files } = splitSections(plan);
		const models = plan.locales.en!.models!;
		const summary = index.locales.en!.models!;
		expect(summary).toEqual({ pages: 2, bytes: models.bytes, version: models.version, url: `/home/offline/plans/en/models.${models.version}.json` });
		expect(files.get(`offline/plans/en/models.${models.version}.json`)).toBe(models);
		expect(files.size).toBe(Object.values(plan.locales).reduce((sum, targets) => sum + Object.keys(targets).length, 0));
		expect(JSON.stringify(index)).not.toContain('/home/models/m1/');
	});

	it('versions a plan by content', () => {
		expect(contentVersion([file('/a', 1, 'x')])).toBe(contentVersion([file('/a', 1, 'x')]));
		expect(contentVersion([file('/a', 1, 'x')])).not.toBe(contentVersion([file('/a', 1, 'y')]));
	});

	it('maps built files to precache URLs and keeps the shell free of content pages', () => {
		expect(precacheUrl('/home', 'index.html')).toBe('/home/');
		expect(precacheUrl('/home/', 'zh-cn/offline/index.html')).toBe('/home/zh-cn/offline/');
		expect(precacheUrl('/home/', '_astro/a.js')).toBe('/home/_astro/a.js');
		const patterns = appShellPatterns();
		expect(patterns).toContain('zh-cn/offline/index.html');
		expect(patterns.some((pattern) => /models|tutorials|pagefind|\*\*\/\*\.html/.test(pattern))).toBe(false);
	});
});
