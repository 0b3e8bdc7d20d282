/** Sector working groups (healthcare, education, …): the hubs that gather related content. */
import { z } from 'zod';
import { descriptionSchema, textSchema, titleSchema, translationBase, urlSchema } from './shared.ts';

export const workingGroupSchema = z.strictObject({
	title: titleSchema,
	description: descriptionSchema,
	focus_areas: z.array(textSchema).min(1, { error: 'list at least one focus area' }),
	/** Real people only: until volunteers sign up, leave this empty and the page says "open". */
	leads: z.array(textSchema).default([]),
	/** Where the group talks: a discussion category, label or chat. */
	discussion_url: urlSchema,
	/** Display order on the overview page. */
	order: z.number().int().default(100),
});

export const workingGroupTranslationSchema = z.strictObject({
	...translationBase,
	focus_areas: z.array(textSchema).optional(),
});

export type WorkingGroup = z.output<typeof workingGroupSchema>;
