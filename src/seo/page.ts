/**
 * What a page is, from its URL: its locale, its path without base and locale, and for collection
 * pages the collection and entry id. Pure: the base path is passed in.
 */
import type { Locale } from '../i18n/index.ts';

export type PageKind = 'home' | 'models' | 'tutorials' | 'events' | 'caseStudies' | 'workingGroups' | 'other';

/** URL segment → collection, for `/<segment>/<id>/` pages. */
export const collectionSegments = {
	models: 'models',
	tutorials: 'tutorials',
	events: 'events',
	'case-studies': 'caseStudies',
	'working-groups': 'workingGroups',
} as const satisfies Record<string, PageKind>;

export interface PageInfo {
	locale: Locale;
	/** Path without base and locale prefix, always with a trailing slash: `/models/bloom/`. */
	path: string;
	kind: PageKind;
	/** Entry id on collection entry pages. */
	id?: string;
}

const trimBase = (base: string) => base.replace(/\/+$/, '');

export function pageInfo(pathname: string, base: string): PageInfo {
	const trimmed = trimBase(base);
	let rest = trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) : pathname;
	if (!rest.startsWith('/')) rest = `/${rest}`;
	if (!rest.endsWith('/')) rest = `${rest}/`;
	let locale: Locale = 'en';
	if (rest === '/zh-cn/' || rest.startsWith('/zh-cn/')) {
		locale = 'zh-cn';
		rest = rest.slice('/zh-cn'.length);
	}
	if (rest === '/') return { locale, path: rest, kind: 'home' };
	const match = /^\/([^/]+)\/([^/]+)\/$/.exec(rest);
	const segment = match?.[1] as keyof typeof collectionSegments | undefined;
	if (match && segment && segment in collectionSegments) {
		return { locale, path: rest, kind: collectionSegments[segment], id: decodeURIComponent(match[2]!) };
	}
	return { locale, path: rest, kind: 'other' };
}

/** Absolute URL of a site path in a locale: `pageUrl(site, '/home/', 'zh-cn', '/models/')` → `https://…/home/zh-cn/models/`. */
export function pageUrl(site: string | URL, base: string, locale: Locale, path: string): string {
	const prefix = locale === 'en' ? '' : `/${locale}`;
	return new URL(`${trimBase(base)}${prefix}${path}`, site).href;
}

/** Absolute URL of a path under the base: `siteUrl(site, '/home/', '/og/site.png')` → `https://…/home/og/site.png`. */
export function siteUrl(site: string | URL, base: string, path: string): string {
	return new URL(`${trimBase(base)}${path}`, site).href;
}

/** Open Graph wants `language_TERRITORY`. English has no territory on this site: `en_US` is Open Graph's default. */
export const ogLocales: Record<Locale, string> = { en: 'en_US', 'zh-cn': 'zh_CN' };

/**
 * Path of a page's share image: `/og/models/bloom.png`, `/zh-cn/og/models/bloom.png`, `/og/site.png`.
 * Under the locale's prefix like every other route of the site.
 */
export function shareImagePath(locale: Locale, kind: 'models' | 'tutorials' | 'site', id?: string): string {
	const prefix = locale === 'en' ? '/og' : `/${locale}/og`;
	return kind === 'site' ? `${prefix}/site.png` : `${prefix}/${kind}/${id}.png`;
}
