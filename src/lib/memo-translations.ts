/**
 * Starlight's `locals.t` runs i18next's whole lookup for every UI string, about 25 µs a call and
 * some 25 calls on every page: seconds in a build of thousands of pages. A string asked for by key
 * alone is the same on every page of a language, so it is looked up once per language.
 */
export function memoizeTranslations<T extends (...args: never[]) => unknown>(t: T, cache: Map<string, unknown>): T {
	const lookUp = t as unknown as (...args: unknown[]) => unknown;
	const memoized = ((key: unknown, ...rest: unknown[]) => {
		if (rest.length > 0 || typeof key !== 'string') return lookUp(key, ...rest);
		if (!cache.has(key)) cache.set(key, lookUp(key));
		return cache.get(key);
	}) as unknown as T;
	// `t.all()`, `t.exists()`, `t.dir()` and any other helper Starlight hangs on the function.
	return Object.assign(memoized, t);
}
