/** Event timing: upcoming or past, and times shown in a given zone. Pure. */

interface Timed {
	data: { start: string; end: string };
}

/** An event is upcoming until it has ended. */
export function isUpcoming(event: Timed, now: Date): boolean {
	return Date.parse(event.data.end) > now.getTime();
}

export function splitEvents<E extends Timed>(events: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
	const byStart = [...events].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start));
	return {
		upcoming: byStart.filter((event) => isUpcoming(event, now)),
		past: byStart.filter((event) => !isUpcoming(event, now)).reverse(),
	};
}

/** "Wednesday 10 February 2027, 14:00–17:00 (China Standard Time, GMT+8)" in the event's own time zone. */
export function formatRange(start: string, end: string, timeZone: string, locale: string): string {
	const intlLocale = locale === 'zh-cn' ? 'zh-CN' : 'en-GB';
	const startDate = new Date(start);
	const endDate = new Date(end);
	const format = new Intl.DateTimeFormat(intlLocale, { timeZone, dateStyle: 'full', timeStyle: 'short' });
	const sameDay = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
	const zone = (style: 'shortOffset' | 'longGeneric') =>
		new Intl.DateTimeFormat(intlLocale, { timeZone, timeZoneName: style }).formatToParts(startDate).find((part) => part.type === 'timeZoneName')?.value;
	// The zone as readers say it ("Central European Time"), with its offset; not the IANA id.
	const zoneName = [zone('longGeneric'), zone('shortOffset')].filter((name, index, names) => name && names.indexOf(name) === index).join(', ');
	const range =
		sameDay.format(startDate) === sameDay.format(endDate)
			? `${format.format(startDate)}–${new Intl.DateTimeFormat(intlLocale, { timeZone, timeStyle: 'short' }).format(endDate)}`
			: `${format.format(startDate)} – ${format.format(endDate)}`;
	return `${range} (${zoneName})`;
}
