/**
 * Side-by-side comparison of model records from the JSON API. Pure: the compare page's script
 * renders what these functions return.
 */

export const MAX_COMPARED = 4;

/** Every well-formed model id in `?models=a,b,c`, without repeats, however many. */
export function requestedIds(search: string): string[] {
	const value = new URLSearchParams(search).get('models') ?? '';
	const ids = value
		.split(',')
		.map((id) => id.trim())
		.filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
	return [...new Set(ids)];
}

/** The model ids compared: the first four requested. */
export function comparedIds(search: string): string[] {
	return requestedIds(search).slice(0, MAX_COMPARED);
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
			dataset: { type: string; name: string; split?: string; config?: string; args?: unknown };
			metrics: { type: string; value: number | string; name?: string; config?: string; args?: unknown }[];
		}[];
	}[];
}

export interface AlignedResult {
	/** task · dataset · config · split · arguments · metric and how it was measured: results are only compared when all agree. */
	key: string;
	label: string;
	values: (number | string | undefined)[];
}

/** Text compared as the same when only its letter case or spacing differs. */
const normalized = (text: string | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Arguments (`args`) as stable text: the same arguments in another key order compare equal. */
function argsText(args: unknown): string {
	if (args === undefined || args === null) return '';
	if (typeof args !== 'object') return JSON.stringify(args);
	if (Array.isArray(args)) return `[${args.map(argsText).join(',')}]`;
	return `{${Object.keys(args)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${argsText((args as Record<string, unknown>)[key])}`)
		.join(',')}}`;
}

/**
 * Evaluation results that two or more of the models report on the same task, dataset, config,
 * split and metric, measured the same way, one row per such measurement, in the order the first
 * model lists them. Cards record how a figure was measured (shots, chain of thought) in the
 * metric's name, config or arguments, so those must match too: "GSM8K (8-shot, CoT)" and
 * "GSM8K (0-shot)" are two measurements, and a row never sets one beside the other.
 */
export function alignedResults(models: readonly ModelIndexRecord[]): AlignedResult[] {
	const rows = new Map<string, AlignedResult>();
	models.forEach((model, column) => {
		for (const entry of model['model-index'] ?? []) {
			for (const result of entry.results) {
				for (const metric of result.metrics) {
					const key = [
						result.task.type,
						result.dataset.type,
						result.dataset.config ?? '',
						result.dataset.split ?? '',
						argsText(result.dataset.args),
						metric.type,
						normalized(metric.name),
						metric.config ?? '',
						argsText(metric.args),
					].join(' · ');
					const row = rows.get(key) ?? {
						key,
						label: resultLabel(result.dataset, metric),
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

/** "MMLU (test) — accuracy", or the metric's name alone when it already names the dataset ("GSM8K (8-shot, CoT)"). */
function resultLabel(dataset: { name: string; split?: string }, metric: { type: string; name?: string }): string {
	const name = metric.name ?? metric.type;
	const split = dataset.split ? ` (${dataset.split})` : '';
	if (normalized(name).startsWith(normalized(dataset.name))) return `${name}${split}`;
	return `${dataset.name}${split} — ${name}`;
}
