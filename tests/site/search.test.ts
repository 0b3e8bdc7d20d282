/** Pagefind search in real Chromium, per locale. */
import { useSiteSession } from '../helpers/site-session.ts';
import { searchSite, withPagefind } from '../helpers/search.ts';
import { describe, expect, it } from 'vitest';
import { modelCardCount as modelCount } from '../helpers/content.ts';

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

	it('indexes an untranslated page once: the Chinese site finds it by title and facets, its English text only on the English site', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/`);
		// Bark has no Chinese translation (content/models/zh-cn/bark.md does not exist).
		expect(await searchSite(page, 'Bark')).toContain('/home/zh-cn/models/bark/');
		// "EnCodec" appears only in Bark's English text.
		await page.reload();
		expect(await searchSite(page, 'EnCodec')).not.toContain('/home/zh-cn/models/bark/');
		await page.goto(session.server.url);
		expect(await searchSite(page, 'EnCodec')).toContain('/home/models/bark/');
		await page.close();
	});

	it('keeps every model and its facets in the Chinese index, translated or not', async () => {
		const page = await session.browser.newPage();
		const facets = async (prefix: string) => {
			await page.goto(`${session.server.url}${prefix}`);
			return withPagefind<Record<string, Record<string, number>>>(page, session.server.url, 'pagefind.filters()');
		};
		const english = await facets('');
		const chinese = await facets('zh-cn/');
		// Every model page has exactly one task; no other page has one (the catalog relies on it).
		expect(Object.values(english.task ?? {}).reduce((sum, count) => sum + count, 0)).toBe(modelCount);
		expect(chinese).toEqual(english);
		await page.close();
	});

	it('does not find a model card through the names in its "Related" list', async () => {
		const page = await session.browser.newPage();
		await page.goto(session.server.url);
		// wav2vec 2.0 lists Whisper large-v3 among related models and mentions Whisper nowhere else.
		const urls = await withPagefind<string[]>(
			page,
			session.server.url,
			`pagefind.search('whisper').then((search) => Promise.all(search.results.map((result) => result.data().then((data) => data.url))))`,
		);
		expect(urls).toContain('/home/models/whisper-large-v3/');
		expect(urls).not.toContain('/home/models/wav2vec2-base-960h/');
		await page.goto(`${session.server.url}models/wav2vec2-base-960h/`);
		expect(await page.locator('#related ~ div a[href="/home/models/whisper-large-v3/"]').count()).toBe(1);
		await page.close();
	});
});
