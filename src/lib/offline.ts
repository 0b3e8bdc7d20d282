/**
 * Offline reading: names and pure helpers shared by the build (integration), the service worker
 * plugins' tests and the browser code. No DOM, no Node APIs, no imports: the browser bundles
 * stay small.
 */

/** Collections that can be saved for offline reading, by their URL segment. */
export const offlineSections = ['models', 'tutorials', 'case-studies', 'events', 'working-groups'] as const;
export type OfflineSection = (typeof offlineSections)[number];
/** A section, or `all`: every page of one language. */
export type SaveTarget = OfflineSection | 'all';

/** Locales by URL prefix; the default locale has none. Mirrors `src/i18n` without importing it. */
export const offlineLocales = ['en', 'zh-cn'] as const;
export type OfflineLocale = (typeof offlineLocales)[number];

export const themeColor = '#3b43d6';
export const backgroundColor = '#ffffff';

/** Dispatched on `document` when a section was saved or removed (detail: the cache name). */
export const savedChangeEvent = 'openmodels:offline-saved';

/** Prefix of every Cache Storage cache the "Save for offline" controls create. */
export const savedCachePrefix = 'openmodels-offline-';

/** One dedicated cache per saved section per language, e.g. `openmodels-offline-zh-cn-models`. */
export function savedCacheName(locale: string, target: SaveTarget): string {
	return `${savedCachePrefix}${locale}-${target}`;
}

/** The key under which a saved cache records what it holds (never a real page URL). */
export function savedMarkerUrl(base: string, locale: string, target: SaveTarget): string {
	return `${trailingSlash(base)}offline/saved/${locale}/${target}.json`;
}

/** Everything one "Save for offline" control downloads, in its own file (`PlanSummary.url`). */
export interface SavePlan {
	/** Page URLs (root-relative, with the base path). */
	pages: string[];
	/** Other files the pages need offline: the Pagefind files to search them. */
	files: string[];
	/** Uncompressed bytes of pages and files together. */
	bytes: number;
	/** Content hash: changes when any of the files change. */
	version: string;
}
export interface SectionsFile {
	base: string;
	locales: Record<string, Partial<Record<SaveTarget, SavePlan>>>;
}

/**
 * What `sections.json` holds per language per target: the size of a plan and where it is. Every
 * page with a control loads this on start, so it must not grow with the catalog; the URL lists
 * (`SavePlan`) load only when a reader saves.
 */
export interface PlanSummary {
	pages: number;
	bytes: number;
	version: string;
	/** The plan's own file, root-relative with the base path; its name carries the version. */
	url: string;
}
export interface SectionsIndex {
	base: string;
	locales: Record<string, Partial<Record<SaveTarget, PlanSummary>>>;
}

/** What a saved cache records about itself under `savedMarkerUrl`. */
export interface SavedRecord {
	version: string;
	savedAt: string;
	pages: number;
	files: number;
	bytes: number;
}

export function trailingSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/** The part of a root-relative path after the base: `/home/zh-cn/models/` → `zh-cn/models/`. */
export function pathInSite(pathname: string, base: string): string | undefined {
	const prefix = trailingSlash(base);
	if (pathname === prefix.slice(0, -1)) return '';
	return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
}

/** The locale a path belongs to: the default locale unless it starts with another locale's prefix. */
export function localeOfPath(pathname: string, base: string): OfflineLocale {
	const inner = pathInSite(pathname, base) ?? '';
	return offlineLocales.find((locale) => locale !== 'en' && (inner === locale || inner.startsWith(`${locale}/`))) ?? 'en';
}

/** The home path of a locale: `/home/` or `/home/zh-cn/`. */
export function localeHome(base: string, locale: string): string {
	return `${trailingSlash(base)}${locale === 'en' ? '' : `${locale}/`}`;
}

/** The collection section a page belongs to, if any: `/home/zh-cn/models/x/` → `models`. */
export function sectionOfPath(pathname: string, base: string): OfflineSection | undefined {
	const locale = localeOfPath(pathname, base);
	const inner = pathInSite(pathname, base) ?? '';
	const rest = locale === 'en' ? inner : inner.slice(locale.length + 1);
	const first = rest.split('/')[0] ?? '';
	// The compare page reads saved model records, so it is saved with the models.
	if (first === 'compare') return 'models';
	return (offlineSections as readonly string[]).includes(first) ? (first as OfflineSection) : undefined;
}

/** A readable page (not an asset, feed or search file) of the given locale? */
export function isPageOf(pathname: string, base: string, locale: string): boolean {
	const inner = pathInSite(pathname, base);
	if (inner === undefined || !(inner === '' || inner.endsWith('/'))) return false;
	if (/^(_astro|pagefind|offline\/saved)\//.test(inner)) return false;
	return localeOfPath(pathname, base) === locale;
}

/** `{name}` placeholders, like `useTranslations` but for strings handed to the browser. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** 1536 → "1.5 KB", 5_400_000 → "5.1 MB" (binary units, one decimal below 10). */
export function formatBytes(bytes: number, locale = 'en'): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 10 ? 0 : 1;
	const number = new Intl.NumberFormat(locale === 'zh-cn' ? 'zh-CN' : 'en', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
	return `${number} ${units[unit]}`;
}

/** The page title from cached HTML, without the " | OpenModels" site suffix. */
export function titleOfHtml(html: string): string | undefined {
	const match = /<title>([^<]*)<\/title>/i.exec(html);
	if (!match?.[1]) return undefined;
	const text = match[1]
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.trim();
	return text.replace(/\s+\|\s+[^|]+$/, '') || undefined;
}

/**
 * Runs `task` over `items` with at most `limit` at a time, in order of start. Stops starting new
 * ones once `signal` aborts or a task fails, and rejects with the first error.
 */
export async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (next < items.length && !failed) {
			signal?.throwIfAborted();
			const item = items[next++] as T;
			try {
				await task(item);
			} catch (error) {
				failed = true;
				throw error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	signal?.throwIfAborted();
}
