/** URL building under the site's base path. Pure: the base is passed in. */

/** Joins a base such as `/home` or `/home/` with a root-relative path such as `/models/`. */
export function withBase(base: string, path: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
	if (!path.startsWith('/')) return path;
	if (trimmedBase && (path === trimmedBase || path.startsWith(`${trimmedBase}/`))) return path;
	return `${trimmedBase}${path}`;
}

/** The root-relative path of a page in a locale: `localizedPath('zh-cn', '/models/')` → `/zh-cn/models/`. */
export function localizedPath(locale: string, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return locale === 'en' ? clean : `/${locale}${clean}`;
}
