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

/** Letters and digits only, in lower case: "GPQA Diamond" and "gpqa_diamond" say the same. */
const spelledAlike = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A dataset as a reader names it: its name, then the config and split the name does not already
 * say ("ARC-Challenge" with config ARC-Challenge, "GPQA Diamond" with config gpqa_diamond).
 */
export function datasetLabel(dataset: { name?: string; type?: string; config?: string; split?: string }): string {
	const parts: string[] = [];
	for (const part of [dataset.name ?? dataset.type, dataset.config, dataset.split])
		if (part && !parts.some((shown) => spelledAlike(shown) === spelledAlike(part))) parts.push(part);
	return parts.join(' · ');
}

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
				dataset: datasetLabel(result.dataset),
				metric: metric.name ?? metric.type,
				value: typeof metric.value === 'number' ? String(Math.round(metric.value * 10000) / 10000) : metric.value,
				sourceUrl: result.source?.url,
				sourceName: result.source?.name,
			})),
		),
	);
}
