/**
 * What the search index keeps about a model page besides its text: the facet filters, the sort
 * keys (orders.ts) and the metadata the catalog shows in its results. One function for both ways
 * a card reaches Pagefind: the hidden attributes of a model page (CatalogIndexData.astro) and the
 * records of untranslated pages (search-records.ts), so both index a card alike.
 */
import { humanizeCount } from '../format.ts';
import { licenseInfo } from '../model-facts.ts';
import { useTranslations, type Locale, type UiKey } from '../../i18n/index.ts';
import { organizationName } from '../../schemas/vocabularies.ts';
import { taskName } from '../../schemas/vocabularies.ts';
import { facetIds, facetValues, sortIds, sortValues, type FacetSource } from './facets.ts';
import { sortMetaKey } from './orders.ts';
import { resultFactKeys, type ResultFactKey } from './result-keys.ts';

export interface ModelIndexData {
	/** Facet id → values; facets without a value are left out. */
	filters: Record<string, string[]>;
	/** Sort keys, then what results show; empty values are left out. */
	meta: Record<string, string>;
}

/** `inEnglish`: the card is shown untranslated on a page of another language; results say so. */
export function modelIndexData(card: FacetSource & { description?: string }, locale: string, { inEnglish = false } = {}): ModelIndexData {
	const values = facetValues(card);
	const t = useTranslations(locale as Locale);
	const sorts = sortValues(card);
	const filters = Object.fromEntries(facetIds.filter((id) => values[id].length > 0).map((id) => [id, values[id]]));
	const meta: Record<string, string> = Object.fromEntries(sortIds.map((id) => [sortMetaKey(id), sorts[id]]));
	const shown = {
		...resultFacts(card, locale, values),
		license: licenseInfo(card).name,
		description: card.description ?? '',
		in_english: inEnglish ? t('list.inEnglish') : '',
	};
	for (const [key, value] of Object.entries(shown)) if (value) meta[key] = value;
	return { filters, meta };
}

/** The facts a result of the plain list shows, in order, the unknown ones left out. */
export function resultFactList(card: FacetSource, locale: string): string[] {
	const facts = resultFacts(card, locale);
	return resultFactKeys.map((key) => facts[key]).filter(Boolean);
}

/** The words of each fact a catalog result shows (result-keys.ts), in the page language; empty when unknown. */
export function resultFacts(card: FacetSource, locale: string, values = facetValues(card)): Record<ResultFactKey, string> {
	const t = useTranslations(locale as Locale);
	const fact = (label: UiKey, value: UiKey) => t('text.labelled', { label: t(label), value: t(value) });
	return {
		organization: organizationName(card.organization, locale),
		task: taskName(card.pipeline_tag, locale),
		parameters: card.parameters ? humanizeCount(card.parameters, locale) : '',
		commercial: fact('catalog.facet.commercial', `catalog.commercial.${values.commercial[0]}` as UiKey),
		runs_on: values.runs_on[0] === 'unknown' ? '' : fact('catalog.facet.runs_on', `catalog.runsOn.${values.runs_on[0]}` as UiKey),
		openness: values.openness[0] === 'not-recorded' ? '' : fact('catalog.facet.openness', `catalog.openness.${values.openness[0]}` as UiKey),
	};
}
