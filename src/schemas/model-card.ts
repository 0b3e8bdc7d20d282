/**
 * Model cards: Hugging Face model-card metadata (same keys, same meaning) plus OpenModels'
 * own facts. The body must follow the sections of Mitchell et al. (2019), "Model Cards for
 * Model Reporting", which `missingModelSections` checks.
 */
import { z } from 'zod';
import {
	dateSchema,
	descriptionSchema,
	idListSchema,
	languageListSchema,
	textSchema,
	titleSchema,
	translationBase,
	urlSchema,
	type ContentLocale,
} from './shared.ts';
import { closest } from './closest.ts';
import { opennessComponentsSchema } from './openness.ts';
import { isFactSource, missingSourceMessage, notApplicableConflictMessage, factSourceSchema, sourcedFields, sourcesSchema } from './sources.ts';
import { explainedLicenseIds, libraryIds, licenseCategories, licenseIds, modalityIds, organizationIds, taskIds, weightsLicenseEntry } from './vocabularies.ts';

const metricSchema = z.strictObject({
	/** Metric id, e.g. `wer`, `accuracy`. */
	type: textSchema,
	/** Reported value; Hugging Face allows numbers and strings. */
	value: z.union([z.number(), z.string()], { error: 'expected a number (or a string such as "12.3%")' }),
	name: z.string().optional(),
	config: z.string().optional(),
	args: z.unknown().optional(),
	verified: z.boolean().optional(),
});

const resultSchema = z.strictObject({
	task: z.strictObject({ type: textSchema, name: z.string().optional() }),
	dataset: z.strictObject({
		type: textSchema,
		name: textSchema,
		config: z.string().optional(),
		split: z.string().optional(),
		revision: z.string().optional(),
		args: z.unknown().optional(),
	}),
	metrics: z.array(metricSchema).min(1, { error: 'list at least one metric for each result' }),
	/** Where the figures were published: the model's own card or paper (required on cards). */
	source: z.strictObject({ name: z.string().optional(), url: factSourceSchema.shape.url, quote: factSourceSchema.shape.quote }).optional(),
});

/** Hugging Face's `model-index`: evaluation results in a machine-readable form. */
export const modelIndexSchema = z.array(z.strictObject({ name: textSchema, results: z.array(resultSchema) }));

const hubRepoIdSchema = z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'expected a Hugging Face repository id such as "org/model-name"' });

