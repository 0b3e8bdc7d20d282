/**
 * The catalog's sort orders, as lists of Pagefind page ids, built once Pagefind has indexed the
 * site and fetched by the catalog only when a reader sorts.
 *
 * Pagefind's own sorts (`data-pagefind-sort`) live in its metadata file, which every search
 * downloads before the first result: at 5,000 models the three orders were 30 KB of a first
 * search that sorts by relevance and needs none. The sort keys now travel as page metadata
 * (`sort_<key>`), the build turns them into one file per order, and the catalog sorts the
 * results it gets from Pagefind by that file. Pure: used by the build and by the browser.
 */
import { sortIds, type SortId } from './facet-ids.ts';

/** How each order runs: names A to Z, the newest and the largest first. */
export const sortDirections: Record<SortId, 'asc' | 'desc'> = { name: 'asc', released: 'desc', parameters: 'desc' };

/** The Pagefind metadata key that carries a sort key (`data-pagefind-meta`). */
export const sortMetaKey = (id: SortId) => `sort_${id}`;

/** A page as Pagefind wrote it: its id (the fragment's hash, e.g. `en_1a2b3c4`) and metadata. */
export interface IndexedPage {
	id: string;
	meta: Record<string, string | undefined>;
}

export type CatalogOrders = Record<SortId, string[]>;

/**
 * The ids of the pages that carry every sort key (the model pages), in each order. Ties go by
 * name and then id, so the files are the same from build to build.
 */
export function catalogOrders(pages: readonly IndexedPage[]): CatalogOrders {
	const sortable = pages.filter((page) => sortIds.every((id) => typeof page.meta[sortMetaKey(id)] === 'string'));
	const key = (page: IndexedPage, id: SortId) => page.meta[sortMetaKey(id)]!;
	const byName = (a: IndexedPage, b: IndexedPage) => key(a, 'name').localeCompare(key(b, 'name')) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const orders = {} as CatalogOrders;
	for (const id of sortIds) {
		const sign = sortDirections[id] === 'asc' ? 1 : -1;
		// The keys are written to sort as text (zero-padded numbers, ISO dates), as Pagefind's sorts did.
		const compare = (a: IndexedPage, b: IndexedPage) =>
			(id === 'name' ? 0 : sign * (key(a, id) < key(b, id) ? -1 : key(a, id) > key(b, id) ? 1 : 0)) || byName(a, b);
		orders[id] = [...sortable].sort(compare).map((page) => page.id);
	}
	return orders;
}

/**
 * Results in the order's sequence. Results the order does not know (a page newer than a cached
 * order file) keep their relative order after the known ones rather than disappearing.
 */
export function applyOrder<T extends { id: string }>(results: readonly T[], order: readonly string[]): T[] {
	const rank = new Map(order.map((id, index) => [id, index]));
	return results
		.map((result, index) => ({ result, index, rank: rank.get(result.id) ?? order.length + index }))
		.sort((a, b) => a.rank - b.rank)
		.map(({ result }) => result);
}

/** Where an order file lives, beside the Pagefind language index (`hash` from pagefind-entry.json) it was built from. */
export function orderFilePath(languageHash: string, id: SortId): string {
	return `pagefind/orders/${languageHash}/${id}.json`;
}
