/**
 * Astro middleware, after Starlight's (which sets `locals.t`): gives Starlight's components a `t`
 * that looks each UI string up once per language (see lib/memo-translations.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { memoizeTranslations } from './lib/memo-translations.ts';

const caches = new Map<string, Map<string, unknown>>();

export const onRequest = defineMiddleware((context, next) => {
	const locale = context.currentLocale ?? '';
	if (!caches.has(locale)) caches.set(locale, new Map());
	context.locals.t = memoizeTranslations(context.locals.t, caches.get(locale)!);
	return next();
});
