/** Share image of a model card: /og/models/<id>.png and /zh-cn/og/models/<id>.png. */
import type { APIRoute } from 'astro';
import { entryPaths, type Localized } from '../../../../lib/content/load.ts';
import { contentLocale } from '../../../../lib/localize.ts';
import type { Locale } from '../../../../i18n/index.ts';
import { modelShareInput, siteHost } from '../../../../seo/share-cards.ts';
import { pngResponse } from '../../../../seo/render-share-image.ts';
import { pagesWriteShareImages, pooledShareImagePng } from '../../../../seo/share-image-pool.ts';

// One image per language an entry is shown in: a fallback page shares the English one. In a
// build the model pages write these images themselves (see share-image-pool.ts).
export const getStaticPaths = async () =>
	pagesWriteShareImages() ? [] : (await entryPaths('models')).filter(({ props }) => contentLocale(props.entry, props.locale) === props.locale);

export const GET: APIRoute = async ({ props, site }) => {
	const { locale, entry } = props as { locale: Locale; entry: Localized<'models'> };
	const host = siteHost(site ?? 'https://example.invalid', import.meta.env.BASE_URL);
	return pngResponse(await pooledShareImagePng(modelShareInput(locale, host, entry.data)));
};
