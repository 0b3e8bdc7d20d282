/** Flattens Hugging Face `model-index` results into table rows. Pure. */
interface ModelIndexLike {
	name: string;
	results: {
		task: { type: string; name?: string };
		dataset: { type: string; name: string; split?: string; config?: string };
		metrics: { type: string; value: number | string; name?: string }[];
		source?: { name?: string; url: string };
	}[];
}

export interface EvaluationRow {
	task: string;
	dataset: string;
	metric: string;
	value: string;
	sourceUrl?: string;
	sourceName?: string;
}

type ResultTask = ModelIndexLike['results'][number]['task'];

/**
 * `taskLabel` names a result's task; by default the card's own words (`task.name`, else the id).
 * Pages pass the vocabulary's name in the page's language.
 */
export function evaluationRows(
	modelIndex: readonly ModelIndexLike[],
	taskLabel: (task: ResultTask) => string = (task) => task.name ?? task.type,
): EvaluationRow[] {
	return modelIndex.flatMap((model) =>
		model.results.flatMap((result) =>
			result.metrics.map((metric) => ({
				task: taskLabel(result.task),
				// A config the name already says ("ARC-Challenge", config ARC-Challenge) is not repeated.
				dataset: [...new Set([result.dataset.name, result.dataset.config, result.dataset.split].filter(Boolean))].join(' · '),
				metric: metric.name ?? metric.type,
				value: typeof metric.value === 'number' ? String(Math.round(metric.value * 10000) / 10000) : metric.value,
				sourceUrl: result.source?.url,
				sourceName: result.source?.name,
			})),
		),
	);
}
