/** URL building under the site's base path. Pure: the base is passed in. */

/** Whether a root-relative path already starts with the base (`/home`, `/home/…`). */
export function hasBase(base: string, path: string): boolean {
	const trimmedBase = base.replace(/\/+$/, '');
	return trimmedBase !== '' && (path === trimmedBase || path.startsWith(`${trimmedBase}/`));
}

/** Joins a base such as `/home` or `/home/` with a root-relative path such as `/models/`. */
export function withBase(base: string, path: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
	if (!path.startsWith('/') || hasBase(base, path)) return path;
	return `${base.replace(/\/+$/, '')}${path}`;
}

/** The root-relative path of a page in a locale: `localizedPath('zh-cn', '/models/')` → `/zh-cn/models/`. */
export function localizedPath(locale: string, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return locale === 'en' ? clean : `/${locale}${clean}`;
}
