/**
 * iCalendar (RFC 5545) text for OpenModels events. Pure: the build timestamp, the site URL and
 * the base path are passed in, so the same input always gives the same bytes.
 *
 * Times are written in UTC (`DTSTART:20270130T090000Z`), not as `TZID=Europe/Berlin` local
 * times. A UTC time is an exact instant that every client (Google Calendar, Apple Calendar,
 * Outlook, Thunderbird, phones) reads the same way and shows in the reader's own zone, with no
 * VTIMEZONE to get wrong: a `TZID` needs a VTIMEZONE whose transitions we would have to derive
 * ourselves, and clients that distrust or ignore it (Outlook maps zones by name) can shift the
 * event by an hour. Our events are one-off, so the one thing `TZID` adds — keeping the wall
 * time of a repeating event across DST changes — is not needed. The event's IANA zone is kept
 * as `X-WR-TIMEZONE` (the calendar's display zone in Google and Apple Calendar) and, for people,
 * in the description.
 */
import { localizedPath, withBase } from './paths.ts';

/** One VEVENT. `start`/`end` are ISO 8601 date-times with an offset, or Dates. */
export interface IcsEvent {
	uid: string;
	start: string | Date;
	end: string | Date;
	summary: string;
	description?: string;
	location?: string;
	/** Absolute URL of the event's page. */
	url?: string;
	categories?: readonly string[];
	/** IANA zone the event is held in; becomes the calendar's X-WR-TIMEZONE when all events share it. */
	timezone?: string;
}

export interface IcsCalendar {
	/** X-WR-CALNAME: the name clients give a subscribed or imported calendar. */
	name: string;
	/** X-WR-CALDESC. */
	description?: string;
	/** X-WR-TIMEZONE; defaults to the events' zone when they all share one. */
	timezone?: string;
	prodId?: string;
	/** How often subscribers should refetch, as an RFC 5545 duration such as `P1D`. */
	refreshInterval?: string;
	/** When this calendar was generated (DTSTAMP of every event). Pass the build time. */
	stamp: Date;
}

export const DEFAULT_PRODID = '-//OpenModels//Community events//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
	return (
		value
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n?|\n/g, '\\n')
			// Other control characters are not allowed in TEXT (HTAB is).
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
	);
}

const utf8Length = (char: string) => {
	const code = char.codePointAt(0)!;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Folds a content line into physical lines of at most 75 octets (RFC 5545 §3.1): continuation
 * lines start with one space, which counts towards their 75. Splits only between code points,
 * so a multi-byte UTF-8 character is never cut in two. Returns the lines joined with CRLF.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char);
		if (octets + size > MAX_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join(CRLF);
}

/** `20270130T090000Z`: a UTC DATE-TIME (seconds precision). */
export function formatUtc(value: string | Date): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	if (Number.isNaN(date.getTime())) throw new Error(`not a date-time: ${String(value)}`);
	return date
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

/** A globally unique, stable UID: `<event-id>@<site host>`, the same in every locale and build. */
export function eventUid(id: string, site: string | URL): string {
	return `${id}@${new URL(site).host}`;
}

/** Absolute URL of a page under the base path: `https://host/home/zh-cn/events/x/`. */
export function absoluteUrl(site: string | URL, base: string, locale: string, path: string): string {
	return new URL(withBase(base, localizedPath(locale, path)), site).href;
}

function property(name: string, value: string): string {
	return foldLine(`${name}:${value}`);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
	const lines = [
		'BEGIN:VEVENT',
		property('UID', escapeText(event.uid)),
		property('DTSTAMP', stamp),
		property('DTSTART', formatUtc(event.start)),
		property('DTEND', formatUtc(event.end)),
		property('SUMMARY', escapeText(event.summary)),
	];
	if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
	if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
	// URL is a URI value, not TEXT: no backslash escaping, but it must stay on one logical line.
	if (event.url) lines.push(property('URL', event.url.replace(/[\r\n]/g, '')));
	const categories = (event.categories ?? []).filter((category) => category.trim() !== '');
	if (categories.length) lines.push(property('CATEGORIES', categories.map(escapeText).join(',')));
	lines.push('END:VEVENT');
	return lines;
}

/** A whole VCALENDAR (METHOD:PUBLISH) with one VEVENT per event, CRLF line endings. */
export function buildCalendar(calendar: IcsCalendar, events: readonly IcsEvent[]): string {
	const stamp = formatUtc(calendar.stamp);
	const zones = new Set(events.map((event) => event.timezone).filter(Boolean));
	const timezone = calendar.timezone ?? (zones.size === 1 ? [...zones][0] : undefined);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		property('PRODID', calendar.prodId ?? DEFAULT_PRODID),
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		property('X-WR-CALNAME', escapeText(calendar.name)),
	];
	if (calendar.description) lines.push(property('X-WR-CALDESC', escapeText(calendar.description)));
	if (timezone) lines.push(property('X-WR-TIMEZONE', timezone));
	if (calendar.refreshInterval) {
		lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`, `X-PUBLISHED-TTL:${calendar.refreshInterval}`);
	}
	for (const event of events) lines.push(...eventLines(event, stamp));
	lines.push('END:VCALENDAR');
	return lines.join(CRLF) + CRLF;
}

/** The facts of an event entry that a calendar needs (a subset of the event schema). */
export interface EventFacts {
	title: string;
	description: string;
	start: string;
	end: string;
	timezone: string;
	format: 'online' | 'in-person' | 'hybrid';
	place?: { venue: string; city: string; country: string };
	join_url?: string;
	registration_url?: string;
}

export interface EventIcsOptions {
	site: string | URL;
	/** The build's base path, e.g. `import.meta.env.BASE_URL`. */
	base: string;
	locale: string;
	/** Localized words for the description and categories. */
	labels: { when?: string; join: string; register: string; categories?: readonly string[] };
}

/**
 * An event entry as a VEVENT. LOCATION is the venue for in-person and hybrid events and the
 * join link for online ones; the description adds the time in the event's own zone, the join
 * and registration links and the page, because many clients ignore the URL property.
 */
export function eventToIcs(id: string, event: EventFacts, options: EventIcsOptions): IcsEvent {
	const url = absoluteUrl(options.site, options.base, options.locale, `/events/${id}/`);
	const { labels } = options;
	const place = event.place ? [event.place.venue, event.place.city, event.place.country].join(', ') : undefined;
	const colon = options.locale.startsWith('zh') ? '：' : ': ';
	const details = [
		labels.when,
		event.join_url && `${labels.join}${colon}${event.join_url}`,
		event.registration_url && `${labels.register}${colon}${event.registration_url}`,
		url,
	].filter(Boolean);
	return {
		uid: eventUid(id, options.site),
		start: event.start,
		end: event.end,
		summary: event.title,
		description: `${event.description}\n\n${details.join('\n')}`,
		location: place ?? event.join_url,
		url,
		categories: labels.categories,
		timezone: event.timezone,
	};
}
