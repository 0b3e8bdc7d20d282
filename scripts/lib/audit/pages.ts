/**
 * The pages the accessibility tests, the navigation tests and `npm run audit` check: one of each
 * kind of page, in every locale. Paths are relative to the site root (after the base path).
 */
export interface AuditPage {
	/** A short name for reports. */
	name: string;
	/** Path of the English page, relative to the base, e.g. `models/`. */
	path: string;
}

export const auditPages: AuditPage[] = [
	{ name: 'home', path: '' },
	{ name: 'catalog', path: 'models/' },
	{ name: 'model card', path: 'models/whisper-large-v3/' },
	{ name: 'tutorial', path: 'tutorials/run-a-text-model-locally/' },
	{ name: 'event', path: 'events/shanghai-community-meetup-december-2026/' },
	{ name: 'working group', path: 'working-groups/healthcare/' },
	{ name: 'contributing', path: 'contributing/' },
];

/** Path prefixes of the locales, relative to the base: English at the root, Chinese under zh-cn/. */
export const auditLocales = [
	{ id: 'en', prefix: '' },
	{ id: 'zh-cn', prefix: 'zh-cn/' },
] as const;

/** Every audited page in every locale, as paths relative to the base. */
export function auditPaths(): { name: string; locale: string; path: string }[] {
	return auditLocales.flatMap((locale) => auditPages.map((page) => ({ name: page.name, locale: locale.id, path: `${locale.prefix}${page.path}` })));
}
