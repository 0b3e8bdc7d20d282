import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildCalendar, escapeText, eventToIcs, eventUid, foldLine, formatUtc, type EventFacts, type IcsEvent } from './ical.ts';

const stamp = new Date('2027-01-05T08:09:10.123Z');
const site = 'https://open-models-platform.github.io';
const tricky = 'Bring: laptop, charger; notes\\slides.\nSecond line, with "quotes".\r\nThird; line';

const sample: IcsEvent = {
	uid: 'sample-event@open-models-platform.github.io',
	start: '2027-03-14T18:00:00+08:00',
	end: '2027-03-14T20:30:00+08:00',
	summary: 'Meetup: models, data; and you',
	description: tricky,
	location: 'Room 3, Library; Shanghai, China',
	url: 'https://open-models-platform.github.io/home/events/sample-event/',
	categories: ['Meetup', 'Community, local'],
	timezone: 'Asia/Shanghai',
};

const facts: EventFacts = {
	title: 'Online model-card sprint',
	description: 'A one-day online hackathon.',
	start: '2027-01-30T10:00:00+01:00',
	end: '2027-01-30T18:00:00+01:00',
	timezone: 'Europe/Berlin',
	format: 'online',
	join_url: 'https://github.com/open-models-platform/home/discussions',
};
const labels = { join: 'Join online', register: 'Register' };

const physicalLines = (text: string) => text.split('\r\n').slice(0, -1);
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

function parseEvents(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('TEXT escaping', () => {
	it('escapes backslash, semicolon, comma and every kind of newline', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
	});

	it('drops control characters other than tab', () => {
		expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
	});
});

describe('line folding', () => {
	it('keeps short lines as they are', () => {
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
		expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
	});

	it('folds ASCII at 75 octets, continuation lines starting with a space', () => {
		const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBe(3);
		expect(folded[0]).toHaveLength(75);
		expect(folded.slice(1).every((part) => part.startsWith(' ') && octets(part) <= 75)).toBe(true);
		expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
	});

	it('folds a long Chinese description without splitting a character, every line ≤ 75 octets', () => {
		const description = '面向初学者的中文线上研讨会，介绍如何选择、下载并在本地运行开源语言模型；并用通俗的语言讲清许可证、隐私和效果评估。🎉'.repeat(8);
		const text = buildCalendar({ name: 'OpenModels 活动', stamp }, [{ ...sample, summary: '中文网络研讨会', description }]);
		const bytes = Buffer.from(text, 'utf8');
		let start = 0;
		let lines = 0;
		for (let index = 0; index < bytes.length - 1; index++) {
			if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
				const line = bytes.subarray(start, index);
				expect(line.length).toBeLessThanOrEqual(75);
				// A fatal decoder throws if a line starts or ends inside a multi-byte character.
				expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
				start = index + 2;
				lines++;
			}
		}
		expect(start).toBe(bytes.length);
		expect(lines).toBeGreaterThan(20);
		expect(parseEvents(text).events[0]!.description).toBe(description);
	});
});

