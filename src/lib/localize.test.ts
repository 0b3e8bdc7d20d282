import { describe, expect, it } from 'vitest';
import { contentLocale, localizeEntries } from './localize.ts';

const base = [
	{ id: 'a', data: { title: 'Alpha', description: 'English A', license: 'mit' } },
	{ id: 'b', data: { title: 'Beta', description: 'English B', license: 'apache-2.0' } },
];
const translations = [{ id: 'a', data: { title: '阿尔法', description: '中文 A' } }];

describe('localizeEntries', () => {
	it('lays translated words over English facts and marks fallbacks', () => {
		const [a, b] = localizeEntries(base, translations, 'zh-cn');
		expect(a).toMatchObject({ id: 'a', isFallback: false, data: { title: '阿尔法', description: '中文 A', license: 'mit' } });
		expect(a!.source).toBe(translations[0]);
		expect(b).toMatchObject({ id: 'b', isFallback: true, data: { title: 'Beta', license: 'apache-2.0' } });
		expect(b!.source).toBe(base[1]);
	});

	it('never uses translations for English', () => {
		const result = localizeEntries(base, translations, 'en');
		expect(result.map((entry) => [entry.data.title, entry.isFallback])).toEqual([
			['Alpha', false],
			['Beta', false],
		]);
	});
});

describe('contentLocale', () => {
	it('is the page locale for a translated or English entry, English for a fallback', () => {
		expect(contentLocale({ isFallback: false }, 'zh-cn')).toBe('zh-cn');
		expect(contentLocale({ isFallback: true }, 'zh-cn')).toBe('en');
		expect(contentLocale({ isFallback: false }, 'en')).toBe('en');
	});
});
