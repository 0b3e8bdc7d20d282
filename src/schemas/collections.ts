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

export type CollectionName = 'models' | 'tutorials' | 'caseStudies' | 'events' | 'workingGroups';

export interface CollectionSpec<Schema extends z.ZodType = z.ZodType, Translation extends z.ZodType = z.ZodType> {
	/** Name used in Astro's content layer. */
	name: CollectionName;
	/** Folder under the project root. Translations live in `<folder>/<locale>/`. */
	folder: string;
	/** File extensions contributors may use. MDX runs code at build time, so few get it. */
	extensions: readonly ('.md' | '.mdx')[];
	schema: Schema;
	translationSchema: Translation;
	/** URL segment of the collection's pages and of its JSON API. */
	route: string;
	/** Name of the JSON Schema file published at /schemas/<schemaName>.json. */
	schemaName: string;
}

function spec<S extends z.ZodType, T extends z.ZodType>(value: CollectionSpec<S, T>) {
	return value;
}

/** Typed per collection, so Astro infers each collection's data type from its schema. */
export const collectionSpecs = {
	models: spec({
		name: 'models',
		folder: 'content/models',
		extensions: ['.md'],
		schema: modelCardSchema,
		translationSchema: modelCardTranslationSchema,
		route: 'models',
		schemaName: 'model',
	}),
	tutorials: spec({
		name: 'tutorials',
		folder: 'content/tutorials',
		extensions: ['.mdx', '.md'],
		schema: tutorialSchema,
		translationSchema: tutorialTranslationSchema,
		route: 'tutorials',
		schemaName: 'tutorial',
	}),
	caseStudies: spec({
		name: 'caseStudies',
		folder: 'content/case-studies',
		extensions: ['.md'],
		schema: caseStudySchema,
		translationSchema: caseStudyTranslationSchema,
		route: 'case-studies',
		schemaName: 'case-study',
	}),
	events: spec({
		name: 'events',
		folder: 'content/events',
		extensions: ['.md'],
		schema: eventSchema,
		translationSchema: eventTranslationSchema,
		route: 'events',
		schemaName: 'event',
	}),
	workingGroups: spec({
		name: 'workingGroups',
		folder: 'content/working-groups',
		extensions: ['.md'],
		schema: workingGroupSchema,
		translationSchema: workingGroupTranslationSchema,
		route: 'working-groups',
		schemaName: 'working-group',
	}),
} as const satisfies Record<CollectionName, CollectionSpec>;

export const collections: readonly CollectionSpec[] = Object.values(collectionSpecs);

/** Astro collection holding one locale's translations of a collection, e.g. `models_zh_cn`. */
export function translationCollectionName<Name extends CollectionName>(name: Name, locale: TranslationLocale): `${Name}_zh_cn` {
	return `${name}_${locale.replace('-', '_')}` as `${Name}_zh_cn`;
}

export function getCollectionSpec(name: CollectionName): CollectionSpec {
	return collectionSpecs[name];
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
