/**
 * Progressive enhancement of the catalog page: search, facets and sorting over Pagefind, with
 * the view kept in the URL. Without JavaScript (or if Pagefind cannot load) the full static list
 * stays visible.
 */
import { facetIds, type FacetId } from '../lib/catalog/facets.ts';
import { pagefindFilters, pagefindSort, parseState, serializeState, type CatalogState, type SortOption } from '../lib/catalog/state.ts';

interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options: { filters?: object; sort?: object }): Promise<PagefindResponse | null>;
	debouncedSearch?: unknown;
}

const PAGE_SIZE = 24;

export function startCatalog() {
	const form = document.getElementById('catalog') as HTMLFormElement | null;
	if (!form) return;
	const query = form.querySelector<HTMLInputElement>('#catalog-q')!;
	const sort = form.querySelector<HTMLSelectElement>('#catalog-sort')!;
	const status = document.getElementById('catalog-status')!;
	const results = document.getElementById('catalog-results') as HTMLUListElement;
	const more = document.getElementById('catalog-more') as HTMLButtonElement;
	const staticList = document.getElementById('catalog-static')!;
	const strings = JSON.parse(form.dataset.strings!) as Record<'results' | 'resultsOne' | 'none' | 'offline', string>;
	const base = form.dataset.base!;
	const boxes = (facet?: FacetId) => [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox]${facet ? `[name="${facet}"]` : ''}`)];

	let pagefind: Pagefind | undefined;
	let current: PagefindResult[] = [];
	let shown = 0;
	let generation = 0;

	const readControls = (): CatalogState => {
		const filters: CatalogState['filters'] = {};
		for (const id of facetIds) {
			const values = boxes(id).filter((box) => box.checked).map((box) => box.value);
			if (values.length) filters[id] = values.sort();
		}
		return { query: query.value, filters, sort: sort.value as SortOption };
	};

	const writeControls = (state: CatalogState) => {
		query.value = state.query;
		sort.value = state.sort;
		for (const box of boxes()) box.checked = state.filters[box.name as FacetId]?.includes(box.value) ?? false;
	};

	const renderMore = async (run: number) => {
		const slice = current.slice(shown, shown + PAGE_SIZE);
		const items = await Promise.all(slice.map((result) => result.data()));
		if (run !== generation) return;
		for (const item of items) {
			const li = document.createElement('li');
			const link = document.createElement('a');
			link.href = item.url;
			link.textContent = item.meta.title ?? item.url;
			const description = document.createElement('p');
			description.textContent = item.meta.description ?? '';
			const meta = document.createElement('p');
			meta.className = 'om-meta';
			meta.textContent = [item.meta.organization, item.meta.task, item.meta.license, item.meta.parameters].filter(Boolean).join(' · ');
			li.append(link, description, meta);
			results.append(li);
		}
		shown += slice.length;
		more.hidden = shown >= current.length;
	};

	const update = async () => {
		if (!pagefind) return;
		const run = ++generation;
		const state = readControls();
		const term = state.query.trim() || null;
		const response = await pagefind.search(term, { filters: pagefindFilters(state), sort: pagefindSort(state) });
		if (!response || run !== generation) return;
		// Counts for a facet with ticked values come from a search without that facet, so they
		// say how many results ticking one more value would add (OR within a facet).
		const countsByFacet: Record<string, Record<string, number>> = { ...response.filters };
		await Promise.all(
			facetIds
				.filter((id) => state.filters[id]?.length)
				.map(async (id) => {
					const own = await pagefind!.search(term, { filters: pagefindFilters(state, id) });
					if (own) countsByFacet[id] = own.filters[id] ?? {};
				}),
		);
		if (run !== generation) return;
		for (const box of boxes()) {
			const count = countsByFacet[box.name]?.[box.value] ?? 0;
			box.parentElement!.querySelector('[data-count]')!.textContent = String(count);
			box.disabled = count === 0 && !box.checked;
		}
		current = response.results;
		shown = 0;
		results.replaceChildren();
		status.textContent = current.length === 0 ? strings.none : current.length === 1 ? strings.resultsOne : strings.results.replace('{count}', String(current.length));
		await renderMore(run);
		// Which view the list shows, so scripts and tests can tell a finished update from a stale one.
		if (run === generation) results.dataset.view = serializeState(state);
	};

	const commit = (mode: 'push' | 'replace') => {
		const url = `${location.pathname}${serializeState(readControls())}${location.hash}`;
		if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		void update();
	};

	form.addEventListener('submit', (event) => event.preventDefault());
	let typing: ReturnType<typeof setTimeout> | undefined;
	query.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => commit('replace'), 150);
	});
	sort.addEventListener('change', () => commit('push'));
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type=checkbox]')) commit('push');
	});
	document.getElementById('catalog-clear')!.addEventListener('click', () => {
		writeControls({ query: '', filters: {}, sort: 'relevance' });
		commit('push');
	});
	more.addEventListener('click', () => void renderMore(generation));
	addEventListener('popstate', () => {
		writeControls(parseState(location.search));
		void update();
	});

	(async () => {
		try {
			pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
			await pagefind.options({ baseUrl: base });
			await pagefind.init();
			// Loads every filter's index, so search responses carry counts for all facets.
			await pagefind.filters();
		} catch {
			status.textContent = strings.offline;
			return;
		}
		writeControls(parseState(location.search));
		form.hidden = false;
		results.hidden = false;
		staticList.hidden = true;
		await update();
	})();
}
