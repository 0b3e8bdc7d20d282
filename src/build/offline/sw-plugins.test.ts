/**
 * The service worker's plugin callbacks, against a small in-memory Cache Storage. They are also
 * checked to be self-contained, since generateSW copies their source text into sw.js.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromAnyCache, isNavigation, offlineFallback, pageKey, refreshSavedCopies, unsavedSearchResult } from './sw-plugins.ts';
import { dictionaries } from '../../i18n/index.ts';

type Store = Map<string, Map<string, Response>>;

function fakeCaches(store: Store) {
	const key = (request: Request | string, ignoreSearch?: boolean) => {
		const url = new URL(typeof request === 'string' ? request : request.url, 'https://site.test/');
		if (ignoreSearch) url.search = '';
		return url.href;
	};
	const matchIn = (entries: Map<string, Response>, request: Request | string, options?: { ignoreSearch?: boolean }) => {
		for (const [url, response] of entries) if (key(url, options?.ignoreSearch) === key(request, options?.ignoreSearch)) return response.clone();
		return undefined;
	};
	const open = async (name: string) => {
		if (!store.has(name)) store.set(name, new Map());
		const entries = store.get(name)!;
		return {
			match: async (request: Request | string, options?: { ignoreSearch?: boolean }) => matchIn(entries, request, options),
			put: async (request: Request | string, response: Response) => void entries.set(key(request), response),
		};
	};
	return {
		keys: async () => [...store.keys()],
		open,
		match: async (request: Request | string, options?: { ignoreSearch?: boolean }) => {
			for (const entries of store.values()) {
				const found = matchIn(entries, request, options);
				if (found) return found;
			}
			return undefined;
		},
	};
}

const page = (text: string) => new Response(text, { headers: { 'content-type': 'text/html' } });
let store: Store;
const globals = globalThis as unknown as { caches?: unknown; registration?: unknown };

beforeEach(() => {
	store = new Map();
	globals.caches = fakeCaches(store);
	globals.registration = { scope: 'https://site.test/home/' };
});
afterEach(() => {
	delete globals.caches;
	delete globals.registration;
});

describe('service worker plugins', () => {
	it('are self-contained functions whose source is a valid expression', () => {
		for (const fn of [fromAnyCache, offlineFallback, refreshSavedCopies, pageKey, isNavigation, unsavedSearchResult]) {
			const source = String(fn);
			expect(source).toMatch(/^(async )?function /);
			expect(source).not.toMatch(/__vite_ssr|import\(|require\(/);
			expect(() => new Function(`return (${source})`)).not.toThrow();
		}
	});

	it('look in every cache, ignoring the query string', async () => {
		store.set('openmodels-offline-en-tutorials', new Map([['https://site.test/home/tutorials/a/', page('saved')]]));
		const found = await fromAnyCache({ request: new Request('https://site.test/home/tutorials/a/?x=1') });
		expect(await found?.text()).toBe('saved');
		expect(await fromAnyCache({ request: new Request('https://site.test/home/other/') })).toBeNull();
		const own = page('own');
		expect(await fromAnyCache({ request: new Request('https://site.test/home/tutorials/a/'), cachedResponse: own })).toBe(own);
	});

	it('answer a missing page with the offline page of its language', async () => {
		store.set(
			'openmodels-precache-v2',
			new Map([
				['https://site.test/home/offline/?__WB_REVISION__=1', page('offline en')],
				['https://site.test/home/zh-cn/offline/?__WB_REVISION__=2', page('offline zh')],
			]),
		);
		const text = async (url: string) => (await offlineFallback({ request: new Request(url) }))?.text();
		expect(await text('https://site.test/home/zh-cn/models/x/')).toBe('offline zh');
		expect(await text('https://site.test/home/models/x/')).toBe('offline en');
		expect(await text('https://site.test/home/')).toBe('offline en');
		expect(await text('https://site.test/home/zh-cn/')).toBe('offline zh');
	});

	it('answer an unsaved search result offline with a result that says so, in the index language', async () => {
		const decoded = async (url: string) => {
			const response = await unsavedSearchResult({ request: new Request(url) });
			const text = await response!.text();
			expect(text.startsWith('pagefind_dcd')).toBe(true);
			return JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; content: string; meta: { title: string } };
		};
		for (const [language, locale, url] of [
			['en', 'en', '/offline/'],
			['zh-cn', 'zh-cn', '/zh-cn/offline/'],
		] as const) {
			const fragment = await decoded(`https://site.test/home/pagefind/fragment/${language}_4f1a9c2.pf_fragment`);
			expect(fragment).toMatchObject({
				url,
				content: dictionaries[locale]['offline.searchUnsaved.text'],
				meta: { title: dictionaries[locale]['offline.searchUnsaved.title'] },
			});
		}
		expect(await unsavedSearchResult({ request: new Request('https://site.test/home/pagefind/pagefind-entry.json') })).toBeUndefined();
	});

	it('refresh the copy of a page in the saved sections that hold it', async () => {
		store.set('openmodels-offline-en-models', new Map([['https://site.test/home/models/x/', page('old')]]));
		store.set('openmodels-offline-en-tutorials', new Map());
		await refreshSavedCopies({ request: new Request('https://site.test/home/models/x/'), newResponse: page('new') });
		expect(await store.get('openmodels-offline-en-models')!.get('https://site.test/home/models/x/')!.text()).toBe('new');
		expect(store.get('openmodels-offline-en-tutorials')!.size).toBe(0);
	});

	it('key pages without their query string and match navigations only', async () => {
		expect(await pageKey({ request: new Request('https://site.test/home/models/?task=x#top') })).toBe('https://site.test/home/models/');
		expect(isNavigation({ request: { mode: 'navigate' } as Request })).toBe(true);
		expect(isNavigation({ request: new Request('https://site.test/home/') })).toBe(false);
	});
});
