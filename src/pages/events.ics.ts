/**
 * `/events.ics`: every OpenModels event as one iCalendar file (English), for subscribing in a
 * calendar app. Per-event files are built by `[...lang]/events/[id].ics.ts` with the helper below.
 */
import type { APIRoute } from 'astro';
import { getLocalized, type Localized } from '../lib/content/load.ts';
import { formatRange } from '../lib/events.ts';
import { buildCalendar, eventToIcs } from '../lib/ical.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';

/**
 * DTSTAMP of every event: when this build ran. `SOURCE_DATE_EPOCH` (seconds), the
 * reproducible-builds convention, pins it for byte-identical rebuilds.
 */
const buildTime = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();

/**
 * An iCalendar file of events in a locale, with that locale's titles and descriptions.
 * `subscription` adds a refresh interval, which only means something to subscribers.
 */
export function eventsCalendar(events: readonly Localized<'events'>[], locale: Locale, site: URL | undefined, subscription = false): string {
	if (!site) throw new Error('`site` must be set in astro.config to build absolute event URLs');
	const t = useTranslations(locale);
	return buildCalendar(
		{
			name: `${t('site.title')} ${t('events.title')}`,
			description: t('events.description'),
			stamp: buildTime,
			refreshInterval: subscription ? 'P1D' : undefined,
		},
		[...events]
			.sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start))
			.map(({ id, data }) =>
				eventToIcs(id, data, {
					site,
					base: import.meta.env.BASE_URL,
					locale,
					labels: {
						when: formatRange(data.start, data.end, data.timezone, locale),
						join: t('event.join'),
						register: t('event.register'),
						categories: [t(`event.kind.${data.kind}`)],
					},
				}),
			),
	);
}

export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };

export const GET: APIRoute = async ({ site }) =>
	new Response(eventsCalendar(await getLocalized('events', 'en'), 'en', site, true), { headers: calendarHeaders });
