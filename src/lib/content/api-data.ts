/** Builds the API records of a collection from the English entries (facts live there). */
import { getCollection } from 'astro:content';
import { collectionSpecs, translationCollectionName, type CollectionName } from '../../schemas/collections.ts';
import { apiRecord } from '../api.ts';
import { getLocalized } from './load.ts';

export async function apiRecords(name: CollectionName, site: URL) {
	const spec = collectionSpecs[name];
	const translated = new Set((await getCollection(translationCollectionName(name, 'zh-cn'))).map((entry) => entry.id));
	const entries = (await getLocalized(name, 'en')).sort((a, b) => a.id.localeCompare(b.id));
	return entries.map((entry) =>
		apiRecord({ id: entry.id, data: entry.data as Record<string, unknown> }, {
			collection: name,
			pageUrl: new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${spec.route}/${entry.id}/`, site).href,
			translations: translated.has(entry.id) ? ['zh-cn'] : [],
		}),
	);
}

export const apiCollections = Object.values(collectionSpecs).map((spec) => ({ name: spec.name, route: spec.route }));
