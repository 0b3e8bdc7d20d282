/**
 * Progressive enhancement of the catalog page: search, facets and sorting over Pagefind, with
 * the view kept in the URL. Without JavaScript (or if Pagefind cannot load) the plain list by
 * name stays visible.
 *
 * Pagefind's download grows with the catalog, so it loads only when a reader first searches,
 * filters or sorts (or opens a link to such a view): the unfiltered view is the server-rendered
 * list and counts. Facet counts need each facet's filter index; only the open facets' ones load,
 * and a facet's when it is opened. Sorting by name, date or size fetches that order's file
 * (src/lib/catalog/orders.ts) the first time it is used; a search by relevance needs none.
 */
import { enhanceCompareLinks } from './compare-links.ts';
import { facetIds, type FacetId, type SortId } from '../lib/catalog/facet-ids.ts';
import { applyOrder, orderFilePath } from '../lib/catalog/orders.ts';
import { isDefaultState, pagefindFilters, parseState, serializeState, sortOrder, type CatalogState, type SortOption } from '../lib/catalog/state.ts';
import { resultFactKeys } from '../lib/catalog/result-keys.ts';
import { cumulativeRunsOnCounts } from '../lib/catalog/runs-on.ts';

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
	search(query: string | null, options: { filters?: object }): Promise<PagefindResponse | null>;
}

/**
 * Results per "Show more": each loads one Pagefind fragment (about 2.5 KB gzip, the card's whole
 * text), so a first search fetches a screenful and a little more, not a long list.
 */
const PAGE_SIZE = 12;

