import { describe, expect, it } from 'vitest';
import { fallbackSearchRecord, globExcluding, type ListFolder } from './fallback-records.ts';

const index = { filters: { task: ['text-to-speech'], license: ['mit'] }, meta: { sort_name: 'bark', organization: 'Suno' } };

describe('fallbackSearchRecord', () => {
	it('makes a record of the page: its URL without the base, its title and keywords as text, the card metadata', () => {
		const record = fallbackSearchRecord({
			pathname: '/home/zh-cn/models/bark/',
			base: '/home',
			lang: 'zh-CN',
			title: 'Bark',
			keywords: ['语音合成', '音频', ''],
			index,
		});
		expect(record).toEqual({
			url: '/zh-cn/models/bark/',
			language: 'zh-cn',
			content: 'Bark. 语音合成. 音频.',
			meta: { title: 'Bark', sort_name: 'bark', organization: 'Suno' },
			filters: index.filters,
		});
	});

	it('works at the root base path, and without keywords', () => {
		const record = fallbackSearchRecord({ pathname: '/zh-cn/tutorials/x/', base: '/', lang: 'zh-CN', title: 'Why?', index: { filters: {}, meta: {} } });
		expect(record).toMatchObject({ url: '/zh-cn/tutorials/x/', content: 'Why?', meta: { title: 'Why?' }, filters: {} });
	});

	it('refuses a page outside the base path', () => {
		expect(() => fallbackSearchRecord({ pathname: '/elsewhere/x/', base: '/home/', lang: 'zh-CN', title: 'X', index })).toThrow(/not under the base path/);
	});
});

/** A folder tree as nested objects: a string value is a file. */
function lister(tree: Record<string, unknown>): ListFolder {
	return (path) => {
		let node = tree;
		for (const part of path.split('/').filter(Boolean)) node = node[part] as Record<string, unknown>;
		return Object.entries(node).map(([name, value]) => ({ name, isDirectory: () => typeof value === 'object' }));
	};
}

const site = {
	'index.html': '',
	'404.html': '',
	'robots.txt': '',
	about: { 'index.html': '' },
	models: { bark: { 'index.html': '' }, 'index.html': '' },
	'zh-cn': {
		'index.html': '',
		about: { 'index.html': '' },
		models: { bark: { 'index.html': '' }, bert: { 'index.html': '' }, qwen: { 'index.html': '' }, page: { '2': { 'index.html': '' } }, 'index.html': '' },
	},
};

describe('globExcluding', () => {
	it('lists every HTML file but the excluded pages, taking untouched folders whole', () => {
		expect(globExcluding(['/zh-cn/models/bark/', '/zh-cn/models/qwen/'], lister(site))).toBe(
			'{index.html,404.html,about/**/*.html,models/**/*.html,zh-cn/index.html,zh-cn/about/**/*.html,zh-cn/models/bert/**/*.html,zh-cn/models/page/**/*.html,zh-cn/models/index.html}',
		);
	});

	it('leaves the default glob alone when nothing is excluded', () => {
		expect(globExcluding([], lister(site))).toBeUndefined();
	});

	it('refuses names it cannot write into a glob, and the site root', () => {
		expect(() => globExcluding(['/zh-cn/models/b{a}rk/'], lister(site))).toThrow(/glob syntax/);
		expect(() => globExcluding(['/zh-cn/models/bark/'], lister({ ...site, 'a,b': { 'index.html': '' } }))).toThrow(/"\/a,b".*glob syntax/);
		expect(() => globExcluding(['/'], lister(site))).toThrow(/site root/);
	});
});
