/** Formatting of facts for display, per locale. Pure. */
import { supplementaryLanguageNames } from '../i18n/language-names.ts';

/** 7_000_000_000 → "7B" (en) or "70亿" (zh-cn); 1e12 → "1T" or "1万亿". */
export function humanizeCount(value: number, locale: string): string {
	if (locale.startsWith('zh')) {
		if (value >= 1e12) return `${trim(value / 1e12)}万亿`;
		if (value >= 1e8) return `${trim(value / 1e8)}亿`;
		if (value >= 1e4) return `${trim(value / 1e4)}万`;
		return String(value);
	}
	if (value >= 1e12) return `${trim(value / 1e12)}T`;
	if (value >= 1e9) return `${trim(value / 1e9)}B`;
	if (value >= 1e6) return `${trim(value / 1e6)}M`;
	if (value >= 1e3) return `${trim(value / 1e3)}K`;
	return String(value);
}

function trim(value: number): string {
	const rounded = value >= 100 ? Math.round(value) : value >= 10 ? Math.round(value * 10) / 10 : Math.round(value * 100) / 100;
	return String(rounded);
}

/** A calendar date in the reader's language, e.g. "6 November 2023" / "2023年11月6日". */
// Creating an Intl.DateTimeFormat costs about 0.4 ms; a build formats dates on thousands of pages.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date, locale: string): string {
	const tag = locale === 'zh-cn' ? 'zh-CN' : 'en-GB';
	let format = dateFormats.get(tag);
	if (!format) dateFormats.set(tag, (format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })));
	return format.format(date);
}

/** ISO date (YYYY-MM-DD) for machine-readable attributes. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The language a code names, as CLDR's aliases write it: an ISO 639-3 code with a two-letter
 * equivalent becomes that (`eng` → `en`), and an individual language of a macrolanguage that
 * CLDR merges becomes the macrolanguage (`cmn` → `zh`, `arb` → `ar`). Cards keep the codes their
 * source gives; the catalog groups by this, so one filter finds every card in a language.
 */
export function canonicalLanguage(code: string): string {
	try {
		return Intl.getCanonicalLocales(code)[0] ?? code;
	} catch {
		return code;
	}
}

// Like a date format, a DisplayNames costs far more to create than to use: the names are kept.
const languageNames_ = new Map<string, string>();

/**
 * A language code as readers say it, in their language ("zh" → "Chinese" / "中文"): from CLDR, or
 * for codes CLDR does not name, from src/i18n/language-names.ts; the code itself as a last resort.
 */
export function languageName(code: string, locale: string): string {
	const key = `${locale}\0${code}`;
	let name = languageNames_.get(key);
	if (name !== undefined) return name;
	try {
		name = new Intl.DisplayNames([locale === 'zh-cn' ? 'zh-CN' : 'en'], { type: 'language', fallback: 'none' }).of(code);
	} catch {
		// Not a well-formed code: shown as written.
	}
	name ??= supplementaryLanguageNames[code.toLowerCase()]?.[locale === 'zh-cn' ? 'zh-cn' : 'en'] ?? code;
	languageNames_.set(key, name);
	return name;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the reader's language ("32,768"), with at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 3): string {
	const tag = locale === 'zh-cn' ? 'zh-CN' : 'en';
	const key = `${tag}\0${maximumFractionDigits}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag, { maximumFractionDigits })));
	return format.format(value);
}

/** What separates the items of an inline list in the locale: ", " in English, "、" in Chinese. */
export function listSeparator(locale: string): string {
	return locale === 'zh-cn' ? '、' : ', ';
}

/** What separates two sentences in the locale: a space in English, nothing in Chinese. */
export function sentenceGap(locale: string): string {
	return locale === 'zh-cn' ? '' : ' ';
}

/** Letters and digits that Chinese text sets off with a space (Latin script, numbers). */
const SPACED_IN_CHINESE = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * The space before a word or name set into running text: always one in English; in Chinese only
 * before a Latin word or a number ("依据 MIT 许可证", but "依据修改版 MIT 许可证").
 */
export function gapBefore(text: string, locale: string): string {
	if (locale !== 'zh-cn') return ' ';
	return SPACED_IN_CHINESE.test(text.charAt(0)) ? ' ' : '';
}

/**
 * A name that opens a clause, before the clause's own words: in Chinese followed by a space only
 * when it ends in a Latin letter or digit ("CC-BY-NC-4.0 不是…", "修改版 MIT 许可证（Kimi K2）不是…").
 */
export function nameOpeningClause(text: string, locale: string): string {
	return locale === 'zh-cn' && SPACED_IN_CHINESE.test(text.charAt(text.length - 1)) ? `${text} ` : text;
}

/**
 * A name with an aside in brackets ("Swahili (sw)"): when the name already ends in brackets
 * ("Serbian (Latin)"), the aside joins them instead of opening a second pair.
 */
export function withAside(text: string, aside: string, locale: string): string {
	const zh = locale === 'zh-cn';
	const close = text.at(-1);
	if (close === ')' || close === '）') return `${text.slice(0, -1)}${zh ? '，' : ', '}${aside}${close}`;
	return zh ? `${text}（${aside}）` : `${text} (${aside})`;
}

/** Language codes as a list readers say, in their language ("English, Chinese" / "英语、中文"). */
export function languageNames(codes: readonly string[], locale: string): string {
	return codes.map((code) => languageName(code, locale)).join(listSeparator(locale));
}
