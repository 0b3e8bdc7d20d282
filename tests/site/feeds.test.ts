/**
 * Calendar and RSS feeds in the built site: every event in content/events appears once, at the
 * instants its front matter gives, with links that are absolute and under the base path; event
 * pages link to their .ics files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = distDir;
const base = '/home';
const siteUrl = 'https://open-models-platform.github.io/home/';
const host = 'open-models-platform.github.io';

interface EventFrontMatter {
	title: string;
	start: string;
	end: string;
}

function frontMatter(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file} has no front matter`);
	return parseYaml(match[1]!) as Record<string, unknown>;
}

const eventsDir = join(root, 'content/events');
const ids = readdirSync(eventsDir)
	.filter((name) => /^[^_.].*\.md$/.test(name))
	.map((name) => name.replace(/\.md$/, ''))
	.sort();
const events = new Map(ids.map((id) => [id, frontMatter(join(eventsDir, `${id}.md`)) as unknown as EventFrontMatter]));
/** Title in a locale: the translation's when there is one, else the English one. */
function titleOf(id: string, locale: 'en' | 'zh-cn'): string {
	const translation = join(eventsDir, 'zh-cn', `${id}.md`);
	return locale === 'zh-cn' && existsSync(translation) ? (frontMatter(translation).title as string) : events.get(id)!.title;
}
const prefix = (locale: 'en' | 'zh-cn') => (locale === 'en' ? '' : `${locale}/`);

function readDist(path: string): string {
	const file = join(dist, path);
	expect(existsSync(file), `dist/${path} should exist`).toBe(true);
	return readFileSync(file, 'utf8');
}

function parseCalendar(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function expectWellFormed(text: string, name: string) {
	expect(text.startsWith('BEGIN:VCALENDAR\r\n'), name).toBe(true);
	expect(text.endsWith('END:VCALENDAR\r\n'), name).toBe(true);
	expect(text.replace(/\r\n/g, ''), `${name}: bare CR or LF`).not.toMatch(/[\r\n]/);
	const long = text.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75);
	expect(long, `${name}: lines over 75 octets`).toEqual([]);
}

describe('events.ics', () => {
	const text = readDist('events.ics');
	const { calendar, events: vevents } = parseCalendar(text);

	it('is a well-formed, published calendar', () => {
		expectWellFormed(text, 'events.ics');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
		expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain('OpenModels');
	});

	it('has every event exactly once, with unique UIDs and a DTSTAMP', () => {
		expect(ids.length).toBeGreaterThan(0);
		const uids = vevents.map((event) => event.uid);
		expect(new Set(uids).size).toBe(uids.length);
		expect([...uids].sort()).toEqual(ids.map((id) => `${id}@${host}`).sort());
		for (const event of vevents) expect(event.component.getFirstPropertyValue('dtstamp'), event.uid).toBeTruthy();
	});

	it('gives each event the instants, title and page of its content', () => {
		for (const event of vevents) {
			const id = event.uid.replace(`@${host}`, '');
			const content = events.get(id)!;
			expect(event.summary, id).toBe(content.title);
			expect(event.startDate.toJSDate().getTime(), `${id} start`).toBe(Date.parse(content.start));
			expect(event.endDate.toJSDate().getTime(), `${id} end`).toBe(Date.parse(content.end));
			expect(event.component.getFirstPropertyValue('url'), id).toBe(`${siteUrl}events/${id}/`);
			expect(event.location, `${id} location`).toBeTruthy();
		}
	});
});

describe.each(['en', 'zh-cn'] as const)('per-event .ics (%s)', (locale) => {
	it.each(ids)('%s has one event in this locale', (id) => {
		const text = readDist(`${prefix(locale)}events/${id}.ics`);
		expectWellFormed(text, id);
		const { events: vevents } = parseCalendar(text);
		expect(vevents).toHaveLength(1);
		const [event] = vevents;
		expect(event!.uid).toBe(`${id}@${host}`);
		expect(event!.summary).toBe(titleOf(id, locale));
		expect(event!.startDate.toJSDate().getTime()).toBe(Date.parse(events.get(id)!.start));
		expect(event!.endDate.toJSDate().getTime()).toBe(Date.parse(events.get(id)!.end));
		expect(event!.component.getFirstPropertyValue('url')).toBe(`${siteUrl}${prefix(locale)}events/${id}/`);
	});
});

describe.each(['en', 'zh-cn'] as const)('events RSS feed (%s)', (locale) => {
	it('lists every event once with an absolute link under the base path and its title', async () => {
		const feed = await new Parser().parseString(readDist(`${prefix(locale)}events/rss.xml`));
		expect(feed.title).toContain('OpenModels');
		expect(feed.link).toBe(`${siteUrl}${prefix(locale)}events/`);
		expect(feed.items).toHaveLength(ids.length);
		const seen = new Set<string>();
		for (const item of feed.items) {
			const link = item.link!;
			expect(link.startsWith(`${siteUrl}${prefix(locale)}events/`), link).toBe(true);
			const id = new URL(link).pathname.split('/').filter(Boolean).at(-1)!;
			expect(events.has(id), link).toBe(true);
			seen.add(id);
			expect(item.title).toBe(titleOf(id, locale));
			expect(new Date(item.pubDate!).getTime(), `${id} pubDate`).toBe(Date.parse(events.get(id)!.start));
			expect(existsSync(join(dist, new URL(link).pathname.slice(base.length), 'index.html')), `${link} is a built page`).toBe(true);
		}
		expect(seen.size).toBe(ids.length);
	});
});

describe('links to the feeds', () => {
	it.each(['en', 'zh-cn'] as const)('event pages in %s link to their .ics file, which exists', (locale) => {
		for (const id of ids) {
			const page = parseHtml(readDist(`${prefix(locale)}events/${id}/index.html`));
			const links = page.querySelectorAll('a[href$=".ics"]').map((anchor) => anchor.getAttribute('href')!);
			expect(links, id).toEqual([`${base}/${prefix(locale)}events/${id}.ics`]);
			expect(existsSync(join(dist, links[0]!.slice(base.length))), links[0]).toBe(true);
		}
	});

	it.each(['en', 'zh-cn'] as const)('the events index in %s links to the calendar and its RSS feed', (locale) => {
		const page = parseHtml(readDist(`${prefix(locale)}events/index.html`));
		const hrefs = page.querySelectorAll('a[href]').map((anchor) => anchor.getAttribute('href')!);
		expect(hrefs).toContain(`${base}/events.ics`);
		expect(hrefs).toContain(`${base}/${prefix(locale)}events/rss.xml`);
		for (const href of [`${base}/events.ics`, `${base}/${prefix(locale)}events/rss.xml`])
			expect(existsSync(join(dist, href.slice(base.length))), href).toBe(true);
	});
});
