/** Registers the content collections; every schema comes from src/schemas/collections.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z as zod, type z } from 'zod';
import { collectionSpecs } from './schemas/collections.ts';
import { strictLoader } from './lib/content/strict-loader.ts';

function pattern(extensions: readonly string[]) {
	const names = extensions.map((extension) => extension.slice(1));
	return names.length === 1 ? `[^_]*.${names[0]}` : `[^_]*.{${names.join(',')}}`;
}

// `retainBody: false`: pages render each entry's HTML and never read its Markdown source, which
// would otherwise be kept in the content store that every prerender worker loads.
function collection<S extends z.ZodType>(folder: string, extensions: readonly string[], schema: S) {
	return defineCollection({ loader: strictLoader(glob({ base: `./${folder}`, pattern: pattern(extensions), retainBody: false })), schema });
}

const { models, tutorials, caseStudies, events, workingGroups } = collectionSpecs;

export const collections = {
	// Starlight's UI strings that Starlight does not translate itself: the search dialog's
	// (Pagefind) words in Chinese. Maintainer-owned, in src/content/i18n/, not in content/.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// Starlight's schema also checks <StarlightPage> props, which use fields content may not
	// (editUrl, table-of-contents options), so the docs policy (src/schemas/docs.ts) is enforced
	// by the content gate, which runs `npm run validate`'s checks before Astro reads content/.
	// `titleLang` (set by the site's own pages, not content) marks an untranslated entry's title
	// as English on a Chinese page: read by the PageTitle override; `englishHeadings` (slugs) does
	// the same for the headings of its English body in the tables of contents.
	docs: defineCollection({
		loader: strictLoader(glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' })),
		schema: docsSchema({ extend: zod.object({ titleLang: zod.literal('en').optional(), englishHeadings: zod.array(zod.string()).optional() }) }),
	}),
	models: collection(models.folder, models.extensions, models.schema),
	models_zh_cn: collection(`${models.folder}/zh-cn`, models.extensions, models.translationSchema),
	tutorials: collection(tutorials.folder, tutorials.extensions, tutorials.schema),
	tutorials_zh_cn: collection(`${tutorials.folder}/zh-cn`, tutorials.extensions, tutorials.translationSchema),
	caseStudies: collection(caseStudies.folder, caseStudies.extensions, caseStudies.schema),
	caseStudies_zh_cn: collection(`${caseStudies.folder}/zh-cn`, caseStudies.extensions, caseStudies.translationSchema),
	events: collection(events.folder, events.extensions, events.schema),
	events_zh_cn: collection(`${events.folder}/zh-cn`, events.extensions, events.translationSchema),
	workingGroups: collection(workingGroups.folder, workingGroups.extensions, workingGroups.schema),
	workingGroups_zh_cn: collection(`${workingGroups.folder}/zh-cn`, workingGroups.extensions, workingGroups.translationSchema),
};
