/**
 * Starlight route middleware: share and search metadata for every page. Starlight already
 * writes the canonical URL, the hreflang alternates (en, zh-CN, x-default) and the basic Open
 * Graph tags; this adds the Open Graph locale pair, the share image (generated per model card
 * and tutorial in src/pages/[...lang]/og/, a site-wide one elsewhere), schema.org JSON-LD, and keeps the
 * 404 page out of search indexes.
 */
import { organizationName } from '../schemas/vocabularies.ts';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { repository } from '../config/site.ts';
import { dictionaries, localeKeys, locales, useTranslations } from '../i18n/index.ts';
import { findLocalized } from '../lib/content/load.ts';
import { licenseInfo } from '../lib/model-facts.ts';
import { contentLocale } from '../lib/localize.ts';
import { seoHead, type HeadEntry } from './head.ts';
import { eventJsonLd, modelJsonLd, tutorialJsonLd, webSiteJsonLd, type JsonLd, type OrganizationRef } from './json-ld.ts';
import { pageInfo, pageUrl, shareImagePath, siteUrl, type PageInfo } from './page.ts';
import { modelShareInput, shareImageAlt, siteHost, siteShareInput, tutorialShareInput } from './share-cards.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareImageInput } from './share-image.ts';

interface PageSeo {
	image: ShareImageInput;
	imagePath: string;
	jsonLd?: JsonLd;
}

async function describePage(page: PageInfo, site: URL, base: string): Promise<PageSeo> {
	const { locale } = page;
	const t = useTranslations(locale);
	const host = siteHost(site, base);
	const url = pageUrl(site, base, locale, page.path);
	const community: OrganizationRef = { name: t('seo.community'), url: pageUrl(site, base, locale, '/'), sameAs: [repository.url] };
	const siteImage = { image: siteShareInput(locale, host), imagePath: shareImagePath(locale, 'site') };
	const absolute = (path: string) => siteUrl(site, base, path);

	if (page.kind === 'home') {
		return {
			...siteImage,
			jsonLd: webSiteJsonLd({ url, name: t('site.title'), description: t('site.tagline'), inLanguage: locales[locale].lang, publisher: community }),
		};
	}
	if (page.kind === 'models' && page.id) {
		const entry = await findLocalized('models', locale, page.id);
		if (entry) {
			const card = entry.data;
			// Fallback pages show English content, and share the English image.
			const shown = contentLocale(entry, locale);
			const imagePath = shareImagePath(shown, 'models', entry.id);
			const jsonLd = modelJsonLd({
				url,
				inLanguage: locales[shown].lang,
				image: absolute(imagePath),
				title: card.title,
				description: card.description,
				organization: organizationName(card.organization, 'en'),
				releaseDate: card.release_date,
				hubId: card.hub_id,
				repository: card.links.repository,
				paper: card.links.paper,
				licenseUrl: licenseInfo(card).url,
				baseModel: card.base_model,
				keywords: [card.pipeline_tag, card.modality, card.library_name ?? '', ...card.tags],
			});
			return { image: modelShareInput(locale, host, card), imagePath, jsonLd };
		}
	}
	if (page.kind === 'tutorials' && page.id) {
		const entry = await findLocalized('tutorials', locale, page.id);
		if (entry) {
			const data = entry.data;
			const shown = contentLocale(entry, locale);
			const imagePath = shareImagePath(shown, 'tutorials', entry.id);
			const models = await Promise.all(
				data.models.map(async (id) => ({
					name: (await findLocalized('models', locale, id))?.data.title ?? id,
					url: pageUrl(site, base, locale, `/models/${id}/`),
				})),
			);
			const jsonLd = tutorialJsonLd({
				url,
				inLanguage: locales[shown].lang,
				image: absolute(imagePath),
				title: data.title,
				description: data.description,
				level: t(`tutorial.level.${data.level}`),
				minutes: data.duration,
				objectives: data.objectives,
				prerequisites: data.prerequisites,
				authors: data.authors,
				lastReviewed: data.last_reviewed,
				publisher: community,
				publisherNames: localeKeys.map((key) => dictionaries[key]['seo.community']),
				models,
			});
			return { image: tutorialShareInput(locale, host, data), imagePath, jsonLd };
		}
	}
	if (page.kind === 'events' && page.id) {
		const entry = await findLocalized('events', locale, page.id);
		if (entry) {
			const event = entry.data;
			const jsonLd = eventJsonLd({
				url,
				image: absolute(siteImage.imagePath),
				title: event.title,
				description: event.description,
				start: event.start,
				end: event.end,
				format: event.format,
				place: event.place,
				joinUrl: event.join_url,
				languages: event.language,
				organizer: community,
			});
			return { ...siteImage, jsonLd };
		}
	}
	return siteImage;
}

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const site = context.site;
	// Without `site` there are no absolute URLs, which share tags and JSON-LD need.
	if (!site) return;
	const base = import.meta.env.BASE_URL;
	const page = pageInfo(context.url.pathname, base);
	const notFound = route.id === '404';
	const { image, imagePath, jsonLd } = notFound
		? { image: siteShareInput(page.locale, siteHost(site, base)), imagePath: shareImagePath(page.locale, 'site'), jsonLd: undefined }
		: await describePage(page, site, base);
	const next = seoHead(route.head as HeadEntry[], {
		locale: page.locale,
		ogType: page.kind === 'home' ? 'website' : 'article',
		image: { url: siteUrl(site, base, imagePath), alt: shareImageAlt(page.locale, image), width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT },
		jsonLd,
		notFound,
	});
	route.head.splice(0, route.head.length, ...(next as typeof route.head));
});
