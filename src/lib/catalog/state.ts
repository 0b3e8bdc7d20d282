/**
 * The catalog's view state and its URL form, so a filtered view is a link. Pure: used by the
 * browser script and tested in Node.
 */
import { facetIds, type FacetId, type SortId } from './facets.ts';

export const sortOptions = ['relevance', 'name', 'newest', 'largest'] as const;
export type SortOption = (typeof sortOptions)[number];

export interface CatalogState {
	query: string;
	filters: Partial<Record<FacetId, string[]>>;
	sort: SortOption;
}

export function parseState(search: string): CatalogState {
	const params = new URLSearchParams(search);
	const filters: CatalogState['filters'] = {};
	for (const id of facetIds) {
		const values = params.getAll(id).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
		if (values.length) filters[id] = [...new Set(values)].sort();
	}
	const sort = params.get('sort');
	return { query: params.get('q')?.trim() ?? '', filters, sort: (sortOptions as readonly string[]).includes(sort ?? '') ? (sort as SortOption) : 'relevance' };
}

export function serializeState(state: CatalogState): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	for (const id of facetIds) {
		const values = state.filters[id];
		if (values?.length) params.set(id, [...values].sort().join(','));
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The unfiltered catalog by relevance: the page's own list and counts show it. */
export function isDefaultState(state: CatalogState): boolean {
	return serializeState(state) === '';
}

type PagefindFilter = string | { any: string[] } | { none: string[] };

/**
 * Pagefind filter object: AND across facets, OR within one. `exclude` drops one facet (for its
 * own counts). Each facet in `counted` that is not filtered gets an empty `none`, which matches
 * every page but makes Pagefind load that facet's index and count it.
 */
export function pagefindFilters(state: CatalogState, exclude?: FacetId, counted: readonly FacetId[] = []): Record<string, PagefindFilter> {
	const filters: Record<string, PagefindFilter> = { type: 'model' };
	for (const id of facetIds) {
		const values = state.filters[id];
		if (id !== exclude && values?.length) filters[id] = { any: values };
		else if (counted.includes(id)) filters[id] = { none: [] };
	}
	return filters;
}

/**
 * Which order the results take (see orders.ts); `undefined` keeps Pagefind's own, by relevance.
 * Relevance with no query falls back to name.
 */
export function sortOrder(state: CatalogState): SortId | undefined {
	switch (state.sort) {
		case 'name':
			return 'name';
		case 'newest':
			return 'released';
		case 'largest':
			return 'parameters';
		default:
			return state.query ? undefined : 'name';
	}
}