describe('buildCalendar', () => {
	const text = buildCalendar({ name: 'OpenModels Events', description: 'Community events', stamp, refreshInterval: 'P1D' }, [sample]);
	const lines = physicalLines(text);

	it('uses CRLF line endings only and ends with CRLF', () => {
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(lines.every((line) => octets(line) <= 75)).toBe(true);
	});

	it('has the calendar properties clients expect', () => {
		expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//OpenModels//Community events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
		expect(lines).toContain('X-WR-CALNAME:OpenModels Events');
		expect(lines).toContain('X-WR-TIMEZONE:Asia/Shanghai');
		expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
		expect(lines.filter((line) => line.startsWith('BEGIN:VEVENT'))).toHaveLength(1);
	});

	it('writes DTSTAMP from the given build time in UTC, and times in UTC', () => {
		expect(lines).toContain('DTSTAMP:20270105T080910Z');
		expect(lines).toContain('DTSTART:20270314T100000Z');
		expect(lines).toContain('DTEND:20270314T123000Z');
		expect(lines.filter((line) => line.startsWith('DTSTAMP')).every((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line))).toBe(true);
		expect(formatUtc('2027-01-30T10:00:00+01:00')).toBe('20270130T090000Z');
		expect(() => formatUtc('not a date')).toThrow();
	});

	it('is deterministic: only DTSTAMP depends on the build time', () => {
		expect(buildCalendar({ name: 'OpenModels Events', description: 'Community events', stamp, refreshInterval: 'P1D' }, [sample])).toBe(text);
		const later = buildCalendar(
			{ name: 'OpenModels Events', description: 'Community events', stamp: new Date('2027-02-01T00:00:00Z'), refreshInterval: 'P1D' },
			[sample],
		);
		const differing = physicalLines(later).filter((line, index) => line !== lines[index]);
		expect(differing).toEqual(['DTSTAMP:20270201T000000Z']);
	});

	it('sets X-WR-TIMEZONE only when every event shares one zone, unless given', () => {
		const other = { ...sample, uid: 'other@x', timezone: 'Europe/Berlin' };
		expect(buildCalendar({ name: 'n', stamp }, [sample, other])).not.toContain('X-WR-TIMEZONE');
		expect(buildCalendar({ name: 'n', stamp, timezone: 'UTC' }, [sample, other])).toContain('X-WR-TIMEZONE:UTC\r\n');
	});

	it('round-trips through ical.js', () => {
		const { calendar, events } = parseEvents(text);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('OpenModels Events');
		expect(events).toHaveLength(1);
		const event = events[0]!;
		expect(event.uid).toBe(sample.uid);
		expect(event.summary).toBe(sample.summary);
		expect(event.description).toBe(tricky.replace(/\r\n/g, '\n'));
		expect(event.location).toBe(sample.location);
		expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(sample.start as string));
		expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(sample.end as string));
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(event.component.getFirstPropertyValue('url')).toBe(sample.url);
		expect(event.component.getFirstProperty('categories')!.getValues()).toEqual(['Meetup', 'Community, local']);
		const dtstamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(dtstamp.toJSDate().getTime()).toBe(Date.parse('2027-01-05T08:09:10Z'));
	});
});

describe('eventToIcs', () => {
	it('gives a stable UID that is the same in every locale', () => {
		expect(eventUid('model-card-sprint', site)).toBe('model-card-sprint@open-models-platform.github.io');
		const en = eventToIcs('model-card-sprint', facts, { site, base: '/home/', locale: 'en', labels });
		const zh = eventToIcs(
			'model-card-sprint',
			{ ...facts, title: '线上模型卡冲刺' },
			{ site, base: '/home/', locale: 'zh-cn', labels: { join: '在线参加', register: '报名' } },
		);
		expect(en.uid).toBe('model-card-sprint@open-models-platform.github.io');
		expect(zh.uid).toBe(en.uid);
	});

	it('links to the event page under the base path, per locale', () => {
		expect(eventToIcs('x', facts, { site, base: '/home/', locale: 'en', labels }).url).toBe('https://open-models-platform.github.io/home/events/x/');
		expect(eventToIcs('x', facts, { site, base: '/home', locale: 'zh-cn', labels }).url).toBe('https://open-models-platform.github.io/home/zh-cn/events/x/');
		expect(absoluteUrl('https://example.org', '/', 'en', '/events.ics')).toBe('https://example.org/events.ics');
	});

	it('uses the join link as the location of online events and the venue otherwise', () => {
		expect(eventToIcs('x', facts, { site, base: '/home/', locale: 'en', labels }).location).toBe(facts.join_url);
		const inPerson: EventFacts = {
			...facts,
			format: 'in-person',
			join_url: undefined,
			place: { venue: 'Venue to be announced', city: 'Berlin', country: 'Germany' },
		};
		expect(eventToIcs('x', inPerson, { site, base: '/home/', locale: 'en', labels }).location).toBe('Venue to be announced, Berlin, Germany');
	});

	it('puts the time, the links and the page in the description', () => {
		const event = eventToIcs(
			'x',
			{ ...facts, registration_url: 'https://example.org/register' },
			{ site, base: '/home/', locale: 'en', labels: { ...labels, when: 'Sat 30 Jan', categories: ['Hackathon'] } },
		);
		expect(event.description).toBe(
			'A one-day online hackathon.\n\nSat 30 Jan\nJoin online: https://github.com/open-models-platform/home/discussions\nRegister: https://example.org/register\nhttps://open-models-platform.github.io/home/events/x/',
		);
		expect(event.categories).toEqual(['Hackathon']);
		const [parsed] = parseEvents(buildCalendar({ name: 'n', stamp }, [event])).events;
		expect(parsed!.description).toBe(event.description);
		expect(parsed!.startDate.toJSDate().toISOString()).toBe('2027-01-30T09:00:00.000Z');
	});
});
