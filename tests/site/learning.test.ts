/**
 * Learning and community pages in Chromium: tutorial code blocks, events split at view time
 * (a cached page must not show a finished event as upcoming) and times in the reader's zone.
 */
import { useSiteSession } from '../helpers/site-session.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const session = useSiteSession();

const events = readdirSync(join(projectRoot, 'content/events'))
	.filter((name) => /^[^_.].*\.md$/.test(name))
	.map((name) => ({
		id: name.replace(/\.md$/, ''),
		...(parseContentFile(readFileSync(join(projectRoot, 'content/events', name), 'utf8')).data as {
			title: string;
			start: string;
			end: string;
			timezone: string;
		}),
	}))
	.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

describe('tutorial pages', () => {
	it.each([
		['en', ''],
		['zh-cn', 'zh-cn/'],
	] as const)('label code blocks in the page language (%s): copy button and terminal frame, in tutorials and on model pages', (locale, prefix) => {
		const words = dictionaries[locale];
		for (const page of [`${prefix}tutorials/run-an-llm-with-llama-cpp/index.html`, `${prefix}models/qwen3-8b/index.html`]) {
			const html = parse(readFileSync(join(distDir, page), 'utf8'));
			const buttons = html.querySelectorAll('.expressive-code .copy button');
			expect(buttons.length, page).toBeGreaterThan(0);
			for (const button of buttons)
				expect([button.getAttribute('title'), button.getAttribute('data-copied')], page).toEqual([words['code.copy'], words['code.copied']]);
			for (const label of html.querySelectorAll('.expressive-code figure.is-terminal figcaption .sr-only'))
				expect(label.text, page).toBe(words['code.terminal']);
		}
		const terminals = parse(readFileSync(join(distDir, `${prefix}tutorials/run-an-llm-with-llama-cpp/index.html`), 'utf8')).querySelectorAll(
			'figure.is-terminal figcaption .sr-only',
		);
		expect(terminals.length).toBeGreaterThan(0);
	});

	it('show level, time, prerequisites and objectives first, and code with titles, highlights and copy buttons', () => {
		const html = parse(readFileSync(join(distDir, 'tutorials/use-the-openmodels-api-from-typescript/index.html'), 'utf8'));
		const content = html.querySelector('.sl-markdown-content')!;
		const facts = content.querySelector('dl.om-facts')!.text;
		expect(facts).toContain('Beginner');
		expect(facts).toContain('20 min');
		expect(content.querySelector('#prerequisites + ul')?.text).toContain('Node.js 22.18');
		expect(content.querySelector('#objectives + ul li')).not.toBeNull();
		const frame = content.querySelector('.expressive-code figure.has-title');
		expect(frame?.querySelector('.title')?.text).toBe('find-models.ts');
		expect(frame?.outerHTML.match(/class="ec-line highlight/g)?.length).toBe(3);
		expect(content.querySelector('.expressive-code button[data-code]')).not.toBeNull();
		const toc = html.querySelectorAll('starlight-toc a').map((link) => link.getAttribute('href'));
		expect(toc).toEqual(expect.arrayContaining(['#prerequisites', '#objectives', '#write-the-script']));
	});

	it('link to the previous and next part of a series', () => {
		const html = parse(readFileSync(join(distDir, 'tutorials/speech-to-text-with-whisper/index.html'), 'utf8'));
		expect(html.querySelector('.om-series a[rel="prev"]')?.getAttribute('href')).toBe('/home/tutorials/run-a-text-model-locally/');
		expect(html.querySelector('.om-series a[rel="next"]')?.getAttribute('href')).toBe('/home/tutorials/embeddings-and-semantic-search/');
	});
});

describe('events page', () => {
	it('moves an event that ended since the build to the past list when viewed', async () => {
		const first = events[0]!;
		const context = await session.browser.newContext();
		const page = await context.newPage();
		// View the page an hour after the first event ended.
		await page.clock.setFixedTime(new Date(Date.parse(first.end) + 3_600_000));
		await page.goto(`${session.server.url}events/`);
		const upcoming = await page.locator('#upcoming-events > li > a').allTextContents();
		const past = await page.locator('#past-events > li > a').allTextContents();
		expect(upcoming).not.toContain(first.title);
		expect(past[0]).toBe(first.title);
		expect(upcoming[0]).toBe(events.find((event) => Date.parse(event.end) > Date.parse(first.end) + 3_600_000)!.title);
		await context.close();
	});

	it('shows times in the event’s zone and in the reader’s own', async () => {
		const event = events.find((candidate) => candidate.timezone === 'Asia/Shanghai') ?? events[0]!;
		const context = await session.browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
		const page = await context.newPage();
		await page.goto(`${session.server.url}events/${event.id}/`);
		const zoneText = await page.locator('dl.om-facts time').first().textContent();
		// The zone named as readers say it, with its offset: not the IANA id.
		const zoneName = new Intl.DateTimeFormat('en-GB', { timeZone: event.timezone, timeZoneName: 'longGeneric' })
			.formatToParts(new Date(event.start))
			.find((part) => part.type === 'timeZoneName')!.value;
		expect(zoneText).toContain(`(${zoneName},`);
		expect(zoneText).not.toContain(event.timezone);
		const local = page.locator('dl.om-facts .om-local-time');
		await expect.poll(() => local.isVisible()).toBe(true);
		const expectedHour = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hour: 'numeric' }).format(new Date(event.start));
		expect(await local.textContent()).toContain('America/Los_Angeles');
		expect(await local.textContent()).toContain(expectedHour.replace(/\s?[AP]M/, ''));
		await context.close();
	});
});