export function startCatalog() {
	const form = document.getElementById('catalog') as HTMLFormElement | null;
	if (!form) return;
	const query = form.querySelector<HTMLInputElement>('#catalog-q')!;
	const sort = form.querySelector<HTMLSelectElement>('#catalog-sort')!;
	const status = document.getElementById('catalog-status')!;
	const results = document.getElementById('catalog-results') as HTMLUListElement;
	const more = document.getElementById('catalog-more') as HTMLButtonElement;
	const staticList = document.getElementById('catalog-static')!;
	const strings = JSON.parse(form.dataset.strings!) as Record<
		'results' | 'resultsOne' | 'none' | 'offline' | 'loading' | 'removeFilter' | 'filtersActive' | 'compare' | 'compareAdd' | 'compareBase' | 'labelGap',
		string
	>;
	const dialog = document.getElementById('catalog-filters') as HTMLDialogElement;
	const openFilters = document.getElementById('catalog-filters-open') as HTMLButtonElement;
	const chips = document.getElementById('catalog-chips') as HTMLUListElement;
	const clear = document.getElementById('catalog-clear') as HTMLButtonElement;
	const resultsColumn = results.parentElement!;
	const base = form.dataset.base!;
	const total = Number(form.dataset.total);
	const boxes = (facet?: FacetId) => [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox]${facet ? `[name="${facet}"]` : ''}`)];
	// Every task in the catalog, as rendered in the task facet: "any of them" means "a model page".
	const tasks = boxes('task').map((box) => box.value);
	const facetPanels = [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
	// The whole catalog's counts, as rendered: the unfiltered view shows them again.
	const initialCounts = new Map(boxes().map((box) => [box, box.parentElement!.querySelector('[data-count]')!.textContent!]));

	let pagefind: Promise<Pagefind | undefined> | undefined;
	const orders = new Map<SortId, Promise<string[] | undefined>>();
	let current: PagefindResult[] = [];
	let shown = 0;
	let generation = 0;

	const loadPagefind = () =>
		(pagefind ??= (async () => {
			try {
				const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
				await module.options({ baseUrl: base });
				await module.init();
				return module;
			} catch {
				pagefind = undefined; // try again on the next change, e.g. once back online
				return undefined;
			}
		})());

	/** An order's page ids, from the folder of the language index Pagefind uses for this page. */
	const loadOrder = (id: SortId) => {
		let order = orders.get(id);
		if (!order) {
			order = (async () => {
				try {
					// Pagefind asks for the entry with a fresh query string too: it names the current index.
					const entry = (await (await fetch(`${base}pagefind/pagefind-entry.json?ts=${Date.now()}`)).json()) as { languages: Record<string, { hash: string }> };
					const lang = document.documentElement.lang.toLowerCase();
					const language = entry.languages[lang] ?? entry.languages[lang.split('-')[0]!];
					if (!language) return undefined;
					const response = await fetch(`${base}${orderFilePath(language.hash, id)}`);
					return response.ok ? ((await response.json()) as string[]) : undefined;
				} catch {
					return undefined;
				}
			})();
			orders.set(id, order);
			// A failed download is tried again on the next change, e.g. once back online.
			void order.then((loaded) => loaded ?? orders.delete(id));
		}
		return order;
	};

	const readControls = (): CatalogState => {
		const filters: CatalogState['filters'] = {};
		for (const id of facetIds) {
			const values = boxes(id)
				.filter((box) => box.checked)
				.map((box) => box.value);
			if (values.length) filters[id] = values.sort();
		}
		return { query: query.value, filters, sort: sort.value as SortOption };
	};

	const writeControls = (state: CatalogState) => {
		query.value = state.query;
		sort.value = state.sort;
		for (const box of boxes()) box.checked = state.filters[box.name as FacetId]?.includes(box.value) ?? false;
		// A facet with ticked values is shown open, so a reloaded or shared address shows what narrows it.
		for (const panel of facetPanels) if (state.filters[panel.dataset.facet as FacetId]?.length) panel.open = true;
	};

	/** The ticked values as removable chips, and how many are ticked on the Filters button. */
	const renderChips = () => {
		const ticked = boxes().filter((box) => box.checked);
		chips.replaceChildren(
			...ticked.map((box) => {
				// "Commercial use: Allowed": a value alone ("Allowed") does not say what it filters.
				const facet = box.closest('details')?.querySelector('summary')?.textContent?.trim();
				const value = box.parentElement!.querySelector('span')!.textContent!;
				const label = facet ? `${facet}${strings.labelGap}${value}` : value;
				const button = document.createElement('button');
				button.type = 'button';
				button.textContent = `${label} ×`;
				button.setAttribute('aria-label', strings.removeFilter.replace('{filter}', label));
				button.addEventListener('click', () => {
					box.checked = false;
					commit('push');
					(chips.querySelector('button') ?? query).focus();
				});
				const item = document.createElement('li');
				item.append(button);
				return item;
			}),
		);
		clear.hidden = ticked.length === 0 && !query.value.trim();
		openFilters.querySelector('[data-filter-count]')!.textContent = ticked.length ? strings.filtersActive.replace('{count}', String(ticked.length)) : '';
	};

	const statusText = (count: number) => (count === 0 ? strings.none : count === 1 ? strings.resultsOne : strings.results.replace('{count}', String(count)));

	const showStatic = (state: CatalogState) => {
		for (const [box, count] of initialCounts) {
			box.parentElement!.querySelector('[data-count]')!.textContent = count;
			box.disabled = false;
		}
		staticList.hidden = false;
		results.hidden = true;
		more.hidden = true;
		status.textContent = statusText(total);
		results.dataset.view = serializeState(state);
	};

	/** Search or an order could not load (offline, say): the plain list by name, as the message says. */
	const unavailable = () => {
		resultsColumn.removeAttribute('aria-busy');
		staticList.hidden = false;
		results.hidden = true;
		more.hidden = true;
		status.textContent = strings.offline;
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
			meta.textContent = resultFactKeys
				.map((key) => item.meta[key])
				.filter(Boolean)
				.join(' · ');
			li.append(link);
			// A card not yet translated: its words are English, and the list says so beside its title.
			if (item.meta.in_english) {
				link.lang = description.lang = 'en';
				li.append(' ', Object.assign(document.createElement('span'), { className: 'om-in-english', textContent: item.meta.in_english }));
			}
			// "Compare", as the plain list has it (src/components/CompareLink.astro).
			const id = new URL(item.url, location.href).pathname.split('/').at(-2)!;
			const compare = Object.assign(document.createElement('a'), { className: 'om-compare-add', href: `${strings.compareBase}?models=${id}` });
			const compareText = Object.assign(document.createElement('span'), { textContent: strings.compare });
			compareText.dataset.compareText = '';
			compare.append(
				compareText,
				Object.assign(document.createElement('span'), { className: 'sr-only', textContent: `${strings.labelGap}${link.textContent}` }),
			);
			Object.assign(compare.dataset, { compareWith: id, compareBase: strings.compareBase, addText: strings.compareAdd });
			meta.append(' · ', compare);
			li.append(description, meta);
			results.append(li);
		}
		enhanceCompareLinks(results);
		shown += slice.length;
		more.hidden = shown >= current.length;
	};

	const update = async () => {
		const run = ++generation;
		const state = readControls();
		renderChips();
		if (isDefaultState(state)) {
			resultsColumn.removeAttribute('aria-busy');
			return showStatic(state);
		}
		// A visible, announced loading state until this search's results are in.
		status.textContent = strings.loading;
		resultsColumn.setAttribute('aria-busy', 'true');
		const search = await loadPagefind();
		if (run !== generation) return;
		if (!search) return unavailable();
		const term = state.query.trim() || null;
		// An empty `none` loads a facet's filter index without narrowing the results, so the
		// response carries that facet's counts.
		const counted = facetPanels.filter((panel) => panel.open).map((panel) => panel.dataset.facet as FacetId);
		const orderId = sortOrder(state);
		const [response, order] = await Promise.all([search.search(term, { filters: pagefindFilters(state, { tasks, counted }) }), orderId && loadOrder(orderId)]);
		if (!response || run !== generation) return;
		if (orderId && !order) return unavailable();
		// Counts for a facet with ticked values come from a search without that facet, so they
		// say how many results ticking one more value would add (OR within a facet).
		const countsByFacet: Record<string, Record<string, number>> = { ...response.filters };
		await Promise.all(
			facetIds
				.filter((id) => state.filters[id]?.length)
				.map(async (id) => {
					const own = await search.search(term, { filters: pagefindFilters(state, { tasks, exclude: id, counted: [id] }) });
					if (own) countsByFacet[id] = own.filters[id] ?? {};
				}),
		);
		if (run !== generation) return;
		if (countsByFacet.runs_on) countsByFacet.runs_on = cumulativeRunsOnCounts(countsByFacet.runs_on);
		for (const box of boxes()) {
			const counts = countsByFacet[box.name];
			// A facet whose index has not loaded keeps its old counts until it is opened.
			if (!counts) continue;
			const count = counts[box.value] ?? 0;
			box.parentElement!.querySelector('[data-count]')!.textContent = String(count);
			box.disabled = count === 0 && !box.checked;
		}
		current = order ? applyOrder(response.results, order) : response.results;
		shown = 0;
		results.replaceChildren();
		resultsColumn.removeAttribute('aria-busy');
		status.textContent = statusText(current.length);
		staticList.hidden = true;
		results.hidden = false;
		// Back to this list, or a reload: as many results as the reader had shown, and the same place on the page.
		const restore = (history.state ?? {}) as { shown?: number; scrollY?: number };
		do await renderMore(run);
		while (run === generation && restore.shown !== undefined && shown < Math.min(restore.shown, current.length));
		if (run === generation && restore.scrollY !== undefined) scrollTo(0, restore.scrollY);
		// Which view the list shows, so scripts and tests can tell a finished update from a stale one.
		if (run === generation) results.dataset.view = serializeState(state);
	};

	let typing: ReturnType<typeof setTimeout> | undefined;
	const commit = (mode: 'push' | 'replace') => {
		// This update reads every control, the query box too: a search still waiting for the
		// reader to stop typing would only run the same view again and reset its results.
		clearTimeout(typing);
		const url = `${location.pathname}${serializeState(readControls())}${location.hash}`;
		if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		void update();
	};

	form.addEventListener('submit', (event) => event.preventDefault());
	query.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => commit('replace'), 150);
	});
	sort.addEventListener('change', () => commit('push'));
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type=checkbox]')) commit('push');
	});
	for (const panel of facetPanels) {
		panel.addEventListener('toggle', () => {
			if (panel.open && !isDefaultState(readControls())) void update();
		});
	}
	openFilters.addEventListener('click', () => dialog.showModal());
	dialog.querySelector('[data-filters-close]')!.addEventListener('click', () => dialog.close());
	// Back on the button that opened the drawer, with the choices kept.
	dialog.addEventListener('close', () => openFilters.focus());
	clear.addEventListener('click', () => {
		writeControls({ query: '', filters: {}, sort: 'relevance' });
		commit('push');
		// The button hides itself: the search box, where a new search starts, takes the focus.
		query.focus();
	});
	// One "Show more" at a time: a second click while results load would render the same slice twice.
	let loadingMore: Promise<void> | undefined;
	more.addEventListener('click', () => {
		loadingMore ??= renderMore(generation).finally(() => (loadingMore = undefined));
	});
	// What Back or a reload restores (above): kept in this history entry's state when the reader leaves.
	addEventListener('pagehide', () => {
		if (!results.hidden) history.replaceState({ shown, scrollY }, '');
	});
	addEventListener('popstate', () => {
		writeControls(parseState(location.search));
		void update();
	});

	writeControls(parseState(location.search));
	void update();
}
