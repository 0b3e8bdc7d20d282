/** Tutorials: step-by-step lessons with code, written in MDX. */
import { z } from 'zod';
import { seriesIds } from './vocabularies.ts';
import { dateSchema, descriptionSchema, idListSchema, idSchema, textSchema, titleSchema, translationBase } from './shared.ts';

export const tutorialLevels = ['beginner', 'intermediate', 'advanced'] as const;

export const tutorialSchema = z.strictObject({
	title: titleSchema,
	description: descriptionSchema,
	level: z.enum(tutorialLevels, { error: 'expected beginner, intermediate or advanced' }),
	/** Time a learner needs, in minutes. */
	duration: z.number({ error: 'expected the time in minutes, e.g. 30' }).int().positive().max(600),
	prerequisites: z.array(textSchema).default([]),
	objectives: z.array(textSchema).min(1, { error: 'list at least one learning objective' }),
	/** Model-card ids from the catalog. */
	models: idListSchema,
	working_groups: idListSchema,
	/** GitHub handles or organisation names; never invent people. */
	authors: z.array(textSchema).min(1, { error: 'name at least one author (a GitHub handle or organisation)' }),
	/** When someone last checked that the code still runs. */
	last_reviewed: dateSchema,
	/** A series of tutorials read in order: an id from src/schemas/vocabularies/series.json. */
	series: z
		.strictObject({
			id: idSchema.refine((id) => seriesIds.includes(id), {
				error: (issue) =>
					`unknown series "${String(issue.input)}": add it to src/schemas/vocabularies/series.json with its name in both languages, or use one of: ${seriesIds.join(', ')}`,
			}),
			order: z.number().int().positive(),
		})
		.optional(),
});

export const tutorialTranslationSchema = z.strictObject({
	...translationBase,
	prerequisites: z.array(textSchema).optional(),
	objectives: z.array(textSchema).optional(),
});

export type Tutorial = z.output<typeof tutorialSchema>;
