/**
 * "Save for offline" controls (`SaveOffline.astro`): download a section's pages and the Pagefind
 * files to search them into a cache of its own, with progress, cancel, what is saved, the space
 * used, and removal. Only pages with a control load this module.
 */
import {
	fill,
	formatBytes,
	runLimited,
	savedCacheName,
	savedChangeEvent,
	savedMarkerUrl,
	type PlanSummary,
	type SavedRecord,
	type SavePlan,
	type SaveTarget,
	type SectionsIndex,
} from '../../lib/offline.ts';

type Strings = Record<
	'button' | 'again' | 'idle' | 'idleUnknown' | 'progress' | 'saved' | 'outdated' | 'storage' | 'cancelled' | 'failed' | 'removed' | 'needsNetwork',
	string
>;

/** How many files download at once. */
const parallel = 4;

let sections: Promise<SectionsIndex | undefined> | undefined;

function fetchJson<T>(url: string): Promise<T | undefined> {
	return fetch(url)
		.then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
		.catch(() => undefined);
}

function loadSections(base: string): Promise<SectionsIndex | undefined> {
	sections ??= fetchJson<SectionsIndex>(`${base}offline/sections.json`).then((file) => {
		if (!file) sections = undefined; // try again next time, e.g. once back online
		return file;
	});
	return sections;
}

export function initSaveControls(): void {
	const controls = document.querySelectorAll<HTMLElement>('[data-offline-save]');
	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		for (const root of controls) root.hidden = true;
		return;
	}
	for (const root of controls) {
		if (root.dataset.ready) continue;
		root.dataset.ready = 'true';
		new SaveControl(root);
	}
}

class SaveControl {
	private readonly locale: string;
	private readonly target: SaveTarget;
	private readonly base: string;
	private readonly strings: Strings;
	private readonly status: HTMLElement;
	private readonly progress: HTMLProgressElement;
	private readonly progressText: HTMLElement;
	private readonly saveButton: HTMLButtonElement;
	private readonly cancelButton: HTMLButtonElement;
	private readonly removeButton: HTMLButtonElement;
	private readonly root: HTMLElement;
	private controller: AbortController | undefined;

	constructor(root: HTMLElement) {
		this.root = root;
		this.locale = root.dataset.locale!;
		this.target = root.dataset.target as SaveTarget;
		this.base = root.dataset.base!;
		this.strings = JSON.parse(root.dataset.strings!) as Strings;
		this.status = root.querySelector('[data-status]')!;
		this.progress = root.querySelector('progress')!;
		this.progressText = root.querySelector('[data-progress-text]')!;
		const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
		this.saveButton = button('save');
		this.cancelButton = button('cancel');
		this.removeButton = button('remove');
		this.saveButton.addEventListener('click', () => void this.save());
		this.cancelButton.addEventListener('click', () => this.controller?.abort());
		this.removeButton.addEventListener('click', () => void this.remove());
		document.addEventListener(savedChangeEvent, (event) => {
			if ((event as CustomEvent<string>).detail !== this.cacheName && !this.controller) void this.refresh();
		});
		addEventListener('online', () => void (this.controller ? undefined : this.refresh()));
		void this.refresh();
	}

	private get cacheName() {
		return savedCacheName(this.locale, this.target);
	}

	private get marker() {
		return savedMarkerUrl(this.base, this.locale, this.target);
	}

	private size(bytes: number) {
		return formatBytes(bytes, this.locale);
	}

	private async summary(): Promise<PlanSummary | undefined> {
		return (await loadSections(this.base))?.locales[this.locale]?.[this.target];
	}

	/** The full list of URLs, only fetched to save: it grows with the section. */
	private async plan(): Promise<SavePlan | undefined> {
		const summary = await this.summary();
		return summary && fetchJson<SavePlan>(summary.url);
	}

	private async record(): Promise<SavedRecord | undefined> {
		const response = await caches.match(this.marker, { cacheName: this.cacheName });
		return response ? ((await response.json()) as SavedRecord) : undefined;
	}

