/**
 * Case studies. A `deployment` describes something real and must cite public sources; an
 * `example` is an illustrative scenario and the page says so.
 */
import { z } from 'zod';
import { descriptionSchema, idListSchema, idSchema, textSchema, titleSchema, translationBase, urlSchema } from './shared.ts';

export const caseStudyKinds = ['deployment', 'example'] as const;

export const caseStudySchema = z
	.strictObject({
		title: titleSchema,
		description: descriptionSchema,
		kind: z.enum(caseStudyKinds, { error: 'expected deployment (a real, sourced deployment) or example (an illustrative scenario)' }),
		/** The working group whose sector this is. */
		sector: idSchema,
		/** Who deployed it; required for deployments. */
		organization: z.string().optional(),
		region: textSchema,
		models: idListSchema,
		problem: textSchema,
		approach: textSchema,
		outcome: textSchema,
		/** Measured results, each with where it was reported. */
		results: z.array(z.strictObject({ metric: textSchema, value: textSchema, source: urlSchema.optional() })).default([]),
		sources: z.array(urlSchema).default([]),
	})
	.superRefine((study, ctx) => {
		if (study.kind !== 'deployment') return;
		if (!study.organization) {
			ctx.addIssue({ code: 'custom', path: ['organization'], message: 'is required for a deployment: name who deployed it' });
		}
		if (study.sources.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'a deployment must cite at least one public source (https:// URL); use kind: example for an illustrative scenario',
			});
		}
		study.results.forEach((result, index) => {
			if (!result.source) {
				ctx.addIssue({
					code: 'custom',
					path: ['results', index, 'source'],
					message: 'every measured result of a deployment needs the URL where it was reported',
				});
			}
		});
	});

export const caseStudyTranslationSchema = z.strictObject({
	...translationBase,
	region: textSchema.optional(),
	problem: textSchema.optional(),
	approach: textSchema.optional(),
	outcome: textSchema.optional(),
});

export type CaseStudy = z.output<typeof caseStudySchema>;
