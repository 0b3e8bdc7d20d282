/**
 * Locale fallback: a translation carries only words, the English entry carries the facts.
 * Merging them here means a fact is written once and every page sees the same result.
 */

export interface LocalizedEntry<Data, Source> {
	id: string;
	/** Facts from the English entry with the translated fields laid over them. */
	data: Data;
	/** The entry whose body is rendered: the translation when there is one. */
	source: Source;
	/** True when no translation exists and English is shown in a non-English locale. */
	isFallback: boolean;
}

/** The language an entry is shown in: its locale, or English for a fallback. */
export function contentLocale<Locale extends string>(entry: { isFallback: boolean }, locale: Locale): Locale | 'en' {
	return entry.isFallback ? 'en' : locale;
}

export function localizeEntries<Data extends object, Source extends { id: string; data: object }>(
	base: readonly (Source & { data: Data })[],
	translations: readonly Source[],
	locale: string,
): LocalizedEntry<Data, Source>[] {
	const byId = new Map(translations.map((translation) => [translation.id, translation]));
	return base.map((entry) => {
		const translation = locale === 'en' ? undefined : byId.get(entry.id);
		return {
			id: entry.id,
			data: translation ? ({ ...entry.data, ...translation.data } as Data) : entry.data,
			source: translation ?? entry,
			isFallback: locale !== 'en' && !translation,
		};
	});
}
