/**
 * Starlight route middleware.
 * - Hero action links in front matter are written root-relative (`/models/`) like every other
 *   link in content; Starlight renders them as written, so the base path is added here.
 * - The home page's <title> is the site's name alone.
 * - Starlight writes head entries' content as raw HTML, and the <title> entry holds the page
 *   title from content. Titles are validated as plain text; escaping them here, after every
 *   other middleware, means a title can never become markup even if a check were missed.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/paths.ts';
import { escapeMarkup } from './lib/escape-markup.ts';

export const onRequest = defineRouteMiddleware(async (context, next) => {
	const route = context.locals.starlightRoute;
	for (const action of route.entry.data.hero?.actions ?? []) {
		action.link = withBase(import.meta.env.BASE_URL, action.link);
	}
	await next();
	for (const entry of route.head) {
		if (entry.tag !== 'title' || !entry.content) continue;
		// The home page is titled with the site's name: "OpenModels", not "OpenModels | OpenModels".
		if (route.entry.data.title === route.siteTitle) entry.content = route.siteTitle;
		entry.content = escapeMarkup(entry.content);
	}
});
