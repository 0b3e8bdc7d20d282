/** `/schemas/<type>.json` and `/schemas/api/<collection>.json`, generated from the Zod schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allJsonSchemas } from '../../lib/json-schema.ts';

export const getStaticPaths = (() =>
	Object.entries(allJsonSchemas()).map(([file, schema]) => ({ params: { file: file.replace(/\.json$/, '') }, props: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.schema, null, 2), { headers: { 'content-type': 'application/schema+json' } });
