/**
 * Workbox plugin callbacks for the generated service worker. `generateSW` copies each function's
 * source text into sw.js, so every function here must be self-contained: no imports, no
 * module-level names, only the service worker's globals (`caches`, `registration`). They are
 * plain `function`s (not methods) so their source text is a valid expression.
 */

interface CacheLookup {
	request: Request;
	cachedResponse?: Response | undefined;
}

/**
 * `cachedResponseWillBeUsed`: a strategy only looks in its own cache; when that has nothing,
 * look in every cache — the caches "Save for offline" fills, the precache, the other runtime
 * caches. The query string is ignored (`/models/?task=x` is the same page as `/models/`).
 */
export async function fromAnyCache({ request, cachedResponse }: CacheLookup): Promise<Response | null> {
	if (cachedResponse) return cachedResponse;
	return (await caches.match(request, { ignoreSearch: true })) ?? null;
}

/**
 * `handlerDidError` for page navigations: neither the network nor any cache has the page, so
 * answer with the offline page of the reader's language. A locale is a first path segment that
 * has its own precached offline page (`/home/zh-cn/offline/`); otherwise the default locale's.
 */
export async function offlineFallback({ request }: { request: Request }): Promise<Response | undefined> {
	const scope = (globalThis as unknown as { registration: { scope: string } }).registration.scope;
	const rest = request.url.startsWith(scope) ? request.url.slice(scope.length) : '';
	const first = rest.split(/[/?#]/)[0];
	const candidates = first ? [`${scope}${first}/offline/`, `${scope}offline/`] : [`${scope}offline/`];
	for (const url of candidates) {
		const response = await caches.match(url, { ignoreSearch: true });
		if (response) return response;
	}
	return undefined;
}

/**
 * `cacheDidUpdate` for pages: a page fetched fresh while online also replaces the copy in any
 * saved section, so saved sections follow content updates as the reader browses.
 */
export async function refreshSavedCopies({ request, newResponse }: { request: Request; newResponse: Response }): Promise<void> {
	const names = (await caches.keys()).filter((name) => name.startsWith('openmodels-offline-'));
	for (const name of names) {
		const cache = await caches.open(name);
		if (await cache.match(request, { ignoreSearch: true })) await cache.put(request.url.split('?')[0] as string, newResponse.clone());
	}
}

/** `cacheKeyWillBeUsed` for pages: one cache entry per page, whatever its query string. */
export async function pageKey({ request }: { request: Request }): Promise<string> {
	const url = new URL(request.url);
	url.search = '';
	url.hash = '';
	return url.href;
}

/**
 * `handlerDidError` for Pagefind fragments (one page's search result): offline, a result whose
 * page was neither saved nor visited would stay a grey placeholder for ever. Answer instead with
 * a fragment, in Pagefind's uncompressed form, that says so and links to the offline reading
 * page of the index's language. The words are the dictionaries' `offline.searchUnsaved.*`
 * (a test keeps them equal): this function's source is copied into sw.js without imports.
 */
export async function unsavedSearchResult({ request }: { request: Request }): Promise<Response | undefined> {
	const match = /\/pagefind\/fragment\/(.+)_[^_/]+\.pf_fragment$/.exec(new URL(request.url).pathname);
	if (!match) return undefined;
	const chinese = match[1] === 'zh-cn';
	const fragment = {
		url: chinese ? '/zh-cn/offline/' : '/offline/',
		content: chinese
			? '请在恢复联网后打开，或在离线阅读页面保存它所在的栏目。'
			: 'Open it when you are back online, or save its section on the offline reading page.',
		word_count: 0,
		filters: {},
		meta: { title: chinese ? '此页面尚未保存，无法离线阅读' : 'This page is not saved for offline reading' },
		anchors: [],
	};
	return new Response(`pagefind_dcd${JSON.stringify(fragment)}`, { headers: { 'Content-Type': 'application/octet-stream' } });
}

/** `urlPattern` of the pages route: every navigation (the scope limits it to the site). */
export function isNavigation({ request }: { request: Request }): boolean {
	return request.mode === 'navigate';
}
