/**
 * Docs pages use Starlight's schema in the build, but Starlight writes several of its fields as
 * raw HTML (`head`, `banner`, `hero` title and tagline) or lets a page take another page's URL
 * (`slug`). Content may use only the fields below; a maintainer widens this list on purpose.
 * `npm run validate` applies it, and so does the build, whose content gate runs the same checks
 * before Astro reads content/ (Starlight's own schema also validates <StarlightPage> props, so
 * it cannot be narrowed there).
 */
import type { StarlightIcon } from '@astrojs/starlight/types';
import { z } from 'zod';
import { descriptionSchema, textSchema, titleSchema, urlSchema } from './shared.ts';

/**
 * Icons a hero action may show: Starlight's schema fails the build on a name it does not know,
 * and its list is not public at run time, so `satisfies` checks these names against its type.
 */
export const heroIcons = [
	'right-arrow',
	'left-arrow',
	'open-book',
	'external',
	'github',
	'rocket',
	'information',
	'pencil',
	'star',
	'document',
	'add-document',
	'translate',
	'comment',
	'heart',
	'puzzle',
	'setting',
	'laptop',
	'list-format',
] as const satisfies readonly StarlightIcon[];

export const docsPageSchema = z.strictObject({
	title: titleSchema,
	description: descriptionSchema,
	/** `splash` for the home page, `doc` (the default) elsewhere. */
	template: z.enum(['doc', 'splash']).optional(),
	hero: z
		.strictObject({
			title: titleSchema.optional(),
			tagline: textSchema.max(300).optional(),
			actions: z
				.array(
					z.strictObject({
						text: textSchema.max(80),
						link: urlSchema,
						icon: z.enum(heroIcons, { error: `expected one of Starlight's icons: ${heroIcons.join(', ')}` }).optional(),
						variant: z.enum(['primary', 'secondary', 'minimal']).optional(),
					}),
				)
				.max(4)
				.optional(),
		})
		.optional(),
	sidebar: z.strictObject({ label: textSchema.max(80).optional(), order: z.number().int().optional(), hidden: z.boolean().optional() }).optional(),
	tableOfContents: z.boolean().optional(),
	pagefind: z.boolean().optional(),
});
