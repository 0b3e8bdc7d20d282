import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocalizedPagePath, pagePathOfContentFile, relativeHref } from './page-links.ts';

const content = join('/site', 'content');

describe('pagePathOfContentFile', () => {
	it('maps an English entry to its page', () => {
		expect(pagePathOfContentFile(content, join(content, 'models', 'bark.md'))).toBe('/models/bark/');
		expect(pagePathOfContentFile(content, join(content, 'tutorials', 'choose-an-open-model.mdx'))).toBe('/tutorials/choose-an-open-model/');
		expect(pagePathOfContentFile(content, join(content, 'docs', 'about.md'))).toBe('/about/');
		expect(pagePathOfContentFile(content, join(content, 'docs', 'index.mdx'))).toBe('/');
	});

	it('gives no page for translations, templates and files outside content/', () => {
		expect(pagePathOfContentFile(content, join(content, 'models', 'zh-cn', 'bark.md'))).toBeUndefined();
		expect(pagePathOfContentFile(content, join(content, 'models', '_template.md'))).toBeUndefined();
		expect(pagePathOfContentFile(content, join('/site', 'src', 'x.md'))).toBeUndefined();
		expect(pagePathOfContentFile(content, join(content, 'data', 'licenses.yaml'))).toBeUndefined();
	});
});

describe('isLocalizedPagePath', () => {
	it('tells pages from files and Chinese pages', () => {
		expect(isLocalizedPagePath('/models/')).toBe(true);
		expect(isLocalizedPagePath('/compare/')).toBe(true);
		expect(isLocalizedPagePath('/')).toBe(true);
		expect(isLocalizedPagePath('/events.ics')).toBe(false);
		expect(isLocalizedPagePath('/api/models.json')).toBe(false);
		expect(isLocalizedPagePath('/zh-cn/models/')).toBe(false);
		expect(isLocalizedPagePath('/zh-cn')).toBe(false);
	});
});

describe('relativeHref', () => {
	it('resolves to the same target from the English page and to the Chinese one from its twin', () => {
		const cases: [string, string][] = [
			['/models/bark/', '/tutorials/x/'],
			['/models/bark/', '/models/'],
			['/models/bark/', '/'],
			['/', '/models/qwen3-8b/'],
			['/about/', '/compare/?models=a,b#top'],
			['/models/bark/', '/models/bark/#usage'],
		];
		for (const [from, target] of cases) {
			const href = relativeHref(from, target);
			expect(href.startsWith('/')).toBe(false);
			expect(new URL(href, `https://example.org/home${from}`).href).toBe(`https://example.org/home${target}`);
			expect(new URL(href, `https://example.org/home/zh-cn${from}`).href).toBe(`https://example.org/home/zh-cn${target}`);
		}
	});
});
