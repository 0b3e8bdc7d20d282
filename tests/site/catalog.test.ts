/** The model catalog in real Chromium: search, facets, counts, URL state, history, no-JS. */
import { useSiteSession } from '../helpers/site-session.ts';
import { modelCardCount as modelCount } from '../helpers/content.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/dist.ts';

const session = useSiteSession();

interface ApiModel {
	id: string;
	title: string;
	parameters?: number;
	release_date?: string;
}

const status = (page: Page) => page.locator('#catalog-status');
const count = async (page: Page, facet: string, value: string) =>
	Number(await page.locator(`input[name="${facet}"][value="${value}"] ~ [data-count]`).textContent());
const titles = (page: Page) => page.locator('#catalog-results li > a').allTextContents();

async function settled(page: Page, text: RegExp) {
	await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(text);
}

/** The Chinese catalog's entries as [model id, marked "英文"], from the list's links and notes. */
const englishMarks = (page: Page, list: string) =>
	page
		.locator(`${list} > li`)
		.evaluateAll((items) =>
			items.map((item) => [item.querySelector('a')!.pathname.split('/').at(-2)!, item.querySelector('.om-in-english')?.textContent ?? null] as const),
		);
const translated = (id: string) => existsSync(join(projectRoot, 'content/models/zh-cn', `${id}.md`));

