/** `/api/<collection>.json`: every entry of a collection, metadata only. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiList } from '../../lib/api.ts';
import { apiCollections, apiRecords } from '../../lib/content/api-data.ts';
import type { CollectionName } from '../../schemas/collections.ts';

export const getStaticPaths = (() => apiCollections.map(({ name, route }) => ({ params: { collection: route }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params, site }) => {
	const records = await apiRecords(props.name as CollectionName, site!);
	return new Response(JSON.stringify(apiList(params.collection!, records), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
