/**
 * The catalog's facet and sort ids, on their own so the browser's catalog script can import them
 * without the vocabularies and schemas the facet values are computed from.
 */
export const facetIds = [
	'task',
	'commercial',
	'runs_on',
	'openness',
	'language',
	'modality',
	'license',
	'license_type',
	'library',
	'organization',
	'working_group',
	'size',
] as const;
export type FacetId = (typeof facetIds)[number];

/** Sort keys, written as page metadata for the catalog's orders (orders.ts); values are strings that sort correctly as text. */
export const sortIds = ['name', 'released', 'parameters'] as const;
export type SortId = (typeof sortIds)[number];