describe('model catalog', () => {
	it('shows each result once when "Show more" is clicked again while results load', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}models/?modality=text`);
		await settled(page, /^\d+ models$/);
		await expect.poll(() => page.locator('#catalog-more').isVisible()).toBe(true);
		const first = await page.locator('#catalog-results > li').count();
		await page.locator('#catalog-more').dblclick();
		await expect.poll(() => page.locator('#catalog-results > li').count()).toBeGreaterThan(first);
		// A second batch would arrive by now if the second click had started one.
		await page.waitForTimeout(500);
		const links = await page.locator('#catalog-results > li > a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
		expect(new Set(links).size).toBe(links.length);
		await page.close();
	});

	it('says which entries of the Chinese catalog are in English, with and without JavaScript', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${session.server.url}zh-cn/models/`);
		const listed = await englishMarks(plain, '#catalog-list');
		await context.close();
		const page = await session.browser.newPage();
		// A filter replaces the plain list with the script's results.
		await page.goto(`${session.server.url}zh-cn/models/?modality=text`);
		await settled(page, /\d/);
		await expect.poll(() => page.locator('#catalog-results > li').count()).toBeGreaterThan(0);
		const shown = await englishMarks(page, '#catalog-results');
		await page.close();
		for (const marks of [listed, shown]) {
			expect(marks.length).toBeGreaterThan(0);
			for (const [id, mark] of marks) expect(mark, id).toBe(translated(id) ? null : '英文');
			expect(marks.some(([id]) => translated(id))).toBe(true);
			expect(marks.some(([id]) => !translated(id))).toBe(true);
		}
	});

	it('lists every model without JavaScript, by name, in pages of a fixed size', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.server.url}models/`);
		expect(await page.locator('.om-catalog-bar').isVisible()).toBe(false);
		expect(await page.locator('#catalog-filters').isVisible()).toBe(false);
		const seen: string[] = [];
		const sizes: number[] = [];
		for (let visited = 1; ; visited++) {
			const names = await page.locator('#catalog-list > li > a').allTextContents();
			sizes.push(names.length);
			seen.push(...names);
			expect(await page.locator('.om-pages a[aria-current="page"]').textContent()).toBe(String(visited));
			const next = page.locator('.om-pages a[rel="next"]');
			if ((await next.count()) === 0) break;
			await next.click();
			expect(page.url()).toBe(`${session.server.url}models/page/${visited + 1}/`);
			expect(await page.locator('.om-pages a[rel="prev"]').count()).toBe(1);
			// Further list pages stay out of the site search: the model pages are what to find.
			expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
		}
		expect(sizes.length).toBeGreaterThan(1);
		expect(sizes.slice(0, -1).every((size) => size === sizes[0])).toBe(true);
		expect(seen).toHaveLength(modelCount);
		expect(new Set(seen).size).toBe(modelCount);
		expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b)));
		await context.close();
	});

	it('filters by query and facets, shows counts, keeps the view in the URL and in history', async () => {
		const page = await session.browser.newPage();
		const searchFiles: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/')) searchFiles.push(request.url());
		});
		await page.goto(`${session.server.url}models/`);
		await settled(page, new RegExp(`^${modelCount} models$`));
		// Unfiltered, the catalog is the page's own list and counts: no search download yet.
		expect(await page.locator('#catalog-list').isVisible()).toBe(true);
		expect(await page.locator('#catalog-results').isVisible()).toBe(false);
		expect(searchFiles.filter((url) => !/pagefind-ui|ui-core/.test(url))).toEqual([]);
		const audioBefore = await count(page, 'modality', 'audio');
		expect(audioBefore).toBeGreaterThan(1);

		// Tick a modality: results shrink to that modality's count.
		await page.getByRole('checkbox', { name: /Speech and audio/ }).check();
		await settled(page, new RegExp(`^${audioBefore} models$`));
		expect(await page.locator('#catalog-list').isVisible()).toBe(false);
		await expect.poll(() => page.locator('#catalog-results > li').count()).toBe(Math.min(audioBefore, 20));
		expect(page.url()).toContain('modality=audio');
		const afterOne = page.url();

		// Tick a licence type too: AND across facets.
		const permissiveAudio = await count(page, 'license_type', 'permissive');
		expect(permissiveAudio).toBeGreaterThan(0);
		expect(permissiveAudio).toBeLessThan(audioBefore);
		await page.locator('input[name="license_type"][value="permissive"]').check();
		await settled(page, new RegExp(`^${permissiveAudio} models?$`));
		// Other values of the same facet keep counts for "OR within a facet".
		expect(await count(page, 'license_type', 'non-commercial')).toBeGreaterThan(0);

		// Type a query: results update as you type.
		await page.locator('#catalog-q').fill('whisper');
		await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('q=whisper');
		const view = new URL(page.url()).search;
		await expect.poll(() => page.locator('#catalog-results').getAttribute('data-view'), { timeout: 10_000 }).toBe(view);
		expect(await titles(page)).toContain('Whisper large-v3');
		const shared = page.url();
		const sharedTitles = await titles(page);

		// A closed facet counts the current results once it is opened.
		const libraryCounts = async () =>
			(await page.locator('details[data-facet="library"] [data-count]').allTextContents()).reduce((sum, text) => sum + Number(text), 0);
		expect(await libraryCounts()).toBeGreaterThan(sharedTitles.length);
		await page.locator('details[data-facet="library"] summary').click();
		await expect.poll(libraryCounts, { timeout: 10_000 }).toBeLessThanOrEqual(sharedTitles.length);

		// The URL is a shareable view.
		const other = await session.browser.newPage();
		await other.goto(shared);
		await expect.poll(() => other.locator('#catalog-results').getAttribute('data-view'), { timeout: 10_000 }).toBe(view);
		await settled(other, new RegExp(`^${sharedTitles.length} models?$`));
		expect(await other.locator('#catalog-q').inputValue()).toBe('whisper');
		expect(await other.locator('input[name="modality"][value="audio"]').isChecked()).toBe(true);
		expect(await titles(other)).toEqual(sharedTitles);
		await other.close();

		// Back restores the previous view (one facet ticked).
		await page.goBack();
		await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(afterOne);
		await settled(page, new RegExp(`^${audioBefore} models$`));
		expect(await page.locator('input[name="license_type"][value="permissive"]').isChecked()).toBe(false);
		expect(await page.locator('#catalog-q').inputValue()).toBe('');

		// Clearing returns to the whole catalog: its list and its counts.
		await page.locator('#catalog-clear').click();
		await settled(page, new RegExp(`^${modelCount} models$`));
		expect(await page.locator('#catalog-list').isVisible()).toBe(true);
		expect(await count(page, 'modality', 'audio')).toBe(audioBefore);
		expect(new URL(page.url()).search).toBe('');
		await page.close();
	});

	it.each([
		['', 'largest', (model: ApiModel) => String(model.parameters ?? 0).padStart(15, '0')],
		['zh-cn/', 'newest', (model: ApiModel) => model.release_date ?? '0000-00-00'],
	] as const)('sorts the whole catalog on /%smodels/?sort=%s, downloading that order only when asked', async (prefix, sortOption, key) => {
		const models = ((await (await fetch(`${session.server.url}api/models.json`)).json()) as { models: ApiModel[] }).models;
		// The expected order, from the API rather than from the catalog's own code: largest or
		// newest first, unknown values last, ties by name.
		const expected = [...models]
			.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0) || a.title.toLowerCase().localeCompare(b.title.toLowerCase()))
			.map((model) => model.id);
		const page = await session.browser.newPage();
		const orderFiles: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/orders/')) orderFiles.push(new URL(request.url()).pathname.replace(/^.*\/orders\/[^/]+\//, ''));
		});
		await page.goto(`${session.server.url}${prefix}models/`);
		// A search by relevance needs no order.
		await page.locator('#catalog-q').fill('model');
		await expect.poll(() => page.locator('#catalog-results').getAttribute('data-view'), { timeout: 10_000 }).toBe('?q=model');
		expect(orderFiles).toEqual([]);
		await page.locator('#catalog-q').fill('');
		await page.locator('#catalog-sort').selectOption(sortOption);
		await expect.poll(() => page.locator('#catalog-results').getAttribute('data-view'), { timeout: 10_000 }).toBe(`?sort=${sortOption}`);
		while (await page.locator('#catalog-more').isVisible()) {
			const before = await page.locator('#catalog-results > li').count();
			await page.locator('#catalog-more').click();
			await expect.poll(() => page.locator('#catalog-results > li').count()).toBeGreaterThan(before);
		}
		const shown = await page
			.locator('#catalog-results > li > a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname.replace(/\/$/, '').split('/').pop()));
		const byId = new Map(models.map((model) => [model.id, model]));
		const keys = shown.map((id) => key(byId.get(id!)!));
		expect(keys).toEqual([...keys].sort().reverse());
		expect([...shown].sort()).toEqual([...expected].sort());
		// Ties go by the page's own title, which a translation may change: compare whole orders in English.
		if (prefix === '') expect(shown).toEqual(expected);
		expect(orderFiles).toEqual([`${sortOption === 'largest' ? 'parameters' : 'released'}.json`]);
		await page.close();
	});

	it.each(['', 'zh-cn/'])('does not shift under the reader as its scripts start (/%smodels/)', async (prefix) => {
		const page = await session.browser.newPage();
		// Layout shifts as Chromium reports them (what Lighthouse's CLS sums), from the first paint.
		await page.addInitScript(
			'window.__shift = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value; }).observe({ type: "layout-shift", buffered: true });',
		);
		await page.goto(`${session.server.url}${prefix}models/`);
		await settled(page, /\d/);
		await page.waitForTimeout(500);
		expect(await page.evaluate('window.__shift')).toBeLessThan(0.05);
		expect(await page.locator('#catalog').isVisible()).toBe(true);
		expect(await page.locator('[data-offline-save][data-target="models"]').isVisible()).toBe(true);
		await page.close();
	});

	it('can be used with the keyboard alone', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/models/`);
		await settled(page, new RegExp(`^${modelCount} 个模型$`));
		await page.locator('#catalog-q').focus();
		await page.keyboard.type('CLIP');
		await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('q=CLIP');
		await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).not.toBe(`${modelCount} 个模型`);
		// Tab to the first task checkbox and tick it with the space bar.
		const firstBox = page.locator('details[data-facet="task"] input[type=checkbox]:not(:disabled)').first();
		for (let i = 0; i < 10 && !(await firstBox.evaluate((box) => box === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await firstBox.evaluate((box) => box === document.activeElement)).toBe(true);
		await page.keyboard.press('Space');
		expect(await firstBox.isChecked()).toBe(true);
		await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/task=/);
		await page.close();
	});
});

describe('model page citation', () => {
	it('copies the BibTeX entry with one button, announced to screen readers; without JavaScript the button is not shown', async () => {
		const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${session.server.url}zh-cn/models/whisper-large-v3/`);
		const figure = page.locator('.om-citation');
		const entry = (await figure.locator('code').textContent())!;
		expect(entry).toMatch(/^@\w+\{radford2022whisper,/);
		await figure.getByRole('button', { name: '复制 BibTeX' }).click();
		await expect.poll(() => figure.getByRole('status').textContent()).toBe('BibTeX 已复制到剪贴板。');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry);
		await context.close();

		const noScript = await session.browser.newContext({ javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto(`${session.server.url}models/whisper-large-v3/`);
		expect(await plain.locator('.om-citation button').isVisible()).toBe(false);
		expect(await plain.locator('.om-citation code').isVisible()).toBe(true);
		await noScript.close();
	});
});
