/** Share image of every page without its own: /og/site.png and /zh-cn/og/site.png. */
import type { APIRoute } from 'astro';
import { localeParams } from '../../../lib/content/load.ts';
import type { Locale } from '../../../i18n/index.ts';
import { siteHost, siteShareInput } from '../../../seo/share-cards.ts';
import { pngResponse, shareImagePng } from '../../../seo/render-share-image.ts';

export const getStaticPaths = () => localeParams();

export const GET: APIRoute = async ({ props, site }) => {
	const { locale } = props as { locale: Locale };
	const host = siteHost(site ?? 'https://example.invalid', import.meta.env.BASE_URL);
	return pngResponse(await shareImagePng(siteShareInput(locale, host)));
};
