/** Share image of a model card: /og/models/<id>.png and /zh-cn/og/models/<id>.png. */
import type { APIRoute } from 'astro';
import { entryPaths } from '../../../../lib/content/load.ts';
import { contentLocale } from '../../../../lib/localize.ts';
import type { Locale } from '../../../../i18n/index.ts';
import { modelShareInput, siteHost, type ModelShareFacts } from '../../../../seo/share-cards.ts';
import { pngResponse, shareImagePng } from '../../../../seo/render-share-image.ts';

// One image per language an entry is shown in: a fallback page shares the English one. Props are
// only what the image shows, so they travel to the rendering thread cheaply.
export const getStaticPaths = async () =>
	(await entryPaths('models'))
		.filter(({ props }) => contentLocale(props.entry, props.locale) === props.locale)
		.map(({ params, props: { locale, entry } }) => ({ params, props: { locale, model: { title: entry.data.title, organization: entry.data.organization } } }));

export const GET: APIRoute = async ({ props, site }) => {
	const { locale, model } = props as { locale: Locale; model: ModelShareFacts };
	const host = siteHost(site ?? 'https://example.invalid', import.meta.env.BASE_URL);
	return pngResponse(await shareImagePng(modelShareInput(locale, host, model)));
};
