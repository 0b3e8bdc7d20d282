/**
 * Starlight route middleware for offline reading: links every page to the web app manifest of
 * its language, sets the theme colour and hands the registration module (`register.ts`, bundled
 * into every page by the offline integration) its settings and strings.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { useTranslations } from './i18n/index.ts';
import { localeHome, localeOfPath, themeColor, trailingSlash } from './lib/offline.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const base = trailingSlash(import.meta.env.BASE_URL);
	const locale = localeOfPath(context.url.pathname, base);
	const home = localeHome(base, locale);
	const t = useTranslations(locale);
	const settings = {
		sw: `${base}sw.js`,
		scope: base,
		offlinePage: `${home}offline/`,
		strings: { offline: t('offline.indicator'), offlineLink: t('offline.indicatorLink'), update: t('offline.update'), reload: t('offline.reload') },
	};
	context.locals.starlightRoute.head.push(
		{ tag: 'link', attrs: { rel: 'manifest', href: `${home}manifest.webmanifest` } },
		{ tag: 'meta', attrs: { name: 'theme-color', content: themeColor } },
		{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}offline/icons/apple-touch-icon.png` } },
		{ tag: 'meta', attrs: { name: 'openmodels-offline', content: JSON.stringify(settings) } },
	);
});
