/** `/zh-cn/events/rss.xml`: the events feed in Simplified Chinese (see `events/rss.xml.ts`). */
import type { APIContext } from 'astro';
import { eventsFeed } from '../../events/rss.xml.ts';

export const GET = (context: APIContext) => eventsFeed(context, 'zh-cn');
