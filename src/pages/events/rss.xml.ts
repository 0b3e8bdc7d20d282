/**
 * `/events/rss.xml`: OpenModels events as an RSS 2.0 feed (English; `/zh-cn/events/rss.xml`
 * reuses `eventsFeed` for Chinese).
 *
 * pubDate is the event's start. Events carry no publication date in their content, and the
 * start is the date a reader of an events feed cares about; items are ordered by it, latest
 * first, and each item's title is followed by the time in the event's own zone.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getLocalized } from '../../lib/content/load.ts';
import { formatRange } from '../../lib/events.ts';
import { absoluteUrl } from '../../lib/ical.ts';
import { locales, useTranslations, type Locale } from '../../i18n/index.ts';

export async function eventsFeed({ site }: APIContext, locale: Locale): Promise<Response> {
	if (!site) throw new Error('`site` must be set in astro.config to build absolute feed links');
	const t = useTranslations(locale);
	const base = import.meta.env.BASE_URL;
	const events = (await getLocalized('events', locale)).sort((a, b) => Date.parse(b.data.start) - Date.parse(a.data.start));
	const self = absoluteUrl(site, base, locale, '/events/rss.xml');
	return rss({
		title: `${t('site.title')} ${t('events.title')}`,
		description: t('events.description'),
		// The channel link: the events page of this locale.
		site: absoluteUrl(site, base, locale, '/events/'),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${locales[locale].lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		items: events.map(({ id, data }) => ({
			title: data.title,
			link: absoluteUrl(site, base, locale, `/events/${id}/`),
			pubDate: new Date(data.start),
			description: `${formatRange(data.start, data.end, data.timezone, locale)}${locale === 'zh-cn' ? '。' : '. '}${data.description}`,
			categories: [t(`event.kind.${data.kind}`), t(`event.format.${data.format}`)],
		})),
	});
}

export const GET = (context: APIContext) => eventsFeed(context, 'en');