export const modelCardSchema = z
	.strictObject({
		// — OpenModels —
		/** Display name, e.g. "Whisper large-v3". */
		title: titleSchema,
		description: descriptionSchema,
		/** Who released the model: an id from src/schemas/vocabularies/organizations.json. */
		organization: z
			.string({ error: 'expected an organisation id such as "meta" (see src/schemas/vocabularies/organizations.json)' })
			.refine((id) => organizationIds.includes(id), {
				error: (issue) =>
					`unknown organisation id "${String(issue.input)}"${closest(String(issue.input), organizationIds) ? `: did you mean "${closest(String(issue.input), organizationIds)}"?` : ''} (add the organisation to src/schemas/vocabularies/organizations.json if it is new)`,
			}),
		/** First public release of these weights. Leave out when unsure. */
		release_date: dateSchema.optional(),
		/** Number of parameters as a plain number, e.g. 7000000000. */
		parameters: z.number({ error: 'expected a number of parameters such as 7000000000' }).int().positive().optional(),
		modality: z.enum(modalityIds, { error: `expected one of: ${modalityIds.join(', ')}` }),
		/** Model family or architecture, e.g. "Transformer encoder-decoder". */
		architecture: textSchema.optional(),
		/** Maximum input length in tokens, where that applies. */
		context_length: z.number().int().positive().optional(),
		/**
		 * Architecture figures from the model's own `config.json`, used to estimate the memory of
		 * a full context (key/value cache). Hugging Face's config names.
		 */
		config: z
			.strictObject({
				num_hidden_layers: z.number().int().positive(),
				num_key_value_heads: z.number().int().positive(),
				head_dim: z.number().int().positive(),
				source: factSourceSchema,
			})
			.optional(),
		/** Quantised builds people run: official or widely used GGUF repositories and Ollama tags. */
		quantized_builds: z
			.array(
				z.strictObject({
					format: z.enum(['gguf', 'ollama', 'mlx', 'awq', 'gptq', 'onnx']),
					/** Hub repository id or Ollama tag, e.g. "Qwen/Qwen3-8B-GGUF" or "qwen3:8b". */
					name: textSchema.max(120),
					url: factSourceSchema.shape.url,
					/** Published by the model's own organisation. */
					official: z.boolean().default(false),
				}),
			)
			.default([]),
		/**
		 * The components of the Model Openness Framework this release includes, each with its
		 * licence and where it is published (src/schemas/openness.ts); the class is computed.
		 */
		openness_components: opennessComponentsSchema,
		/** Where each fact above comes from, keyed by field name (see src/schemas/sources.ts). */
		sources: sourcesSchema,
		/** The Hugging Face repository that holds the weights, used for "how to use". */
		hub_id: hubRepoIdSchema.optional(),
		links: z
			.strictObject({
				repository: urlSchema.optional(),
				paper: urlSchema.optional(),
				weights: urlSchema.optional(),
				demo: urlSchema.optional(),
			})
			.refine((links) => links.repository || links.paper, {
				error: 'cite the paper or the official repository (links.paper or links.repository)',
			}),
		/** BibTeX for the paper, copied from the paper's own page. */
		citation: z.string().optional(),
		working_groups: idListSchema,
		/** What is actually open. Leave a fact out when unsure. */
		openness: z
			.strictObject({
				weights: z.boolean().optional(),
				training_data: z.enum(['disclosed', 'partial', 'undisclosed']).optional(),
				training_code: z.boolean().optional(),
			})
			.default({}),
		// — Hugging Face model-card metadata —
		license: z
			.enum(licenseIds, {
				error: (issue) =>
					typeof issue.input === 'string' && explainedLicenseIds.includes(issue.input)
						? `"${issue.input}" is a licence the Hub has no id for: write \`license: other\` and \`license_name: ${issue.input}\``
						: 'expected a Hugging Face licence id such as apache-2.0, mit, llama2 or other (see src/schemas/vocabularies/licenses.json)',
			})
			.describe("the Hugging Face licence id, as the model's Hub card gives it"),
		license_name: z
			.string()
			.optional()
			.describe("the licence the weights are under, where the Hub id does not name it: an id of OpenModels' licence vocabulary"),
		license_link: urlSchema.optional().describe('the text of the licence the weights are under'),
		/** OpenModels' reading of an `other` licence: how freely it may be used. */
		license_category: z.enum(licenseCategories).optional(),
		language: languageListSchema.optional(),
		pipeline_tag: z.enum(taskIds, { error: 'expected a Hugging Face task id such as text-generation (see src/schemas/vocabularies/tasks.json)' }),
		library_name: z.enum(libraryIds, { error: 'expected a library id such as transformers (see src/schemas/vocabularies/libraries.json)' }).optional(),
		base_model: z.union([hubRepoIdSchema, z.array(hubRepoIdSchema)]).optional(),
		base_model_relation: z.enum(['adapter', 'merge', 'quantized', 'finetune']).optional(),
		datasets: z.array(z.string()).optional(),
		metrics: z.array(z.string()).optional(),
		tags: z.array(z.string()).default([]),
		'model-index': modelIndexSchema.optional(),
	})
	.superRefine((card, ctx) => {
		// The licence the weights are under must be explained in the vocabulary: `license_name`
		// names it for `other` (or where the Hub tag covers only part of the release).
		if (card.license_name !== undefined && !explainedLicenseIds.includes(card.license_name)) {
			const suggestion = closest(card.license_name, explainedLicenseIds);
			ctx.addIssue({
				code: 'custom',
				path: ['license_name'],
				message: `"${card.license_name}" is not in src/schemas/vocabularies/licenses.json${suggestion ? `: did you mean "${suggestion}"?` : ''} (add the licence there, with "hub": false, its name, text and sourced answers, and use its id here)`,
			});
		}
		// The category is the vocabulary's reading of the licence the weights are under; a card may not
		// contradict it. (An unknown `license_name` is reported above; `other` without one, below.)
		const named = card.license_name === undefined || explainedLicenseIds.includes(card.license_name) ? weightsLicenseEntry(card) : undefined;
		if (named && card.license_category !== undefined && card.license_category !== named.category) {
			ctx.addIssue({
				code: 'custom',
				path: ['license_category'],
				message: `"${card.license_category}" contradicts the licence vocabulary, which reads ${named.id} as "${named.category}" (write "${named.category}", or change the vocabulary entry with its source)`,
			});
		}
		// "Not released" in the facts cannot stand beside a released component.
		for (const [key, component] of [
			['weights', 'model-parameters'],
			['training_code', 'training-code'],
		] as const) {
			if (card.openness[key] === false && card.openness_components?.[component]) {
				ctx.addIssue({
					code: 'custom',
					path: ['openness', key],
					message: `says not released, but openness_components records ${component} as released: correct one of the two`,
				});
			}
		}
		if (card.license === 'other') {
			for (const key of ['license_name', 'license_link', 'license_category'] as const) {
				if (!card[key]) {
					ctx.addIssue({
						code: 'custom',
						path: [key],
						message: `is required when license is "other" (name the licence, link its text and say whether it is permissive, copyleft, restricted or non-commercial)`,
					});
				}
			}
		}
		card['model-index']?.forEach((model, modelIndex) =>
			model.results.forEach((result, resultIndex) => {
				if (!result.source) {
					ctx.addIssue({
						code: 'custom',
						path: ['model-index', modelIndex, 'results', resultIndex, 'source'],
						message: 'every result needs source: { url: https://…, name: "…" }, the model card or paper the figures come from',
					});
				}
			}),
		);
		for (const field of sourcedFields) {
			const source = card.sources[field];
			if (card[field] !== undefined && !isFactSource(source)) {
				ctx.addIssue({
					code: 'custom',
					path: source ? ['sources', field] : [field],
					message: source ? notApplicableConflictMessage(field, source) : missingSourceMessage(field),
				});
			}
		}
		if (card.base_model_relation && !card.base_model) {
			ctx.addIssue({ code: 'custom', path: ['base_model'], message: 'is required when base_model_relation is set' });
		}
	});

/** A translation carries words only: the title, the description and the architecture's description. */
export const modelCardTranslationSchema = z.strictObject({ ...translationBase, architecture: textSchema.optional() });

export type ModelCard = z.output<typeof modelCardSchema>;

/** Body headings required by locale, in the order a reader expects them. */
export const requiredModelSections: Record<ContentLocale, string[]> = {
	en: ['Intended use', 'Limitations and risks', 'Training data', 'Evaluation'],
	'zh-cn': ['预期用途', '局限与风险', '训练数据', '评估'],
};

/** The problem message for missing sections, shared by `npm run validate` and the build. */
export function missingSectionsMessage(missing: readonly string[]): string {
	return `missing section${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"## ${name}"`).join(', ')}: a model card needs these headings (Mitchell et al. 2019)`;
}

/**
 * The required sections a model card lacks, given the text of its body's second-level headings
 * (from the parsed body: validate's syntax tree, or the headings Astro's renderer reports).
 */
export function missingModelSections(sectionHeadings: readonly string[], locale: ContentLocale): string[] {
	const headings = new Set(sectionHeadings.map((heading) => heading.trim().toLowerCase()));
	return requiredModelSections[locale].filter((section) => !headings.has(section.toLowerCase()));
}
