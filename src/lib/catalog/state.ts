/**
 * The catalog's view state and its URL form, so a filtered view is a link. Pure: used by the
 * browser script and tested in Node.
 */
import { facetIds, type FacetId, type SortId } from './facet-ids.ts';
import { runsOnMatches } from './runs-on.ts';

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
		const values = params
			.getAll(id)
			.flatMap((value) => value.split(','))
			.map((value) => value.trim())
			.filter(Boolean);
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

type PagefindFilter = { any: string[] } | { none: string[] };

export interface FilterOptions {
	/** Every task in the catalog (the task facet's values): see below. */
	tasks: readonly string[];
	/** A facet left out, for its own counts. */
	exclude?: FacetId;
	/** Facets whose counts are wanted (the open ones). */
	counted?: readonly FacetId[];
}

/**
 * Pagefind filter object: AND across facets, OR within one. Each facet in `counted` that is not
 * filtered gets an empty `none`, which matches every page but makes Pagefind load that facet's
 * index and count it.
 *
 * Only model pages have a task, so "any task" keeps guides and tutorials out of the results.
 * A filter of its own (`type:model`) would do the same, but its index, one entry per model page,
 * is another download on every catalog search (about 10 KB gzip at 5,000 models); the task
 * facet's index loads anyway, since its counts are shown.
 */
export function pagefindFilters(state: CatalogState, { tasks, exclude, counted = [] }: FilterOptions): Record<string, PagefindFilter> {
	const filters: Record<string, PagefindFilter> = {};
	for (const id of facetIds) {
		const values = state.filters[id];
		if (id !== exclude && values?.length) filters[id] = { any: id === 'runs_on' ? runsOnMatches(values) : values };
		else if (id === 'task') filters[id] = { any: [...tasks] };
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
