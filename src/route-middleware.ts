/**
 * Starlight route middleware. Hero action links in front matter are written root-relative
 * (`/models/`) like every other link in content; Starlight renders them as written, so the
 * base path is added here.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/paths.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const hero = context.locals.starlightRoute.entry.data.hero;
	for (const action of hero?.actions ?? []) {
		action.link = withBase(import.meta.env.BASE_URL, action.link);
	}
});
