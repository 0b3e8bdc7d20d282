/**
 * The tables of contents (Starlight's, with a lighter list of the site's own) in real Chromium:
 * they list the page's sections, mark the one in view, and the narrow-screen one names it, opens
 * and closes from the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../helpers/site-session.ts';

const session = useSiteSession();
const MODEL = 'models/whisper-large-v3/';

/** The ids of the page's h2 headings that sit in the main column, in order. */
const sectionIds = () => [...document.querySelectorAll('main h2[id]')].map((heading) => heading.id).filter((id) => !id.startsWith('starlight__'));

describe('table of contents', () => {
	it('lists every section of a model page and marks the one scrolled into view (wide screen)', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
		await page.goto(`${session.server.url}${MODEL}`);
		const ids = await page.evaluate(sectionIds);
		const links = await page.locator('starlight-toc a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect(links[0]).toBe('#_top');
		// Visually hidden headings (the facts list's) are left out by Starlight too.
		for (const id of ids.filter((id) => id !== 'facts-heading')) expect(links).toContain(`#${id}`);
		await expect.poll(() => page.locator('starlight-toc a[aria-current="true"]').getAttribute('href'), { timeout: 10_000 }).toBe('#_top');

		const target = ids.at(-2)!;
		await page.locator(`#${target}`).scrollIntoViewIfNeeded();
		await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), target);
		await expect.poll(() => page.locator('starlight-toc a[aria-current="true"]').getAttribute('href'), { timeout: 10_000 }).toBe(`#${target}`);
		expect(await page.locator('starlight-toc a[aria-current="true"]').count()).toBe(1);
		await page.close();
	});

	it('names the section in view, opens from the keyboard and closes with Escape or a link (phone)', async () => {
		const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${session.server.url}zh-cn/${MODEL}`);
		const summary = page.locator('mobile-starlight-toc summary');
		await expect.poll(() => summary.isVisible()).toBe(true);
		expect(await summary.textContent()).toContain('本页内容');

		const ids = await page.evaluate(sectionIds);
		const target = ids.at(1)!;
		const heading = (await page.locator(`#${target}`).textContent())!.trim();
		await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), target);
		await expect.poll(() => page.locator('mobile-starlight-toc .display-current').textContent(), { timeout: 10_000 }).toBe(heading);

		await summary.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#starlight__mobile-toc').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('#starlight__mobile-toc').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('starlight__on-this-page--mobile');

		await page.keyboard.press('Enter');
		const last = page.locator('mobile-starlight-toc .dropdown a').last();
		await last.click();
		await expect.poll(() => page.locator('#starlight__mobile-toc').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		expect(new URL(page.url()).hash).toBe(await last.getAttribute('href'));
		await page.close();
	});
});
