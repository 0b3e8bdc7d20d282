/** The compare page in real Chromium: choose, share the URL, reload, Back, remove; and without JavaScript. */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../helpers/site-session.ts';
import { distDir } from '../helpers/dist.ts';
import { alignedResults, MAX_COMPARED } from '../../src/lib/compare.ts';
import { formatDate, humanizeCount, languageNames } from '../../src/lib/format.ts';
import { organizationName } from '../../src/schemas/vocabularies.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const session = useSiteSession();

type ApiModel = Parameters<typeof alignedResults>[0][number] & {
	id: string;
	title: string;
	organization: string;
	parameters?: number;
	release_date?: string;
	language?: string[];
};
const models = (JSON.parse(readFileSync(join(distDir, 'api/models.json'), 'utf8')) as { models: ApiModel[] }).models;
// Two models that report a result on the same measurement, found from the catalog's own data.
const [first, second] = (() => {
	for (const a of models) for (const b of models) if (a !== b && alignedResults([a, b]).length > 0) return [a, b];
	return [models[0]!, models[1]!];
})() as [ApiModel, ApiModel];
const third = models.find((model) => model !== first && model !== second)!;

const columns = (page: Page) => page.locator('.om-compare-table thead th a').allTextContents();

describe('compare page', () => {
	it('shows the models in the URL side by side, with evaluation rows only where they measured the same thing', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}compare/?models=${first.id},${second.id}`);
		await expect.poll(() => columns(page)).toEqual([first.title, second.title]);
		expect(await page.locator('[data-compare-status]').textContent()).toMatch(/Comparing 2 models/);
		const rows = await page.locator('.om-compare-table tbody th').allTextContents();
		expect(rows).toEqual(expect.arrayContaining(['Organisation', 'Commercial use', 'Runs on', 'Openness']));
		expect(rows.length).toBeGreaterThan(9);
		await page.close();
	});

	it('adds and removes models through the URL, so reload and Back keep the choice', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}compare/?models=${first.id}`);
		await expect.poll(() => columns(page)).toEqual([first.title]);
		await page.locator('#compare-add').selectOption(third.id);
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect.poll(() => columns(page)).toEqual([first.title, third.title]);
		expect(new URL(page.url()).search).toBe(`?models=${first.id},${third.id}`);
		await page.reload();
		await expect.poll(() => columns(page)).toEqual([first.title, third.title]);
		await page.getByRole('button', { name: `Remove ${first.title} from the comparison` }).click();
		await expect.poll(() => columns(page)).toEqual([third.title]);
		// The keyboard focus lands on the Remove button now in that place, not on the page.
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Remove ${third.title} from the comparison`);
		await page.goBack();
		await expect.poll(() => columns(page)).toEqual([first.title, third.title]);
		await page.close();
	});

	it('prints only the comparison: every column on the page, no controls', async () => {
		const page = await session.browser.newPage({ viewport: { width: 700, height: 900 } });
		await page.goto(`${session.server.url}compare/?models=${first.id},${second.id},${third.id}`);
		await expect.poll(() => columns(page)).toEqual([first.title, second.title, third.title]);
		await page.emulateMedia({ media: 'print' });
		const shown = (selector: string) => page.locator(selector).first().isVisible();
		expect(await shown('.om-compare-table')).toBe(true);
		for (const selector of ['.om-compare-controls', '.om-compare-remove', '.om-compare-list', '#all-models', 'header.header'])
			expect(await shown(selector), selector).toBe(false);
		const clipped = await page.evaluate(() => {
			const table = document.querySelector('.om-compare-table')!.getBoundingClientRect();
			return table.right > document.documentElement.clientWidth + 1;
		});
		expect(clipped).toBe(false);
		await page.close();
	});

	it('titles and links each column in the page language, and shows the openness class', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/compare/?models=${first.id}`);
		await expect.poll(() => page.locator('.om-compare-table thead th a').getAttribute('href')).toBe(`/home/zh-cn/models/${first.id}/`);
		const rows = await page.locator('.om-compare-table tbody th').allTextContents();
		expect(rows).toContain('开放程度');
		// Facts are written as the model's own page writes them, names from the vocabularies in Chinese.
		const cell = (label: string) =>
			page
				.locator('.om-compare-table tbody tr', { has: page.locator('th', { hasText: label }) })
				.locator('td')
				.first()
				.textContent();
		const zh = dictionaries['zh-cn'];
		expect(await cell(zh['model.organization'])).toBe(organizationName(first.organization, 'zh-cn'));
		if (first.parameters) expect(await cell(zh['model.parameters'])).toBe(humanizeCount(first.parameters, 'zh-cn'));
		// Languages, for "does it handle Chinese?", named in Chinese.
		const languages = first.language ?? [];
		const listed = [...languages.filter((code) => ['zh', 'en'].includes(code)), ...languages.filter((code) => !['zh', 'en'].includes(code))];
		expect(await cell(zh['model.languages'])).toBe(
			listed.length === 0
				? '—'
				: [
						languageNames(listed.slice(0, 6), 'zh-cn'),
						...(listed.length > 6 ? [zh['compare.moreLanguages'].replace('{count}', String(listed.length - 6))] : []),
					].join('、'),
		);
		if (first.release_date) expect(await cell(zh['model.released'])).toBe(formatDate(new Date(first.release_date), 'zh-cn'));
		await page.close();
	});

	it('says which requested models it cannot show, and why', async () => {
		const page = await session.browser.newPage();
		const status = page.locator('[data-compare-status]');
		const en = dictionaries.en;
		await page.goto(`${session.server.url}compare/?models=${first.id},no-such-model`);
		await expect.poll(() => status.textContent()).toContain(en['compare.unknown'].replace('{id}', 'no-such-model'));
		expect(await status.textContent()).toContain(en['compare.comparingOne']);
		const five = models.slice(0, MAX_COMPARED + 1).map((model) => model.id);
		await page.goto(`${session.server.url}compare/?models=${five.join(',')}`);
		await expect.poll(() => columns(page)).toHaveLength(MAX_COMPARED);
		expect(await status.textContent()).toContain(en['compare.tooMany'].replace('{max}', String(MAX_COMPARED)));
		await page.close();
	});

	it('adds a model to the current choice from its page and from the catalog', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}compare/?models=${first.id}`);
		await expect.poll(() => columns(page)).toEqual([first.title]);
		// The model's own page offers to add it to the one model chosen.
		await page.goto(`${session.server.url}models/${third.id}/`);
		const add = page.locator('.om-compare-link a');
		await expect.poll(() => add.textContent()).toBe('Add to the comparison (1 chosen)');
		await add.click();
		await expect.poll(() => columns(page)).toEqual([first.title, third.title]);
		// In the catalog (plain list and filtered results), each model's "Compare" adds to the two.
		await page.goto(`${session.server.url}models/`);
		const listed = page.locator(`#catalog-list a[data-compare-with]:not([data-compare-with="${first.id}"]):not([data-compare-with="${third.id}"])`).first();
		const listedId = (await listed.getAttribute('data-compare-with'))!;
		await expect.poll(() => listed.getAttribute('href')).toBe(`/home/compare/?models=${first.id},${third.id},${listedId}`);
		expect(await listed.textContent()).toMatch(/^Add to comparison: \S/);
		await page.goto(`${session.server.url}models/?q=${encodeURIComponent(second.title)}`);
		const result = page.locator(`#catalog-results a[data-compare-with="${second.id}"]`);
		await expect.poll(() => result.count(), { timeout: 15_000 }).toBe(1);
		await result.click();
		await expect.poll(() => columns(page)).toEqual([first.title, third.title, second.title]);
		await page.close();
	});

	it('says, when the choice is full, that adding a model replaces the one chosen first', async () => {
		const en = dictionaries.en;
		const chosen = models.slice(0, MAX_COMPARED).map((model) => model.id);
		const extra = models[MAX_COMPARED]!;
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}compare/?models=${chosen.join(',')}`);
		await expect.poll(() => columns(page)).toHaveLength(MAX_COMPARED);
		// The compare page says it is full and offers no Add.
		expect(await page.locator('[data-compare-status]').textContent()).toContain(en['compare.full'].replace('{max}', String(MAX_COMPARED)));
		expect(await page.locator('[data-compare-controls] button').isDisabled()).toBe(true);
		await page.goto(`${session.server.url}models/${extra.id}/`);
		const add = page.locator('.om-compare-link a');
		await expect.poll(() => add.textContent()).toBe(en['compare.replaceIn'].replace('{count}', String(MAX_COMPARED)));
		expect(await add.getAttribute('href')).toBe(`/home/compare/?models=${[...chosen.slice(1), extra.id].join(',')}`);
		await page.close();
	});

	it('links to it from every model page, in both languages', () => {
		for (const prefix of ['', 'zh-cn/']) {
			const html = readFileSync(join(distDir, prefix, 'models', first.id, 'index.html'), 'utf8');
			expect(html).toContain(`href="/home/${prefix}compare/?models=${first.id}"`);
		}
	});

	it('lists every model without JavaScript', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.server.url}zh-cn/compare/?models=${first.id}`);
		expect(await page.locator('.om-compare-list a').count()).toBe(models.length);
		expect(await page.locator('[data-compare-status]').textContent()).toContain('JavaScript');
		expect(await page.locator('[data-compare-controls]').isVisible()).toBe(false);
		await context.close();
	});
});
