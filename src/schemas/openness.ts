/**
 * "How open is it?": the components of the Linux Foundation's Model Openness Framework (MOF)
 * and what a card records of them.
 *
 * Components follow MOT, https://github.com/lfai/model_openness_tool (read at commit 8b5d30e,
 * May 2026): their content type, class and whether they are required are from
 * web/modules/mof/config/install/mof.settings.yml (MOT's numeric ids are kept as `motId`). The
 * licence lists MOT classifies them with are in openness-licenses.ts.
 *
 * A card records, per component, the licence it is released under and where: `openness_components`
 * (the field name is up to the card schema). The class itself is computed in src/lib/openness.ts.
 */
import { z } from 'zod';
import { isKnownOpennessLicense, knownOpennessLicenseIds, UNLICENSED, type ContentType } from './openness-licenses.ts';
import { closest } from './closest.ts';
import { explainedLicenseIds, findLicenseAnySpelling } from './vocabularies.ts';
import { factSourceSchema, sourceUrlSchema } from './sources.ts';

/** MOF classes: III is the least a release can be classified as, I the most complete. */
export type OpennessClass = 1 | 2 | 3;

export const opennessClassNames: Record<OpennessClass, string> = {
	3: 'Open Model',
	2: 'Open Tooling',
	1: 'Open Science',
};

/** The 17 MOF components, in the framework's order (code, then data and parameters, then documents). */
export const opennessComponentIds = [
	'model-architecture',
	'data-preprocessing-code',
	'training-code',
	'inference-code',
	'evaluation-code',
	'supporting-libraries-and-tools',
	'model-parameters',
	'intermediate-model-parameters',
	'datasets',
	'evaluation-data',
	'model-metadata',
	'sample-model-outputs',
	'model-card',
	'data-card',
	'technical-report',
	'research-paper',
	'evaluation-results',
] as const;
export type OpennessComponentId = (typeof opennessComponentIds)[number];

export interface OpennessComponent {
	/** MOF's name for the component, as MOT spells it. */
	name: string;
	/** MOT's numeric component id (mof.settings.yml), for cross-reference. */
	motId: number;
	contentType: ContentType;
	/** The class that first asks for it. Classes are cumulative: Class II needs Class III's components too, Class I needs both. */
	class: OpennessClass;
	/** False for the three components MOF lists but no class requires. */
	required: boolean;
}

export const opennessComponents: Record<OpennessComponentId, OpennessComponent> = {
	'model-architecture': { name: 'Model architecture', motId: 9, contentType: 'code', class: 3, required: true },
	'data-preprocessing-code': { name: 'Data preprocessing code', motId: 16, contentType: 'code', class: 1, required: true },
	'training-code': { name: 'Training code', motId: 7, contentType: 'code', class: 2, required: true },
	'inference-code': { name: 'Inference code', motId: 8, contentType: 'code', class: 2, required: true },
	'evaluation-code': { name: 'Evaluation code', motId: 18, contentType: 'code', class: 2, required: true },
	'supporting-libraries-and-tools': { name: 'Supporting libraries and tools', motId: 22, contentType: 'code', class: 2, required: false },
	'model-parameters': { name: 'Model parameters (Final)', motId: 10, contentType: 'data', class: 3, required: true },
	'intermediate-model-parameters': { name: 'Model parameters (Intermediate)', motId: 24, contentType: 'data', class: 1, required: true },
	datasets: { name: 'Datasets', motId: 15, contentType: 'data', class: 1, required: true },
	'evaluation-data': { name: 'Evaluation data', motId: 19, contentType: 'data', class: 2, required: true },
	'model-metadata': { name: 'Model metadata', motId: 17, contentType: 'data', class: 1, required: false },
	'sample-model-outputs': { name: 'Sample model outputs', motId: 20, contentType: 'document', class: 3, required: false },
	'model-card': { name: 'Model card', motId: 13, contentType: 'document', class: 3, required: true },
	'data-card': { name: 'Data card', motId: 14, contentType: 'document', class: 3, required: true },
	/** Class III asks for it, but an openly licensed research paper may stand in for it (MOT's ModelEvaluator). */
	'technical-report': { name: 'Technical report', motId: 11, contentType: 'document', class: 3, required: true },
	'research-paper': { name: 'Research paper', motId: 21, contentType: 'document', class: 1, required: true },
	'evaluation-results': { name: 'Evaluation results', motId: 12, contentType: 'document', class: 3, required: true },
};

/** The components a class adds to the class below it (not cumulative). */
export function componentsAddedBy(cls: OpennessClass): OpennessComponentId[] {
	return opennessComponentIds.filter((id) => opennessComponents[id].required && opennessComponents[id].class === cls);
}

/** Every component a class requires, its own and those of the classes below it. */
export function componentsRequiredFor(cls: OpennessClass): OpennessComponentId[] {
	return opennessComponentIds.filter((id) => opennessComponents[id].required && opennessComponents[id].class >= cls);
}

// — What a card records —

/** What the source says when it names no licence: the component counts as under a closed one. */
export const OTHER_LICENSE = 'other';

const licenseIdSchema = z
	.string({ error: `expected a licence id such as "Apache-2.0", "CC-BY-4.0" or "${UNLICENSED}"` })
	.regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, {
		error: `expected one licence id such as "Apache-2.0" or "cc-by-4.0" (no spaces or SPDX expressions: record the licence that applies, or "${UNLICENSED}" if none is given)`,
	})
	.superRefine((id, ctx) => {
		// A mistyped id would count as a closed licence and change the class without a word.
		if (id === UNLICENSED || id === OTHER_LICENSE || isKnownOpennessLicense(id) || findLicenseAnySpelling(id)) return;
		const suggestion = closest(id, [...knownOpennessLicenseIds, ...explainedLicenseIds]);
		ctx.addIssue({
			code: 'custom',
			message: `"${id}" is not a licence id OpenModels knows${suggestion ? `: did you mean "${suggestion}"?` : ''} (write an SPDX id such as "Apache-2.0", a Hugging Face id, the id of an entry in src/schemas/vocabularies/licenses.json, "${OTHER_LICENSE}" for a licence the source does not name, or "${UNLICENSED}")`,
		});
	});

/** One released component: its licence and where it is published. */
export const opennessComponentSchema = z.strictObject({
	/** SPDX id (any case), Hugging Face licence id or an id of the licence vocabulary (src/schemas/vocabularies/licenses.json); `other` for a licence the source does not name; `unlicensed` when it is released without a licence. */
	license: licenseIdSchema,
	/** The page where the component itself is released (repository, file, dataset or paper). */
	url: sourceUrlSchema,
	/** The words on that page that state the release or its licence. */
	quote: factSourceSchema.shape.quote,
});
export type OpennessComponentRecord = z.output<typeof opennessComponentSchema>;

/** A card's record: one entry per MOF component that is released; components not released are left out. */
export const opennessComponentsSchema = z
	.strictObject(
		Object.fromEntries(opennessComponentIds.map((id) => [id, opennessComponentSchema.optional()])) as Record<
			OpennessComponentId,
			z.ZodOptional<typeof opennessComponentSchema>
		>,
	)
	.default({});
export type OpennessComponents = Partial<Record<OpennessComponentId, OpennessComponentRecord>>;
