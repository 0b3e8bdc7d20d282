/**
 * JSON Schema generated from the Zod schemas: for editors (YAML autocompletion while writing
 * front matter) and for consumers of the JSON API. Never written by hand.
 */
import { z } from 'zod';
import { collections, type CollectionSpec } from '../schemas/collections.ts';
import { ID_PATTERN } from '../schemas/shared.ts';
import { licenseCategories } from '../schemas/vocabularies.ts';
import { commercialAnswers } from '../schemas/license.ts';
import { RUNS_ON_TIERS } from './memory.ts';
import { OPENNESS_FACET_VALUES } from './openness.ts';

export const SCHEMA_BASE_URL = 'https://open-models-platform.github.io/home/schemas/';

type JsonSchema = Record<string, unknown>;

function convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
	return z.toJSONSchema(schema, {
		io,
		target: 'draft-2020-12',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			const def = (zodSchema as unknown as { _zod: { def: { type: string; out?: { _zod: { def: { type: string } } } } } })._zod.def;
			// A date is a Zod date, or a pipe into one (the date schema reads a YYYY-MM-DD string first).
			if (def.type === 'date' || (def.type === 'pipe' && def.out?._zod.def.type === 'date')) {
				// YAML dates and the API's dates are both written YYYY-MM-DD.
				for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
				Object.assign(jsonSchema, { type: 'string', format: 'date' });
			} else if (def.type === 'custom') {
				// Event date-times: ISO 8601 with an offset, quoted in YAML.
				Object.assign(jsonSchema, { type: 'string', format: 'date-time' });
			}
		},
	}) as JsonSchema;
}

/** Front-matter schema of one content type, for `# yaml-language-server: $schema=…`. */
export function frontMatterJsonSchema(spec: CollectionSpec): JsonSchema {
	return {
		...convert(spec.schema, 'input'),
		$id: `${SCHEMA_BASE_URL}${spec.schemaName}.json`,
		title: `OpenModels ${spec.schemaName} front matter`,
	};
}

/** Fields the API adds to each record on top of the front matter. */
export const apiRecordExtras = {
	id: { type: 'string', pattern: ID_PATTERN.source },
	url: { type: 'string', format: 'uri' },
	translations: { type: 'array', items: { type: 'string' } },
} as const;

export const API_VERSION = 1;

/** Schema of `/api/<route>.json`: a versioned list of records. */
export function apiJsonSchema(spec: CollectionSpec): JsonSchema {
	const record = convert(spec.schema, 'output') as { properties: Record<string, unknown>; required?: string[] };
	const properties: Record<string, unknown> = { ...record.properties, ...apiRecordExtras };
	if (spec.name === 'models') {
		properties.license_id = {
			type: 'string',
			description:
				"the licence the weights are under, an id of OpenModels' licence vocabulary: license_name where the card gives one, else license (the Hub tag, which can cover only the code); the other license_ fields describe it",
		};
		properties.license_full_name = { type: 'string', description: "that licence's full name in English" };
		properties.license_url = { type: 'string', format: 'uri', description: "that licence's text" };
		properties.license_category = { type: 'string', enum: [...licenseCategories] };
		properties.organization_name = { type: 'string', description: "the organisation's name, from the organisations vocabulary" };
		const answer = { type: 'string', enum: [...commercialAnswers, 'unknown'] };
		properties.license_commercial = { ...answer, description: 'may the model be used commercially (OpenModels’ reading of the licence, not legal advice)' };
		properties.license_derivatives = { ...answer, description: 'may it be fine-tuned and the result shared' };
		properties.runs_on = {
			type: 'string',
			enum: RUNS_ON_TIERS.map((tier) => tier.id),
			description: 'smallest memory tier that holds the 4-bit weights with a fifth more for the runtime',
		};
		properties.openness_class = {
			type: 'string',
			enum: [...OPENNESS_FACET_VALUES],
			description: "the Model Openness Framework class computed from openness_components ('not-recorded' when none are recorded)",
		};
	}
	const derived =
		spec.name === 'models'
			? ['license_id', 'license_full_name', 'license_category', 'license_commercial', 'license_derivatives', 'organization_name', 'openness_class']
			: [];
	const item = { ...record, properties, required: [...new Set([...(record.required ?? []), 'id', 'url', ...derived])] };
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: `${SCHEMA_BASE_URL}api/${spec.route}.json`,
		title: `OpenModels API: ${spec.route}`,
		type: 'object',
		required: ['version', 'count', spec.route],
		additionalProperties: false,
		properties: {
			version: { const: API_VERSION },
			count: { type: 'integer', minimum: 0 },
			[spec.route]: { type: 'array', items: item },
		},
	};
}

export function allJsonSchemas(): Record<string, JsonSchema> {
	const files: Record<string, JsonSchema> = {};
	for (const spec of collections) {
		files[`${spec.schemaName}.json`] = frontMatterJsonSchema(spec);
		files[`api/${spec.route}.json`] = apiJsonSchema(spec);
	}
	return files;
}
