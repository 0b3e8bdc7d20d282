/** The source of a model card's fact, as pages and the API show it. Pure. */
import { isFactSource, type SourceEntry, type SourcedField } from '../schemas/sources.ts';

export interface ShownSource {
	url: string;
	/** The host a reader will land on, e.g. "huggingface.co". */
	host: string;
	quote?: string;
}

/** Where a source is shown: its URL, host and the words it states the fact in. */
export function sourceOf(entry: { url: string; quote?: string }): ShownSource {
	return { url: entry.url, host: new URL(entry.url).hostname.replace(/^www\./, ''), quote: entry.quote };
}

export function shownSource(sources: Partial<Record<SourcedField, SourceEntry>>, field: SourcedField): ShownSource | undefined {
	const entry = sources[field];
	return isFactSource(entry) ? sourceOf(entry) : undefined;
}

/** Chinese, Japanese and Korean scripts: a quote in them is not English. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The `lang` to mark a quoted source with on a page in `locale`: sources are the model's own
 * pages, written in English unless they use a CJK script, so a quote on a Chinese page is marked
 * English when it has no CJK characters (screen readers then switch voice). Undefined when the
 * page's language already fits.
 */
export function quoteLang(quote: string, locale: string): string | undefined {
	if (CJK.test(quote)) return undefined;
	return locale === 'en' ? undefined : 'en';
}
