/**
 * The offline page (`/offline/`, also what the service worker shows for a page that is not on
 * the device): lists the pages of the reader's language that are in Cache Storage — visited,
 * saved or precached — grouped by section, with their titles.
 */
import { fill, isPageOf, offlineSections, runLimited, savedChangeEvent, sectionOfPath, titleOfHtml } from '../../lib/offline.ts';

interface Found {
	path: string;
	title: string;
	group: string;
}

export function showAvailablePages(): void {
	const root = document.querySelector<HTMLElement>('[data-offline-available]');
	if (!root) return;
	const supported = 'serviceWorker' in navigator && 'caches' in window;
	for (const notice of document.querySelectorAll<HTMLElement>('[data-offline-unsupported]')) notice.hidden = supported;
	if (!supported) return;
	const base = root.dataset.base!;
	const locale = root.dataset.locale!;
	const ownPath = root.dataset.page!;
	const strings = JSON.parse(root.dataset.strings!) as { count: string; none: string };
	const groups = JSON.parse(root.dataset.groups!) as Record<string, string>;

	if (location.pathname !== ownPath) {
		// Shown in place of a page that is not on this device: say so kindly, and get the real
		// page as soon as the connection is back (checked: browsers also fire `online` when only
		// a network interface comes up).
		for (const notice of document.querySelectorAll<HTMLElement>('[data-offline-fallback]')) notice.hidden = false;
		addEventListener('online', () => {
			fetch(location.href, { method: 'HEAD', cache: 'no-store' })
				.then((response) => response.ok && location.reload())
				.catch(() => undefined);
		});
	}

	let run = 0;
	const render = async () => {
		const current = ++run;
		const found = await cachedPages(base, locale, ownPath);
		if (current !== run) return;
		const summary = document.createElement('p');
		summary.textContent = found.length ? fill(strings.count, { count: found.length }) : strings.none;
		const parts: HTMLElement[] = [summary];
		for (const group of [...offlineSections, 'other']) {
			const pages = found.filter((page) => page.group === group).sort((a, b) => a.title.localeCompare(b.title, locale));
			if (pages.length === 0) continue;
			const heading = document.createElement('h3');
			heading.textContent = groups[group] ?? group;
			const list = document.createElement('ul');
			list.className = 'om-offline-pages';
			for (const page of pages) {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = page.path;
				link.textContent = page.title;
				item.append(link);
				list.append(item);
			}
			parts.push(heading, list);
		}
		root.replaceChildren(...parts);
		root.setAttribute('aria-busy', 'false');
	};
	void render();
	document.addEventListener(savedChangeEvent, () => void render());
}

/** Every cached page of the locale, once, with its title from the cached HTML. */
async function cachedPages(base: string, locale: string, ownPath: string): Promise<Found[]> {
	const requests = new Map<string, { cacheName: string; request: Request }>();
	for (const cacheName of await caches.keys()) {
		const cache = await caches.open(cacheName);
		for (const request of await cache.keys()) {
			const url = new URL(request.url);
			if (url.origin !== location.origin || url.pathname === ownPath || requests.has(url.pathname)) continue;
			if (isPageOf(url.pathname, base, locale)) requests.set(url.pathname, { cacheName, request });
		}
	}
	const found: Found[] = [];
	await runLimited([...requests], 6, async ([path, { cacheName, request }]) => {
		const response = await caches.match(request, { cacheName });
		if (!response || !(response.headers.get('content-type') ?? 'text/html').includes('html')) return;
		const title = titleOfHtml(await response.text()) ?? path;
		found.push({ path, title, group: sectionOfPath(path, base) ?? 'other' });
	});
	return found;
}
