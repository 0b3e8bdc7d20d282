/**
 * Head tags for sharing and search, merged into the tags Starlight already writes (canonical,
 * hreflang alternates, og:title/description/url/site_name, twitter:card). Pure.
 */
import { localeKeys, type Locale } from '../i18n/index.ts';
import { serializeJsonLd, type JsonLd } from './json-ld.ts';
import { ogLocales } from './page.ts';

/** Starlight's head entry shape (`StarlightRouteData['head'][number]`). */
export interface HeadEntry {
	tag: 'title' | 'base' | 'link' | 'style' | 'meta' | 'script' | 'noscript' | 'template';
	attrs?: Record<string, string | boolean | undefined>;
	content?: string;
}

export interface ShareImage {
	/** Absolute URL. */
	url: string;
	alt: string;
	width: number;
	height: number;
}

export interface SeoInput {
	locale: Locale;
	/** `website` for home pages, `article` for the rest. */
	ogType: 'website' | 'article';
	image: ShareImage;
	jsonLd?: JsonLd;
	/** The 404 page: not indexed, and it has no canonical URL or language versions. */
	notFound?: boolean;
}

const meta = (key: 'property' | 'name', name: string, content: string): HeadEntry => ({ tag: 'meta', attrs: { [key]: name, content } });

const isMeta = (entry: HeadEntry, names: string[]) => entry.tag === 'meta' && names.includes(String(entry.attrs?.property ?? entry.attrs?.name ?? ''));

/** The tags this module owns: replaced when present, so running twice changes nothing. */
const ownedMeta = [
	'og:type',
	'og:locale',
	'og:locale:alternate',
	'og:image',
	'og:image:type',
	'og:image:width',
	'og:image:height',
	'og:image:alt',
	'twitter:image',
	'twitter:image:alt',
	'robots',
];

export function seoHead(head: readonly HeadEntry[], input: SeoInput): HeadEntry[] {
	const kept = head.filter((entry) => {
		if (isMeta(entry, ownedMeta)) return false;
		if (entry.tag === 'script' && entry.attrs?.type === 'application/ld+json') return false;
		if (input.notFound) {
			if (entry.tag === 'link' && (entry.attrs?.rel === 'canonical' || (entry.attrs?.rel === 'alternate' && entry.attrs?.hreflang))) return false;
			if (isMeta(entry, ['og:url'])) return false;
		}
		return true;
	});
	const added: HeadEntry[] = [
		meta('property', 'og:type', input.ogType),
		meta('property', 'og:locale', ogLocales[input.locale]),
		...localeKeys.filter((locale) => locale !== input.locale).map((locale) => meta('property', 'og:locale:alternate', ogLocales[locale])),
		meta('property', 'og:image', input.image.url),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', String(input.image.width)),
		meta('property', 'og:image:height', String(input.image.height)),
		meta('property', 'og:image:alt', input.image.alt),
		// X reads og:image when twitter:image is absent (developer.x.com/cards/markup); the alt text has no such fallback.
		meta('name', 'twitter:image:alt', input.image.alt),
	];
	if (!kept.some((entry) => isMeta(entry, ['twitter:card']))) added.push(meta('name', 'twitter:card', 'summary_large_image'));
	if (input.notFound) added.push(meta('name', 'robots', 'noindex'));
	if (input.jsonLd) added.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: serializeJsonLd(input.jsonLd) });
	return [...kept, ...added];
}
