/**
 * The catalog's facets: which values each model card contributes to each facet. The same
 * function feeds the Pagefind filter attributes on model pages, the facet form on the catalog
 * page and the build-time counts, so the three always agree.
 */
import { licenseInfo, sizeBucket, sizeBuckets } from '../model-facts.ts';
import { runsOn } from '../memory.ts';
import { opennessFacet } from '../openness.ts';
import { canonicalLanguage } from '../format.ts';
import type { OpennessComponents } from '../../schemas/openness.ts';

export { facetIds, sortIds, type FacetId, type SortId } from './facet-ids.ts';
import type { FacetId, SortId } from './facet-ids.ts';
import { facetIds } from './facet-ids.ts';
import { cumulativeRunsOnCounts, runsOnOrder } from './runs-on.ts';

export interface FacetSource {
	title: string;
	organization: string;
	modality: string;
	pipeline_tag: string;
	license: string;
	license_name?: string;
	license_category?: 'permissive' | 'copyleft' | 'restricted' | 'non-commercial' | 'unknown';
	library_name?: string;
	working_groups: string[];
	language?: string[];
	parameters?: number;
	release_date?: Date;
	openness_components?: OpennessComponents;
}

export function facetValues(card: FacetSource): Record<FacetId, string[]> {
	const license = licenseInfo(card);
	return {
		task: [card.pipeline_tag],
		commercial: [license.entry?.commercial ?? 'unknown'],
		runs_on: [runsOn(card.parameters) ?? 'unknown'],
		openness: [opennessFacet(card.openness_components)],
		modality: [card.modality],
		license: [license.id],
		license_type: [license.category],
		library: card.library_name ? [card.library_name] : [],
		organization: [card.organization],
		working_group: [...card.working_groups],
		language: [...new Set((card.language ?? []).map(canonicalLanguage))],
		size: [sizeBucket(card.parameters)],
	};
}

export function sortValues(card: FacetSource): Record<SortId, string> {
	return {
		name: card.title.toLowerCase(),
		// Pages without a sort key would drop out of sorted results, so unknowns get the lowest value.
		released: card.release_date ? card.release_date.toISOString().slice(0, 10) : '0000-00-00',
		parameters: String(card.parameters ?? 0).padStart(15, '0'),
	};
}

export type FacetCounts = Record<FacetId, Map<string, number>>;

/** Build-time counts per facet value, most common first, then by value (sizes and "Runs on" in order of size). */
export function countFacets(cards: readonly FacetSource[]): FacetCounts {
	const counts = Object.fromEntries(facetIds.map((id) => [id, new Map<string, number>()])) as FacetCounts;
	for (const card of cards) {
		const values = facetValues(card);
		for (const id of facetIds) for (const value of values[id]) counts[id].set(value, (counts[id].get(value) ?? 0) + 1);
	}
	for (const id of facetIds) {
		counts[id] = new Map([...counts[id]].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
	}
	// Sizes smallest first, "not stated" last, as a reader scans a range.
	const sizeOrder: string[] = [...sizeBuckets.map((bucket) => bucket.id), 'unknown'];
	counts.size = new Map([...counts.size].sort(([a], [b]) => sizeOrder.indexOf(a) - sizeOrder.indexOf(b)));
	// Machines in order of size, each counting the models that fit it (runs-on.ts).
	const runsOn = cumulativeRunsOnCounts(Object.fromEntries(counts.runs_on));
	counts.runs_on = new Map(Object.entries(runsOn).sort(([a], [b]) => runsOnOrder(a, b)));
	return counts;
}
