/** The model catalog in real Chromium: search, facets, counts, URL state, history, no-JS. */
import { useSiteSession } from '../helpers/site-session.ts';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const modelCount = readdirSync(`${root}content/models`).filter((name) => /^[^_.].*\.md$/.test(name)).length;
const session = useSiteSession();

const status = (page: Page) => page.locator('#catalog-status');
const count = async (page: Page, facet: string, value: string) => Number(await page.locator(`input[name="${facet}"][value="${value}"] ~ [data-count]`).textContent());
const titles = (page: Page) => page.locator('#catalog-results li > a').allTextContents();

async function settled(page: Page, text: RegExp) {
	await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(text);
}

describe('model catalog', () => {
	it('lists every model without JavaScript', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.server.url}models/`);
		expect(await page.locator('#catalog-list > li').count()).toBe(modelCount);
		expect(await page.locator('#catalog').isVisible()).toBe(false);
		await context.close();
	});

	it('filters by query and facets, shows counts, keeps the view in the URL and in history', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}models/`);
		await settled(page, new RegExp(`^${modelCount} models$`));
		expect(await page.locator('#catalog-list').isVisible()).toBe(false);
		const audioBefore = await count(page, 'modality', 'audio');
		expect(audioBefore).toBeGreaterThan(1);

		// Tick a modality: results shrink to that modality's count.
		await page.getByRole('checkbox', { name: /Speech and audio/ }).check();
		await settled(page, new RegExp(`^${audioBefore} models$`));
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
