/** Typed UI dictionaries and the lookup pages use. */
import { en, type UiKey } from './en.ts';
import { zhCN } from './zh-cn.ts';

export const locales = {
	en: { label: 'English', lang: 'en', prefix: '' },
	'zh-cn': { label: '简体中文', lang: 'zh-CN', prefix: 'zh-cn' },
} as const;

export type Locale = keyof typeof locales;
export const localeKeys = Object.keys(locales) as Locale[];

export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCN };

/** `t('content.count', { count: 3 })` → "3 entries". */
export function useTranslations(locale: Locale) {
	const dictionary = dictionaries[locale];
	return (key: UiKey, values?: Record<string, string | number>) => {
		const text = dictionary[key];
		return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match)) : text;
	};
}

export type { UiKey };
