import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from './validation/front-matter.ts';
import {
	canonicalLanguage,
	formatDate,
	formatNumber,
	gapBefore,
	humanizeCount,
	languageName,
	languageNames,
	sentenceGap,
	nameOpeningClause,
	withAside,
} from './format.ts';

describe('humanizeCount', () => {
	it.each([
		[1_550_000_000, 'en', '1.55B'],
		[7_000_000_000, 'en', '7B'],
		[8_030_000_000, 'en', '8.03B'],
		[110_000_000, 'en', '110M'],
		[46_000_000, 'en', '46M'],
		[3_157_200, 'en', '3.16M'],
		[405_000_000_000, 'en', '405B'],
		[999, 'en', '999'],
		[7_000_000_000, 'zh-cn', '70亿'],
		[110_000_000, 'zh-cn', '1.1亿'],
		[46_000_000, 'zh-cn', '4600万'],
		[1_000_000_000_000, 'en', '1T'],
		[1_000_000_000_000, 'zh-cn', '1万亿'],
		[671_000_000_000, 'zh-cn', '6710亿'],
	])('%d in %s → %s', (value, locale, expected) => {
		expect(humanizeCount(value, locale)).toBe(expected);
	});

	it('formats dates per locale without shifting the day', () => {
		const date = new Date('2023-11-06');
		expect(formatDate(date, 'en')).toBe('6 November 2023');
		expect(formatDate(date, 'zh-cn')).toBe('2023年11月6日');
	});
});

describe('canonicalLanguage', () => {
	it('writes a language as CLDR does: two letters where they exist, the macrolanguage where CLDR merges', () => {
		expect(canonicalLanguage('eng')).toBe('en');
		expect(canonicalLanguage('cmn')).toBe('zh');
		expect(canonicalLanguage('zsm')).toBe('ms');
		expect(canonicalLanguage('yue')).toBe('yue');
		expect(canonicalLanguage('mul')).toBe('mul');
		expect(canonicalLanguage('not a code')).toBe('not a code');
	});
});

describe('languageName', () => {
	it('names a language in the reader’s language', () => {
		expect(languageName('zh', 'en')).toBe('Chinese');
		expect(languageName('zh', 'zh-cn')).toBe('中文');
		expect(languageName('yue', 'en')).toBe('Cantonese');
	});

	it('names the languages CLDR leaves unnamed from the supplement, and shows an unknown code as written', () => {
		expect(languageName('pbt', 'en')).toBe('Southern Pashto');
		expect(languageName('ary', 'zh-cn')).toBe('摩洛哥阿拉伯语');
		expect(languageName('qaa', 'en')).toBe('qaa');
		expect(languageName('not a code', 'zh-cn')).toBe('not a code');
	});

	it('names every language a card or event lists, in both languages', () => {
		const codes = new Set<string>();
		for (const folder of ['models', 'events'].map((name) => fileURLToPath(new URL(`../../content/${name}/`, import.meta.url)))) {
			for (const file of readdirSync(folder).filter((name) => name.endsWith('.md') && !name.startsWith('_'))) {
				const data = parseContentFile(readFileSync(join(folder, file), 'utf8')).data as { language?: string | string[] };
				for (const code of ([] as string[]).concat(data.language ?? [])) codes.add(code);
			}
		}
		expect(codes.size).toBeGreaterThan(10);
		const unnamed = [...codes].filter((code) => languageName(code, 'en') === code || languageName(code, 'zh-cn') === code);
		expect(unnamed).toEqual([]);
	});
});

describe('languageNames', () => {
	it("lists languages with each locale's separator", () => {
		expect(languageNames(['en', 'zh'], 'en')).toBe('English, Chinese');
		expect(languageNames(['en', 'zh'], 'zh-cn')).toBe('英语、中文');
		expect(languageNames([], 'en')).toBe('');
	});
});

describe('formatNumber', () => {
	it('groups digits and rounds decimals as the reader’s language writes numbers', () => {
		expect(formatNumber(131072, 'en')).toBe('131,072');
		expect(formatNumber(131072, 'zh-cn')).toBe('131,072');
		expect(formatNumber(2.345, 'en', 1)).toBe('2.3');
		expect(formatNumber(0.5, 'zh-cn')).toBe('0.5');
	});
});

describe('sentenceGap', () => {
	it('separates sentences with a space in English and nothing in Chinese', () => {
		expect(`One.${sentenceGap('en')}Two.`).toBe('One. Two.');
		expect(`一。${sentenceGap('zh-cn')}二。`).toBe('一。二。');
	});
});

describe('gapBefore and nameOpeningClause', () => {
	it('always space in English', () => {
		expect(gapBefore('修改版', 'en')).toBe(' ');
		expect(nameOpeningClause('MIT', 'en')).toBe('MIT');
	});

	it('space Chinese text only where it meets a Latin letter or a digit', () => {
		expect(gapBefore('修改版 MIT 许可证', 'zh-cn')).toBe('');
		expect(gapBefore('Apache 许可证 2.0', 'zh-cn')).toBe(' ');
		expect(nameOpeningClause('知识共享署名 4.0', 'zh-cn')).toBe('知识共享署名 4.0 ');
		expect(nameOpeningClause('CC-BY-NC-4.0', 'zh-cn')).toBe('CC-BY-NC-4.0 ');
		expect(nameOpeningClause('修改版 MIT 许可证（Kimi K2）', 'zh-cn')).toBe('修改版 MIT 许可证（Kimi K2）');
	});
});

describe('withAside', () => {
	it('opens brackets after a plain name, in the locale’s style', () => {
		expect(withAside('Swahili', 'sw', 'en')).toBe('Swahili (sw)');
		expect(withAside('斯瓦希里语', 'sw', 'zh-cn')).toBe('斯瓦希里语（sw）');
	});

	it('joins a name’s own brackets instead of opening a second pair', () => {
		expect(withAside('Serbian (Latin)', 'sr-Latn', 'en')).toBe('Serbian (Latin, sr-Latn)');
		expect(withAside('塞尔维亚语（拉丁文）', 'sr-Latn', 'zh-cn')).toBe('塞尔维亚语（拉丁文，sr-Latn）');
	});
});
