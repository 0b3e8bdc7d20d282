/** Share image of a tutorial: /og/tutorials/<id>.png and /zh-cn/og/tutorials/<id>.png. */
import type { APIRoute } from 'astro';
import { entryPaths } from '../../../../lib/content/load.ts';
import { contentLocale } from '../../../../lib/localize.ts';
import type { Locale } from '../../../../i18n/index.ts';
import { siteHost, tutorialShareInput, type TutorialShareFacts } from '../../../../seo/share-cards.ts';
import { pngResponse, shareImagePng } from '../../../../seo/render-share-image.ts';

// One image per language an entry is shown in: a fallback page shares the English one.
export const getStaticPaths = async () =>
	(await entryPaths('tutorials'))
		.filter(({ props }) => contentLocale(props.entry, props.locale) === props.locale)
		.map(({ params, props: { locale, entry } }) => ({
			params,
			props: { locale, tutorial: { title: entry.data.title, level: entry.data.level, duration: entry.data.duration } },
		}));

export const GET: APIRoute = async ({ props, site }) => {
	const { locale, tutorial } = props as { locale: Locale; tutorial: TutorialShareFacts };
	const host = siteHost(site ?? 'https://example.invalid', import.meta.env.BASE_URL);
	return pngResponse(await shareImagePng(tutorialShareInput(locale, host, tutorial)));
};
