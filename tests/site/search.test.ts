/** Pagefind search in real Chromium, per locale. */
import { useSiteSession } from '../helpers/site-session.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const session = useSiteSession();

async function search(page: Page, query: string): Promise<string[]> {
	await page.getByRole('button', { name: /search|搜索/i }).first().click();
	const input = page.locator('dialog[open] .pagefind-ui__search-input');
	await input.fill(query);
	const results = page.locator('dialog[open] .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

describe('search', () => {
	it('finds an English model page from the English site', async () => {
		const page = await session.browser.newPage();
		await page.goto(session.server.url);
		const results = await search(page, 'Whisper');
		expect(results).toContain('/home/models/whisper-large-v3/');
		expect(results.every((path) => !path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});

	it('finds the Chinese page for a Chinese query on /zh-cn/', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/`);
		const results = await search(page, '医疗健康');
		expect(results).toContain('/home/zh-cn/working-groups/healthcare/');
		expect(results.every((path) => path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});
});
