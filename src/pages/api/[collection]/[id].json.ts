/** `/api/<collection>/<id>.json`: one entry's metadata. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiCollections, apiRecords } from '../../../lib/content/api-data.ts';
import type { CollectionName } from '../../../schemas/collections.ts';

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