	private setState(state: 'idle' | 'saving' | 'saved') {
		this.root.dataset.state = state;
		const saving = state === 'saving';
		this.progress.hidden = !saving;
		this.progressText.hidden = !saving;
		this.cancelButton.hidden = !saving;
		this.saveButton.hidden = saving;
		this.removeButton.hidden = state !== 'saved';
		this.saveButton.textContent = state === 'saved' ? this.strings.again : this.strings.button;
	}

	/** Shows what is saved (or what saving would take), with an optional note first. */
	private async refresh(note?: string) {
		const [record, plan] = await Promise.all([this.record(), this.summary()]);
		if (this.controller) return;
		const parts = note ? [note] : [];
		if (record) {
			const date = new Intl.DateTimeFormat(this.locale === 'zh-cn' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(
				new Date(record.savedAt),
			);
			parts.push(fill(this.strings.saved, { date, pages: record.pages, size: this.size(record.bytes) }));
			if (plan && plan.version !== record.version) parts.push(this.strings.outdated);
			const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
			if (estimate?.usage !== undefined && estimate.quota)
				parts.push(fill(this.strings.storage, { used: this.size(estimate.usage), quota: this.size(estimate.quota) }));
			this.setState('saved');
		} else {
			if (!note)
				parts.push(
					plan
						? fill(this.strings.idle, { pages: plan.pages, size: this.size(plan.bytes) })
						: navigator.onLine
							? this.strings.idleUnknown
							: this.strings.needsNetwork,
				);
			this.setState('idle');
		}
		this.status.textContent = parts.join(' ');
	}

	private showProgress(done: number, total: number, bytes: number) {
		this.progress.max = total;
		this.progress.value = done;
		this.progressText.textContent = fill(this.strings.progress, { done, total, size: this.size(bytes) });
	}

	private async save() {
		if (this.controller) return;
		const plan = await this.plan();
		if (!plan) {
			this.status.textContent = this.strings.needsNetwork;
			return;
		}
		const controller = new AbortController();
		this.controller = controller;
		const name = this.cacheName;
		const existed = await caches.has(name);
		const urls = [...plan.pages, ...plan.files];
		let done = 0;
		let bytes = 0;
		this.setState('saving');
		this.status.textContent = '';
		this.showProgress(0, urls.length, 0);
		// Ask the browser not to evict saved sections under storage pressure (best effort).
		void navigator.storage?.persist?.().catch(() => false);
		let note: string | undefined;
		try {
			const cache = await caches.open(name);
			await runLimited(
				urls,
				parallel,
				async (url) => {
					const response = await fetch(url, { signal: controller.signal, cache: 'no-cache', credentials: 'same-origin' });
					if (!response.ok) throw new Error(`${response.status} ${url}`);
					await cache.put(url, response.clone());
					// (`bytes += await …` would read `bytes` before the await and lose parallel updates.)
					const size = (await response.blob()).size;
					bytes += size;
					this.showProgress(++done, urls.length, bytes);
				},
				controller.signal,
			);
			const record: SavedRecord = { version: plan.version, savedAt: new Date().toISOString(), pages: plan.pages.length, files: plan.files.length, bytes };
			await cache.put(this.marker, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
			// An update drops what the section no longer has (removed pages, old index files).
			const keep = new Set([...urls, this.marker].map((url) => new URL(url, location.href).href));
			for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
		} catch {
			note = controller.signal.aborted ? this.strings.cancelled : this.strings.failed;
			controller.abort(); // a failure also stops the downloads still running
			// A first save that did not finish keeps nothing; an update keeps the earlier copy.
			if (!existed) await caches.delete(name);
		}
		this.controller = undefined;
		await this.refresh(note);
		document.dispatchEvent(new CustomEvent(savedChangeEvent, { detail: name }));
	}

	private async remove() {
		await caches.delete(this.cacheName);
		await this.refresh(this.strings.removed);
		document.dispatchEvent(new CustomEvent(savedChangeEvent, { detail: this.cacheName }));
	}
}
