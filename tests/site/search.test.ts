/** Pagefind search in real Chromium, per locale. */
import { useSiteSession } from '../helpers/site-session.ts';
import { searchSite } from '../helpers/search.ts';
import { describe, expect, it } from 'vitest';

const session = useSiteSession();


describe('search', () => {
	it('finds an English model page from the English site', async () => {
		const page = await session.browser.newPage();
		await page.goto(session.server.url);
		const results = await searchSite(page, 'Whisper');
		expect(results).toContain('/home/models/whisper-large-v3/');
		expect(results.every((path) => !path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});

	it('finds the Chinese page for a Chinese query on /zh-cn/', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/`);
		const results = await searchSite(page, '医疗健康');
		expect(results).toContain('/home/zh-cn/working-groups/healthcare/');
		expect(results.every((path) => path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});
});
