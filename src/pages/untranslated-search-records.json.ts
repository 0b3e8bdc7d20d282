/**
 * The search records of the untranslated pages (src/lib/search/fallback-records.ts says why they
 * are indexed from data): a file the post-build steps read, hand to Pagefind and remove from the
 * site (src/integrations/finish-site.ts). Built from the same localized entries and index data
 * as the pages, by a route rather than by the pages themselves: pages render on worker threads,
 * and what they collected on the side would stay there.
 */
import type { APIRoute } from 'astro';
import { locales, useTranslations, type UiKey } from '../i18n/index.ts';
import { modalityName, organizationName, taskName } from '../schemas/vocabularies.ts';
import { modelIndexData } from '../lib/catalog/index-data.ts';
import { getLocalized, localeParams } from '../lib/content/load.ts';
import { href } from '../lib/href.ts';
import { fallbackSearchRecord, type SearchRecord } from '../lib/search/fallback-records.ts';
import { collectionSpecs, type CollectionName } from '../schemas/collections.ts';

export const GET: APIRoute = async () => {
	const records: SearchRecord[] = [];
	for (const {
		props: { locale },
	} of localeParams()) {
		const t = useTranslations(locale);
		for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
			for (const entry of await getLocalized(name, locale)) {
				if (!entry.isFallback) continue;
				// Found by its title and, for a model card, by its facts' names in the reader's language.
				const card = name === 'models' ? (entry.data as Parameters<typeof modelIndexData>[0]) : undefined;
				const index = card ? modelIndexData(card, locale, { inEnglish: true }) : { filters: {}, meta: {} };
				const keywords = card
					? [
							taskName(card.pipeline_tag, locale),
							modalityName(card.modality, locale),
							organizationName(card.organization, locale),
							t('catalog.facet.commercial'),
							t(`catalog.commercial.${index.filters.commercial?.[0] ?? 'unknown'}` as UiKey),
						]
					: [];
				const pathname = href(locale, `/${collectionSpecs[name].route}/${entry.id}/`);
				records.push(fallbackSearchRecord({ pathname, base: import.meta.env.BASE_URL, lang: locales[locale].lang, title: entry.data.title, keywords, index }));
			}
		}
	}
	records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
