/**
 * The catalog's plain list (what readers without JavaScript get, and what the catalog shows
 * before any search) is split into pages of a fixed size, so no page grows with the catalog:
 * page 1 is the catalog page itself, the others live at `/models/page/<n>/`.
 */

/** The plain list's order, by title: every list page must use the same one. Returns a new array. */
export function listOrder<T extends { data: { title: string } }>(models: readonly T[]): T[] {
	return [...models].sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Models per page of the plain list. */
export const catalogPageSize = 30;

export function pageCount(total: number, size = catalogPageSize): number {
	return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size = catalogPageSize): T[] {
	return items.slice((page - 1) * size, page * size);
}

/** The path of a list page, below the locale: page 1 is the catalog itself. */
export function listPagePath(page: number): string {
	return page === 1 ? '/models/' : `/models/page/${page}/`;
}

/**
 * Which page numbers a pagination bar shows: the first, the last, and the current page with
 * `around` neighbours each side; `null` marks a gap. 1 2 … 7 8 9 … 100.
 */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
	const shown = new Set([1, count]);
	for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= count) shown.add(page);
	const sorted = [...shown].sort((a, b) => a - b);
	const links: (number | null)[] = [];
	for (const page of sorted) {
		const previous = links.at(-1);
		if (typeof previous === 'number' && page - previous === 2) links.push(previous + 1);
		else if (typeof previous === 'number' && page - previous > 2) links.push(null);
		links.push(page);
	}
	return links;
}
