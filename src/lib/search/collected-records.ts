/**
 * The search records pages hand to the search index (fallback-records.ts): pages add theirs as
 * they render, and the finish-site integration takes them once every page is written. Kept on
 * `globalThis` because the integration and the pages load this module separately (Astro bundles
 * the pages).
 */
import type { SearchRecord } from './fallback-records.ts';

const key = Symbol.for('openmodels.searchRecords');
const records: Map<string, SearchRecord> = ((globalThis as Record<symbol, Map<string, SearchRecord> | undefined>)[key] ??= new Map());

/** Adds a page's record; a page rendered again (in dev) replaces its own. */
export function addSearchRecord(record: SearchRecord): void {
	records.set(record.url, record);
}

/** Every record added since the last call, by URL, and forgets them. */
export function takeSearchRecords(): SearchRecord[] {
	const all = [...records.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	records.clear();
	return all;
}
