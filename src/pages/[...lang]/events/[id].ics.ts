/** `/events/<id>.ics` and `/zh-cn/events/<id>.ics`: one event, for "Add to calendar". */
import type { APIRoute } from 'astro';
import { entryPaths, type Localized } from '../../../lib/content/load.ts';
import type { Locale } from '../../../i18n/index.ts';
import { calendarHeaders, eventsCalendar } from '../../events.ics.ts';

export const getStaticPaths = () => entryPaths('events');

export const GET: APIRoute = ({ props, site }) => {
	const { locale, entry } = props as { locale: Locale; entry: Localized<'events'> };
	return new Response(eventsCalendar([entry], locale, site), { headers: calendarHeaders });
};
