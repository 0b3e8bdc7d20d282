/**
 * The fact check: every sourced fact of a model card, with what a reviewer should look at — a
 * fact neither stated nor accounted for, a source that is not an official kind of site, a number
 * without the words it is read from or that does not appear in them. `npm run validate` (and so
 * the build) rejects a card with any such problem; `npm run check:facts` lists every fact with
 * its source. Pure: cards in, findings out.
 */
import { isFactSource, isUnconfirmed, sourcedFields, type SourceEntry, type SourcedField } from '../../schemas/sources.ts';
import { findLicense, findOrganization } from '../../schemas/vocabularies.ts';

/** Sites where official sources live whoever the organisation is: model hubs, code hosts, papers. */
export const OFFICIAL_SITES = [
	'huggingface.co',
	'github.com',
	'raw.githubusercontent.com',
	'arxiv.org',
	'aclanthology.org',
	'openreview.net',
	'doi.org',
	'dl.acm.org',
	'proceedings.mlr.press',
	'proceedings.neurips.cc',
	'papers.nips.cc',
	'ollama.com',
	'spdx.org',
	'opensource.org',
	'creativecommons.org',
];

export interface CardFacts {
	id: string;
	organization: string;
	license: string;
	parameters?: number;
	release_date?: Date;
	context_length?: number;
	language?: string[];
	sources: Partial<Record<SourcedField, SourceEntry>>;
}

export interface Finding {
	id: string;
	field: SourcedField;
	value: string;
	source?: string;
	problem?: string;
	/** The fact applies, but no official source read states it. */
	unconfirmed?: true;
}

function sameSite(host: string, site: string): boolean {
	return host === site || host.endsWith(`.${site}`);
}

/** The organisation's own sites: its homepage's domain and the sites it lists. */
function organizationSites(id: string): string[] {
	const organization = findOrganization(id);
	if (!organization) return [];
	const host = new URL(organization.homepage).hostname.replace(/^www\./, '');
	const domain = host.split('.').slice(-2).join('.');
	return [domain, ...(organization.sites ?? [])];
}

export function siteProblem(url: string, card: Pick<CardFacts, 'organization' | 'license'>): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'not a URL';
	}
	if (parsed.protocol !== 'https:') return 'not https';
	const host = parsed.hostname.replace(/^www\./, '');
	const licenseUrl = findLicense(card.license)?.url;
	const sites = [...OFFICIAL_SITES, ...organizationSites(card.organization), ...(licenseUrl ? [new URL(licenseUrl).hostname.replace(/^www\./, '')] : [])];
	return sites.some((site) => sameSite(host, site)) ? undefined : `${host} is not the model's hub, code host, paper or its organisation's own site`;
}

const MULTIPLIERS: Record<string, number[]> = {
	'': [1],
	k: [1e3, 1024],
	thousand: [1e3],
	m: [1e6],
	million: [1e6],
	b: [1e9],
	bn: [1e9],
	billion: [1e9],
	t: [1e12],
	trillion: [1e12],
};

/** Numbers written in a quote, each with the range its precision allows: "8.2B", "32,768", "128K". */
export function quotedNumbers(quote: string): { low: number; high: number }[] {
	const found: { low: number; high: number }[] = [];
	const text = quote.replace(/[*_]/g, '');
	// A table's unit is in its header: "Params (M)", "(Millions)", "size (B)".
	const headerUnits = [...text.matchAll(/\((m|millions?|b|billions?)\)/gi)].map((match) => (match[1]!.toLowerCase().startsWith('m') ? 1e6 : 1e9));
	for (const match of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:-|\s*)(k|thousand|m|million|bn|b|billion|t|trillion)?\b/gi)) {
		// A size inside a model's name ("Falcon3-7B-Instruct", "Phi-3") names the model, not its count.
		const before = text.slice(0, match.index);
		if (/[\p{L}\p{N}]$|[\p{L}\p{N}][-_]$/u.test(before)) continue;
		const digits = match[1]!.replace(/,/g, '');
		const value = Number(digits);
		const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
		const half = 0.5 * 10 ** -decimals;
		const multipliers = match[2] ? (MULTIPLIERS[match[2].toLowerCase()] ?? [1]) : [1, ...headerUnits];
		for (const multiplier of multipliers) {
			// A bare integer is exact; a rounded figure ("8.2B") covers what rounds to it.
			const slack = multiplier > 1 ? half * multiplier : 0;
			found.push({ low: value * multiplier - slack, high: value * multiplier + slack });
		}
	}
	return found;
}

function numberProblem(value: number, quote: string | undefined): string | undefined {
	if (!quote) return `quote the words the number is read from: { url: …, quote: "…" }`;
	return quotedNumbers(quote).some(({ low, high }) => value >= low && value <= high)
		? undefined
		: `${value} does not appear in the quoted words (quote them as the source writes the figure, such as "8.2B", "8,190,735,360", "8 billion" or "32K"; a size in the model's name does not count)`;
}

function shown(card: CardFacts, field: SourcedField): string | undefined {
	const value = card[field];
	if (value === undefined) return undefined;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A catalog card states every fact a reader decides by, or says why it does not apply. */
export const MISSING_FACT =
	'missing: state it with its official source, or record under sources `{ not_applicable: "why" }` or, where it applies but no official source states it, `{ unconfirmed: "what was checked" }`';

/** One finding per fact: stated, marked not applicable, or missing. */
export function checkFacts(card: CardFacts): Finding[] {
	const findings: Finding[] = [];
	for (const field of sourcedFields) {
		const value = shown(card, field);
		const entry = card.sources[field];
		if (value === undefined) {
			if (isUnconfirmed(entry)) findings.push({ id: card.id, field, value: `unconfirmed: ${entry.unconfirmed}`, unconfirmed: true });
			else if (entry && !isFactSource(entry)) findings.push({ id: card.id, field, value: `not applicable: ${entry.not_applicable}` });
			else findings.push({ id: card.id, field, value: '—', problem: MISSING_FACT });
			continue;
		}
		if (!isFactSource(entry)) {
			findings.push({ id: card.id, field, value, problem: 'no source' });
			continue;
		}
		let problem = siteProblem(entry.url, card);
		if (!problem && (field === 'parameters' || field === 'context_length')) problem = numberProblem(card[field]!, entry.quote);
		// A commit or release page dates itself; its words need not repeat the date.
		const datedPage = /github\.com\/[^/]+\/[^/]+\/(?:commit|releases\/tag)\//.test(entry.url);
		if (!problem && field === 'release_date' && !datedPage && entry.quote && !entry.quote.includes(value.slice(0, 4)))
			problem = `the year ${value.slice(0, 4)} does not appear in the quoted words`;
		findings.push({ id: card.id, field, value, source: entry.url, ...(problem ? { problem } : {}) });
	}
	return findings;
}
