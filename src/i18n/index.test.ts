import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { dictionaries, useTranslations } from './index.ts';

describe('UI dictionaries', () => {
	it('have the same keys in every locale and no empty strings', () => {
		for (const [locale, dictionary] of Object.entries(dictionaries)) {
			expect(Object.keys(dictionary).sort(), locale).toEqual(Object.keys(en).sort());
			for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), `${locale} ${key}`).not.toBe('');
		}
	});

	it('keep placeholders consistent across locales', () => {
		for (const [key, value] of Object.entries(en)) {
			const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
			expect(placeholders(dictionaries['zh-cn'][key as keyof typeof en]), key).toEqual(placeholders(value));
		}
	});

	it('fills placeholders', () => {
		expect(useTranslations('en')('tutorial.minutes', { minutes: 30 })).toBe('30 min');
		expect(useTranslations('zh-cn')('tutorial.minutes', { minutes: 30 })).toBe('30 分钟');
	});
});
