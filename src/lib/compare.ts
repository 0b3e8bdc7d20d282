/**
 * Side-by-side comparison of model records from the JSON API. Pure: the compare page's script
 * renders what these functions return.
 */

export const MAX_COMPARED = 4;

/** Model ids from `?models=a,b,c`: known shape only, no repeats, at most four. */
export function comparedIds(search: string): string[] {
	const value = new URLSearchParams(search).get('models') ?? '';
	const ids = value
		.split(',')
		.map((id) => id.trim())
		.filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
	return [...new Set(ids)].slice(0, MAX_COMPARED);
}

/** Where the compare page remembers the reader's current choice, so other pages can add to it. */
export const COMPARED_STORAGE_KEY = 'openmodels:compared';

/**
 * The choice with one more model: added last unless already chosen; when the choice is full,
 * the model chosen first makes room.
 */
export function withCompared(ids: readonly string[], id: string): string[] {
	if (ids.includes(id)) return [...ids];
	return [...ids, id].slice(-MAX_COMPARED);
}

/** The `?models=` query for a list of ids (an empty list gives no query). */
export function comparedSearch(ids: readonly string[]): string {
	return ids.length ? `?models=${ids.join(',')}` : '';
}

interface ModelIndexRecord {
	'model-index'?: {
		results: {
			task: { type: string; name?: string };
			dataset: { type: string; name: string; split?: string; config?: string };
			metrics: { type: string; value: number | string; name?: string }[];
		}[];
	}[];
}

export interface AlignedResult {
	/** task · dataset · config · split · metric: results are only compared when all agree. */
	key: string;
	label: string;
	values: (number | string | undefined)[];
}

/**
 * Evaluation results that two or more of the models report on the same task, dataset, config,
 * split and metric, one row per such measurement, in the order the first model lists them.
 */
export function alignedResults(models: readonly ModelIndexRecord[]): AlignedResult[] {
	const rows = new Map<string, AlignedResult>();
	models.forEach((model, column) => {
		for (const entry of model['model-index'] ?? []) {
			for (const result of entry.results) {
				for (const metric of result.metrics) {
					const key = [result.task.type, result.dataset.type, result.dataset.config ?? '', result.dataset.split ?? '', metric.type].join(' · ');
					const row = rows.get(key) ?? {
						key,
						label: `${result.dataset.name}${result.dataset.split ? ` (${result.dataset.split})` : ''} — ${metric.name ?? metric.type}`,
						values: Array.from({ length: models.length }, () => undefined),
					};
					row.values[column] ??= metric.value;
					rows.set(key, row);
				}
			}
		}
	});
	return [...rows.values()].filter((row) => row.values.filter((value) => value !== undefined).length >= 2);
}
