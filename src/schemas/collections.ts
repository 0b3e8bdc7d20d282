/**
 * The registry of OpenModels' content collections: where each lives, which file types it may
 * use, and its schemas. `src/content.config.ts`, `scripts/validate.ts`, the JSON Schema export
 * and the tests all read this one table.
 */
import type { z } from 'zod';
import { caseStudySchema, caseStudyTranslationSchema } from './case-study.ts';
import { eventSchema, eventTranslationSchema } from './event.ts';
import { modelCardSchema, modelCardTranslationSchema } from './model-card.ts';
import { tutorialSchema, tutorialTranslationSchema } from './tutorial.ts';
import { workingGroupSchema, workingGroupTranslationSchema } from './working-group.ts';

export const translationLocales = ['zh-cn'] as const;
export type TranslationLocale = (typeof translationLocales)[number];

export interface CollectionSpec {
	/** Name used in Astro's content layer and in URLs of the JSON API. */
	name: CollectionName;
	/** Folder under the project root. Translations live in `<folder>/<locale>/`. */
	folder: string;
	/** File extensions contributors may use. MDX runs code at build time, so few get it. */
	extensions: readonly ('.md' | '.mdx')[];
	schema: z.ZodType;
	translationSchema: z.ZodType;
	/** URL segment of the collection's pages. */
	route: string;
}

export type CollectionName = 'models' | 'tutorials' | 'caseStudies' | 'events' | 'workingGroups';

export const collections: readonly CollectionSpec[] = [
	{ name: 'models', folder: 'content/models', extensions: ['.md'], schema: modelCardSchema, translationSchema: modelCardTranslationSchema, route: 'models' },
	{ name: 'tutorials', folder: 'content/tutorials', extensions: ['.mdx', '.md'], schema: tutorialSchema, translationSchema: tutorialTranslationSchema, route: 'tutorials' },
	{ name: 'caseStudies', folder: 'content/case-studies', extensions: ['.md'], schema: caseStudySchema, translationSchema: caseStudyTranslationSchema, route: 'case-studies' },
	{ name: 'events', folder: 'content/events', extensions: ['.md'], schema: eventSchema, translationSchema: eventTranslationSchema, route: 'events' },
	{ name: 'workingGroups', folder: 'content/working-groups', extensions: ['.md'], schema: workingGroupSchema, translationSchema: workingGroupTranslationSchema, route: 'working-groups' },
];

/** Astro collection holding one locale's translations of a collection, e.g. `models_zh_cn`. */
export function translationCollectionName(name: CollectionName, locale: TranslationLocale) {
	return `${name}_${locale.replace('-', '_')}` as const;
}

export function getCollectionSpec(name: CollectionName): CollectionSpec {
	const spec = collections.find((collection) => collection.name === name);
	if (!spec) throw new Error(`Unknown collection "${name}"`);
	return spec;
}

/** Fields that hold ids of entries in another collection. Checked by validate and the build. */
export const references: readonly { collection: CollectionName; field: string; target: CollectionName }[] = [
	{ collection: 'models', field: 'working_groups', target: 'workingGroups' },
	{ collection: 'tutorials', field: 'models', target: 'models' },
	{ collection: 'tutorials', field: 'working_groups', target: 'workingGroups' },
	{ collection: 'caseStudies', field: 'sector', target: 'workingGroups' },
	{ collection: 'caseStudies', field: 'models', target: 'models' },
	{ collection: 'events', field: 'working_groups', target: 'workingGroups' },
];
