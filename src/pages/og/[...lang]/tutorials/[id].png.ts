/** Share image of a tutorial: /og/tutorials/<id>.png and /og/zh-cn/tutorials/<id>.png. */
import type { APIRoute } from 'astro';
import { entryPaths, type Localized } from '../../../../lib/content/load.ts';
import type { Locale } from '../../../../i18n/index.ts';
import { siteHost, tutorialShareInput } from '../../../../seo/share-cards.ts';
import { pngResponse, shareImagePng } from '../../../../seo/render-share-image.ts';

export const getStaticPaths = () => entryPaths('tutorials');

export const GET: APIRoute = async ({ props, site }) => {
	const { locale, entry } = props as { locale: Locale; entry: Localized<'tutorials'> };
	const host = siteHost(site ?? 'https://example.invalid', import.meta.env.BASE_URL);
	return pngResponse(await shareImagePng(tutorialShareInput(locale, host, entry.data)));
};
