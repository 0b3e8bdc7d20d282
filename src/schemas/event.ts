/** Events: OpenModels' own community activities, with times that survive time zones. */
import { z } from 'zod';
import { descriptionSchema, idListSchema, languageListSchema, textSchema, titleSchema, translationBase, urlSchema } from './shared.ts';

export const eventKinds = ['hackathon', 'workshop', 'webinar', 'meetup', 'conference'] as const;
export const eventFormats = ['online', 'in-person', 'hybrid'] as const;

const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date-time with its UTC offset, kept as written. YAML turns an unquoted
 * timestamp into a Date and drops the offset, so it must be quoted.
 */
const offsetDateTimeSchema = z
	.custom<string | Date>((value) => typeof value === 'string' || value instanceof Date, {
		error: 'expected a date-time such as "2027-03-14T18:00:00+08:00"',
	})
	.superRefine((value, ctx) => {
		if (value instanceof Date) {
			ctx.addIssue({ code: 'custom', message: 'put the date-time in quotes, e.g. "2027-03-14T18:00:00+08:00", so its UTC offset is kept' });
		} else if (!OFFSET_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
			ctx.addIssue({ code: 'custom', message: `expected an ISO 8601 date-time with a UTC offset, e.g. "2027-03-14T18:00:00+08:00"` });
		}
	})
	.transform((value) => value as string);

export function isKnownTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

/** Minutes of a UTC offset written at the end of a text: "+08:00", "GMT-04:00"; none or "Z" is 0. */
export function offsetMinutes(text: string): number {
	const match = /([+-])(\d{2}):(\d{2})$/.exec(text);
	return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The UTC offset, in minutes, that `zone` has at `instant` (from the runtime's time zone data). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
	const format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' });
	return offsetMinutes(format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value);
}

export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const absolute = Math.abs(minutes);
	return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

export const eventSchema = z
	.strictObject({
		title: titleSchema,
		description: descriptionSchema,
		kind: z.enum(eventKinds, { error: `expected one of: ${eventKinds.join(', ')}` }),
		start: offsetDateTimeSchema,
		end: offsetDateTimeSchema,
		/** IANA time zone the event is held in, e.g. Asia/Shanghai. */
		timezone: z.string().refine(isKnownTimeZone, { error: 'expected an IANA time zone such as "Europe/Berlin" or "Asia/Shanghai"' }),
		format: z.enum(eventFormats, { error: 'expected online, in-person or hybrid' }),
		place: z.strictObject({ venue: textSchema, city: textSchema, country: textSchema }).optional(),
		join_url: urlSchema.optional(),
		registration_url: urlSchema.optional(),
		language: languageListSchema,
		working_groups: idListSchema,
	})
	.superRefine((event, ctx) => {
		if (typeof event.start === 'string' && typeof event.end === 'string' && Date.parse(event.end) <= Date.parse(event.start)) {
			ctx.addIssue({ code: 'custom', path: ['end'], message: `must be after start (${event.start}); found ${event.end}` });
		}
		// A time written with another offset than the event's zone has then is a slip in one of
		// the two: calendars and the page would show an hour people were not told.
		for (const key of ['start', 'end'] as const) {
			const value = event[key];
			if (typeof value !== 'string' || !isKnownTimeZone(event.timezone) || !OFFSET_DATE_TIME.test(value)) continue;
			const expected = zoneOffsetMinutes(event.timezone, new Date(value));
			if (expected !== offsetMinutes(value)) {
				ctx.addIssue({
					code: 'custom',
					path: [key],
					message: `is written with UTC offset ${formatOffset(offsetMinutes(value))}, but ${event.timezone} is at ${formatOffset(expected)} then: correct the time and its offset, or the timezone; found ${value}`,
				});
			}
		}
		if (event.format !== 'online' && !event.place) {
			ctx.addIssue({ code: 'custom', path: ['place'], message: `is required for ${event.format} events: give venue, city and country` });
		}
		if (event.format !== 'in-person' && !event.join_url) {
			ctx.addIssue({ code: 'custom', path: ['join_url'], message: `is required for ${event.format} events: the https:// link people use to join` });
		}
	});

export const eventTranslationSchema = z.strictObject({ ...translationBase });

export type OpenModelsEvent = z.output<typeof eventSchema>;
