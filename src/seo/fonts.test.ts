import { describe, expect, it } from 'vitest';
import { dictionaries, localeKeys } from '../i18n/index.ts';
import { fontsFor, fontSubsets, parseUnicodeRange, PRIMARY_FAMILY, subsetsFor } from './fonts.ts';

describe('parseUnicodeRange', () => {
	it('reads single code points and ranges', () => {
		expect(parseUnicodeRange('U+0000-00ff, U+0131,U+4e00-9fff')).toEqual([
			[0, 0xff],
			[0x131, 0x131],
			[0x4e00, 0x9fff],
		]);
	});
});

describe('subsetsFor', () => {
	const subsets = [
		{ name: 'latin', ranges: parseUnicodeRange('U+0000-00ff') },
		{ name: '[1]', ranges: parseUnicodeRange('U+4e00-4fff') },
		{ name: '[2]', ranges: parseUnicodeRange('U+5000-5fff') },
	];
	it('picks the subsets a text needs, in package order, and reports what none covers', () => {
		expect(subsetsFor('一 A', subsets)).toEqual({ used: [subsets[0], subsets[1]], missing: [] });
		expect(subsetsFor('中😀', subsets)).toEqual({ used: [subsets[1]], missing: ['😀'] });
	});
});

describe('Noto Sans SC from @fontsource', () => {
	it('lists Latin first and ~100 Chinese subsets', () => {
		const subsets = fontSubsets();
		expect(subsets[0]!.name).toBe('latin');
		expect(subsets.length).toBeGreaterThan(90);
	});

	it('covers every UI string in both locales', () => {
		for (const locale of localeKeys) {
			const text = Object.values(dictionaries[locale]).join('');
			expect(subsetsFor(text, fontSubsets()).missing, locale).toEqual([]);
		}
	});

	it('loads only the subsets a text needs, Latin always, each buffer once', () => {
		const first = fontsFor({ 400: 'OpenAI', 700: '语音识别' });
		expect(first.missing).toEqual([]);
		expect(first.fonts.filter((font) => font.weight === 400).map((font) => font.name)).toEqual([PRIMARY_FAMILY]);
		const bold = first.fonts.filter((font) => font.weight === 700);
		expect(bold[0]!.name).toBe(PRIMARY_FAMILY);
		expect(bold.length).toBeGreaterThan(1);
		expect(bold.length).toBeLessThan(6);
		const again = fontsFor({ 400: 'OpenAI', 700: '语音识别' });
		expect(again.fonts.map((font) => font.data)).toEqual(first.fonts.map((font) => font.data));
		expect(again.fonts[0]!.data).toBe(first.fonts[0]!.data);
	});
});
