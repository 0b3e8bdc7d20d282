/**
 * Names of the languages cards list that the runtime's CLDR data does not name (ICU returns the
 * code), so filters and facts never show a bare code. English names are ISO 639-3's reference
 * names (SIL, the registration authority); Chinese names follow the same.
 */
export const supplementaryLanguageNames: Record<string, { en: string; 'zh-cn': string }> = {
	acm: { en: 'Mesopotamian Arabic', 'zh-cn': '美索不达米亚阿拉伯语' },
	acq: { en: 'Ta’izzi-Adeni Arabic', 'zh-cn': '塔伊兹-亚丁阿拉伯语' },
	aeb: { en: 'Tunisian Arabic', 'zh-cn': '突尼斯阿拉伯语' },
	apc: { en: 'Levantine Arabic', 'zh-cn': '黎凡特阿拉伯语' },
	arz: { en: 'Egyptian Arabic', 'zh-cn': '埃及阿拉伯语' },
	ary: { en: 'Moroccan Arabic', 'zh-cn': '摩洛哥阿拉伯语' },
	bjn: { en: 'Banjar', 'zh-cn': '班查尔语' },
	fuv: { en: 'Nigerian Fulfulde', 'zh-cn': '尼日利亚富拉语' },
	hne: { en: 'Chhattisgarhi', 'zh-cn': '恰蒂斯加尔语' },
	pbt: { en: 'Southern Pashto', 'zh-cn': '南普什图语' },
	zlm: { en: 'Malay (individual language)', 'zh-cn': '马来语（个体语言）' },
};
