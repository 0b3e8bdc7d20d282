/** Pagefind search in real Chromium, per locale. */
import { useSiteSession } from '../helpers/site-session.ts';
import { searchSite, withPagefind } from '../helpers/search.ts';
import { describe, expect, it } from 'vitest';
import { modelCardCount as modelCount } from '../helpers/content.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dictionaries } from '../../src/i18n/index.ts';
import { distDir } from '../helpers/dist.ts';

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

	it('indexes the facts of a page as separate words, so excerpts read "Organisation Meta", not "OrganisationMeta"', () => {
		// A fragment is Pagefind's gzipped record of one page: a signature, then JSON with its text.
		const fragmentDir = join(distDir, 'pagefind/fragment');
		const fragments = readdirSync(fragmentDir).map((name) => {
			const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
		});
		const models = fragments.filter((fragment) => /^\/models\/[^/]+\/$/.test(fragment.url));
		expect(models.length).toBe(modelCount);
		const labels = (['model.organization', 'model.task', 'model.modality', 'model.license'] as const).map((key) => dictionaries.en[key]);
		for (const fragment of models) for (const label of labels) expect(fragment.content, `${fragment.url} ${label}`).toMatch(new RegExp(`(^|\\s)${label}\\s`));
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
