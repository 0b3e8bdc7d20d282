/** The site search dialog speaks the reader's language. */
import { describe, expect, it } from 'vitest';
import { searchSite } from '../helpers/search.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const session = useSiteSession();

describe('search dialog', () => {
	it('uses Chinese words on the Chinese site', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/`);
		await searchSite(page, '语音');
		const message = await page.locator('dialog[open] .pagefind-ui__message').textContent();
		expect(message).toMatch(/^找到 \d+ 个与 语音 相关的结果$/);
		expect(await page.locator('dialog[open] .pagefind-ui__search-clear').textContent()).toBe('清除');
		// Results show their title and excerpt, never the index's sort keys or facet values.
		expect(await page.locator('dialog[open] .pagefind-ui__results').innerText()).not.toMatch(/Sort_|License_type|Runs_on/);
		await page.close();
	});

	it('keeps English words on the English site', async () => {
		const page = await session.browser.newPage();
		await page.goto(session.server.url);
		await searchSite(page, 'speech');
		expect(await page.locator('dialog[open] .pagefind-ui__message').textContent()).toMatch(/^\d+ results? for speech$/);
		await page.close();
	});
});
