/**
 * One entry per licence the catalog uses (src/schemas/vocabularies/licenses.json): its names,
 * its text, and sourced, plain answers to the questions people ask before using a model. The
 * answers are OpenModels' reading of the licence text, not legal advice; each cites the text.
 */
import { z } from 'zod';
import { factSourceSchema } from './sources.ts';

export const licenseCategories = ['permissive', 'copyleft', 'restricted', 'non-commercial', 'unknown'] as const;

/** "Can I use it commercially?" */
export const commercialAnswers = ['yes', 'conditions', 'no'] as const;
export type CommercialAnswer = (typeof commercialAnswers)[number];

/** Conditions a licence attaches to use or redistribution. */
export const licenseConditions = [
	/** Keep the copyright and licence notice, credit the authors. */
	'attribution',
	/** Derivatives must be shared under the same licence. */
	'share-alike',
	/** Offering the model over a network counts as distribution (AGPL-style). */
	'network-use',
	/** Listed uses are forbidden (e.g. OpenRAIL's use restrictions). */
	'use-restrictions',
	/** Above a number of users, a separate licence is needed. */
	'user-threshold',
	/** An acceptable-use policy applies and may change. */
	'acceptable-use-policy',
	/** Derived models or products must carry a given name or notice ("Built with …"). */
	'naming',
	/** People or companies in some regions get no rights (e.g. Llama 4's multimodal models in the EU). */
	'regional-restriction',
	/** Only non-commercial use. */
	'non-commercial',
	/** No derivatives may be shared. */
	'no-derivatives',
] as const;
export type LicenseCondition = (typeof licenseConditions)[number];

const localizedText = z.strictObject({ en: z.string().trim().min(1).max(400), 'zh-cn': z.string().trim().min(1).max(400) });

export const licenseEntrySchema = z
	.strictObject({
		/** The Hugging Face licence id, or for a licence the Hub has no id for, the id cards give as `license_name`. */
		id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/),
		/** False for licences without a Hugging Face id (cards say `license: other` and name this id). */
		hub: z.boolean().optional(),
		name: z.string().trim().min(1),
		name_zh: z.string().trim().min(1).optional(),
		category: z.enum(licenseCategories),
		spdx: z.string().optional(),
		/** The licence text. */
		url: factSourceSchema.shape.url.optional(),
		commercial: z.enum(commercialAnswers).optional(),
		conditions: z.array(z.enum(licenseConditions)).optional(),
		/** "May I fine-tune and share the result?" */
		derivatives: z.enum(commercialAnswers).optional(),
		/** The one thing to know, in plain words, in both languages. */
		summary: localizedText.optional(),
		/** Where the answers were read: the licence text, with its words. */
		source: factSourceSchema.optional(),
		/**
		 * The acceptable-use policy the licence incorporates, with the words a condition is read from
		 * (the `acceptable-use-policy` and `regional-restriction` conditions link to it).
		 */
		policy: factSourceSchema.optional(),
	})
	.superRefine((entry, ctx) => {
		// "Permissive" tells readers (and API clients filtering on it) that keeping the notices is all
		// they owe: a licence with any other condition belongs to another category.
		if (entry.category !== 'permissive') return;
		const extra = (entry.conditions ?? []).filter((condition) => condition !== 'attribution');
		if (extra.length > 0 || (entry.commercial ?? 'yes') !== 'yes' || (entry.derivatives ?? 'yes') !== 'yes')
			ctx.addIssue({
				code: 'custom',
				path: ['category'],
				message: `a permissive licence asks for nothing but its notices, but ${entry.id} has ${[...extra.map((condition) => `the condition "${condition}"`), ...(['commercial', 'derivatives'] as const).filter((key) => (entry[key] ?? 'yes') !== 'yes').map((key) => `${key}: "${entry[key]}"`)].join(', ')} (use "restricted")`,
			});
	});
export type LicenseEntry = z.output<typeof licenseEntrySchema>;
