/**
 * Test support: validates JSON-LD offline against the part of schema.org this site uses.
 *
 * `schemaOrgContext` is a subset of schema.org's JSON-LD context (https://schema.org/docs/
 * jsonldcontext.jsonld): the same IRIs (`http://schema.org/…`) and `@id` coercions for the types
 * and properties the site emits, and deliberately no `@vocab`. Expanding with jsonld's safe mode
 * therefore fails on any term that is not declared here — a misspelt property or a type that is
 * not in schema.org — instead of silently dropping it. `domains` holds schema.org's
 * `domainIncludes` for those properties, so a property on a type that cannot have it (e.g.
 * `codeRepository` on an Event) fails as well. Add a term here, from schema.org, when the site
 * starts to use it.
 */
import jsonld from 'jsonld';

const S = 'http://schema.org/';

/** Type → its schema.org parent type. */
const parents: Record<string, string | undefined> = {
	Thing: undefined,
	CreativeWork: 'Thing',
	WebSite: 'CreativeWork',
	SoftwareSourceCode: 'CreativeWork',
	LearningResource: 'CreativeWork',
	Article: 'CreativeWork',
	TechArticle: 'Article',
	Event: 'Thing',
	Place: 'Thing',
	Organization: 'Thing',
	Person: 'Thing',
	Intangible: 'Thing',
	StructuredValue: 'Intangible',
	ContactPoint: 'StructuredValue',
	PostalAddress: 'ContactPoint',
	VirtualLocation: 'Intangible',
};

/** Property → types it is defined on (schema.org `domainIncludes`, the ones relevant here). */
export const domains: Record<string, string[]> = {
	name: ['Thing'],
	description: ['Thing'],
	url: ['Thing'],
	image: ['Thing'],
	identifier: ['Thing'],
	sameAs: ['Thing'],
	mainEntityOfPage: ['Thing'],
	inLanguage: ['CreativeWork', 'Event'],
	keywords: ['CreativeWork', 'Event', 'Organization', 'Place'],
	about: ['CreativeWork', 'Event'],
	author: ['CreativeWork'],
	creator: ['CreativeWork'],
	publisher: ['CreativeWork'],
	license: ['CreativeWork'],
	datePublished: ['CreativeWork'],
	dateModified: ['CreativeWork'],
	citation: ['CreativeWork'],
	isBasedOn: ['CreativeWork'],
	headline: ['CreativeWork'],
	timeRequired: ['CreativeWork'],
	learningResourceType: ['CreativeWork', 'LearningResource'],
	educationalLevel: ['CreativeWork', 'LearningResource'],
	teaches: ['CreativeWork', 'LearningResource'],
	competencyRequired: ['LearningResource'],
	codeRepository: ['SoftwareSourceCode'],
	startDate: ['Event'],
	endDate: ['Event'],
	eventAttendanceMode: ['Event'],
	eventStatus: ['Event'],
	location: ['Event', 'Organization', 'Person'],
	organizer: ['Event'],
	address: ['Place', 'Organization', 'Person'],
	addressLocality: ['PostalAddress'],
	addressCountry: ['PostalAddress', 'Place'],
};

/** Properties whose values are IRIs (schema.org's context coerces them with `"@type": "@id"`). */
const iriProperties = new Set(['url', 'image', 'sameAs', 'mainEntityOfPage', 'license', 'codeRepository', 'isBasedOn', 'eventAttendanceMode', 'eventStatus']);

export const schemaOrgContext = {
	'@context': {
		schema: S,
		...Object.fromEntries(Object.keys(parents).map((type) => [type, { '@id': `schema:${type}` }])),
		...Object.fromEntries(
			Object.keys(domains).map((property) => [
				property,
				iriProperties.has(property) ? { '@id': `schema:${property}`, '@type': '@id' } : { '@id': `schema:${property}` },
			]),
		),
	},
};

/** Serves the context above for every URL schema.org's context is known by; anything else fails (no network). */
export const documentLoader = async (url: string) => {
	if (/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.json(ld)?)?$/.test(url)) {
		return { contextUrl: null, document: schemaOrgContext, documentUrl: url };
	}
	throw new Error(`No network in tests: refused to load ${url}`);
};

function ancestors(type: string): string[] {
	const chain: string[] = [];
	for (let current: string | undefined = type; current; current = parents[current]) chain.push(current);
	return chain;
}

type ExpandedNode = Record<string, unknown>;

/**
 * Expands a JSON-LD document with schema.org's (local) context in safe mode and checks every
 * property is allowed on the type of the node it is on. Returns the problems found (empty when
 * valid); throws when jsonld itself rejects the document.
 */
export async function validateSchemaOrg(document: object): Promise<{ expanded: ExpandedNode[]; problems: string[] }> {
	const expanded = (await jsonld.expand(document as never, { documentLoader, safe: true } as never)) as ExpandedNode[];
	const problems: string[] = [];
	const visit = (node: ExpandedNode, path: string) => {
		const types = ((node['@type'] as string[] | undefined) ?? []).map((iri) => iri.replace(S, ''));
		const lineage = new Set(types.flatMap(ancestors));
		for (const [key, values] of Object.entries(node)) {
			if (key.startsWith('@')) continue;
			const property = key.replace(S, '');
			const allowed = domains[property];
			if (!allowed) problems.push(`${path}: ${key} is not a known schema.org property`);
			else if (types.length && !allowed.some((type) => lineage.has(type))) problems.push(`${path}: ${property} is not defined on ${types.join(', ')}`);
			for (const [index, value] of (values as unknown[]).entries()) {
				if (value && typeof value === 'object' && !('@value' in value) && !('@id' in value && Object.keys(value).length === 1)) {
					visit(value as ExpandedNode, `${path}.${property}[${index}]`);
				}
			}
		}
	};
	expanded.forEach((node, index) => visit(node, `[${index}]`));
	if (expanded.length === 0) problems.push('the document expands to nothing');
	return { expanded, problems };
}
