/** Links inside the site for the current build's base path. */
import { localizedPath, withBase } from './paths.ts';

export function href(locale: string, path: string): string {
	return withBase(import.meta.env.BASE_URL, localizedPath(locale, path));
}

export function asset(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}
