/**
 * Shapes content into the public JSON API: stable field names (the front-matter keys), dates
 * as YYYY-MM-DD, absolute URLs. Pure.
 */
import { API_VERSION } from './json-schema.ts';
import { licenseInfo } from './model-facts.ts';
import { runsOn } from './memory.ts';
import { opennessFacet } from './openness.ts';
import type { OpennessComponents } from '../schemas/openness.ts';
import { organizationName } from '../schemas/vocabularies.ts';

export interface ApiEntry {
	id: string;
	data: Record<string, unknown>;
}

function plain(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.map(([k, v]) => [k, plain(v)]),
		);
	return value;
}

export function apiRecord(entry: ApiEntry, options: { pageUrl: string; translations: string[]; collection: string }) {
	const record: Record<string, unknown> = { id: entry.id, url: options.pageUrl, ...(plain(entry.data) as object), translations: options.translations };
	if (options.collection === 'models') {
		const license = licenseInfo(entry.data as { license: string; license_name?: string; license_link?: string });
		// The licence the weights are under, as the pages name it: `license` is the Hub's tag as the
		// card gives it, which can cover only the code (Janus-Pro: `mit`, its weights under the
		// DeepSeek licence named by `license_name`).
		record.license_id = license.id;
		record.license_full_name = license.name;
		if (license.url) record.license_url = license.url;
		record.license_category = license.category;
		record.organization_name = organizationName(String(entry.data.organization), 'en');
		// Derived readings, so clients need not re-implement them: see the model page for the rules.
		record.license_commercial = license.entry?.commercial ?? 'unknown';
		record.license_derivatives = license.entry?.derivatives ?? 'unknown';
		const tier = runsOn(entry.data.parameters as number | undefined);
		if (tier) record.runs_on = tier;
		record.openness_class = opennessFacet(entry.data.openness_components as OpennessComponents | undefined);
	}
	return record;
}

export function apiList(route: string, records: Record<string, unknown>[]) {
	return { version: API_VERSION, count: records.length, [route]: records };
}
