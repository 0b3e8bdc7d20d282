/** Derived facts about a model card that pages, facets and the API share. Pure. */
import { findLicenseAnySpelling, organizationName, weightsLicenseEntry, type License, type LicenseCategory } from '../schemas/vocabularies.ts';
import { spdxSpelling } from '../schemas/openness-licenses.ts';

interface LicenseFields {
	license: string;
	license_name?: string;
	license_link?: string;
	license_category?: LicenseCategory;
}

export interface LicenseInfo {
	id: string;
	name: string;
	category: LicenseCategory;
	url?: string;
	/** The vocabulary entry that explains it, with its sourced answers. */
	entry?: License;
}

/**
 * The licence a card's weights are under: the entry `license_name` names (for `other`, or where
 * the Hub tag covers only part of the release), else the Hub licence id.
 */
export function licenseInfo(card: LicenseFields): LicenseInfo {
	const entry = weightsLicenseEntry(card);
	if (!entry) {
		return {
			id: card.license_name ?? card.license,
			name: card.license_name ?? card.license,
			category: card.license_category ?? 'unknown',
			url: card.license_link,
		};
	}
	return { id: entry.id, name: entry.name, category: card.license_category ?? entry.category, url: card.license_link ?? entry.url, entry };
}

/** A licence's name as readers of a locale know it ("Apache 许可证 2.0" on the Chinese site). */
export function licenseName(info: LicenseInfo, locale: string): string {
	return (locale === 'zh-cn' ? info.entry?.name_zh : undefined) ?? info.name;
}

/**
 * A licence id however a record spells it ("Apache-2.0", "apache-2.0", "deepseek-license"), named
 * as the vocabulary names its licence in the locale, else as SPDX spells the id: one licence reads
 * one way on a page.
 */
export function licenseNameOf(id: string, locale: string): string {
	const entry = findLicenseAnySpelling(id);
	return entry ? ((locale === 'zh-cn' ? entry.name_zh : undefined) ?? entry.name) : spdxSpelling(id);
}

/** Size buckets used by the catalog facet; boundaries in parameters. */
export const sizeBuckets = [
	{ id: 'under-100m', max: 1e8 },
	{ id: '100m-1b', max: 1e9 },
	{ id: '1b-10b', max: 1e10 },
	{ id: '10b-100b', max: 1e11 },
	{ id: 'over-100b', max: Infinity },
] as const;

export type SizeBucket = (typeof sizeBuckets)[number]['id'] | 'unknown';

export function sizeBucket(parameters: number | undefined): SizeBucket {
	if (parameters === undefined) return 'unknown';
	return sizeBuckets.find((bucket) => parameters < bucket.max)!.id;
}

/** A code snippet showing how to load the model with its library, when we know how. */
export function usageSnippet(card: { hub_id?: string; library_name?: string; pipeline_tag: string }): { lang: string; code: string } | undefined {
	if (!card.hub_id) return undefined;
	switch (card.library_name) {
		case 'transformers':
			return {
				lang: 'python',
				code: `from transformers import pipeline\n\npipe = pipeline("${card.pipeline_tag}", model="${card.hub_id}")`,
			};
		case 'sentence-transformers':
			return {
				lang: 'python',
				code: `from sentence_transformers import SentenceTransformer\n\nmodel = SentenceTransformer("${card.hub_id}")\nembeddings = model.encode(["OpenModels makes AI usable by everyone."])`,
			};
		case 'diffusers':
			return {
				lang: 'python',
				code: `from diffusers import DiffusionPipeline\n\npipe = DiffusionPipeline.from_pretrained("${card.hub_id}")`,
			};
		case 'timm':
			return { lang: 'python', code: `import timm\n\nmodel = timm.create_model("hf_hub:${card.hub_id}", pretrained=True)` };
		case 'open_clip':
			return { lang: 'python', code: `import open_clip\n\nmodel, preprocess = open_clip.create_model_from_pretrained("hf-hub:${card.hub_id}")` };
		default:
			return {
				lang: 'sh',
				code: `# Download the files of ${card.hub_id} from the Hugging Face Hub\nhf download ${card.hub_id}`,
			};
	}
}

/** A BibTeX entry: the card's own when given, otherwise a @misc pointing at the paper. */
export function citationFor(
	card: { title: string; organization: string; citation?: string; release_date?: Date; links: { paper?: string } },
	id: string,
): string | undefined {
	if (card.citation) return card.citation.trim();
	if (!card.links.paper) return undefined;
	const year = card.release_date ? `\n  year = {${card.release_date.getUTCFullYear()}},` : '';
	return `@misc{${id.replace(/-/g, '_')},\n  title = {${card.title}},\n  author = {{${organizationName(card.organization, 'en')}}},${year}\n  url = {${card.links.paper}}\n}`;
}
