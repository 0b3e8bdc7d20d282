/**
 * `/api/<collection>/<id>.json` in `astro dev`, where each entry is rendered on request. A build
 * writes these files from the collection lists instead (src/integrations/api-entry-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionName } from '../../schemas/collections.ts';
import { apiCollections, apiRecords } from './api-data.ts';

export const getStaticPaths = (async () => {
	const paths = [];
	for (const { name, route } of apiCollections) {
		for (const record of await apiRecords(name as CollectionName, new URL(import.meta.env.SITE))) {
			paths.push({ params: { collection: route, id: record.id as string }, props: { record } });
		}
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.record, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
