/**
 * Moving around the site in real Chromium: the language picker keeps you on the same page, search
 * answers in the reader's language, the theme choice follows you, and the main pages load
 * without console errors or failed requests.
 */
import { useSiteSession } from '../helpers/site-session.ts';
import { searchSite } from '../helpers/search.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditPaths } from '../../scripts/lib/audit/pages.ts';

const session = useSiteSession();

/** The language picker the reader sees (the header's; the mobile menu has a second one). */
const languagePicker = (page: Page) => page.locator('starlight-lang-select select').filter({ visible: true });
const themePicker = (page: Page) => page.locator('starlight-theme-select select').filter({ visible: true });
const pathOf = (page: Page) => new URL(page.url()).pathname;

async function switchLanguage(page: Page, label: string) {
	const before = page.url();
	await languagePicker(page).selectOption({ label });
	await page.waitForURL((url) => url.href !== before);
	await page.waitForLoadState('load');
}

describe('language picker', () => {
	it.each([
		['a docs page', 'contributing/'],
		['the catalog', 'models/'],
		['a model card', 'models/whisper-large-v3/'],
		['a tutorial', 'tutorials/run-a-text-model-locally/'],
		['a working group', 'working-groups/healthcare/'],
		['an event', 'events/shanghai-community-meetup-december-2026/'],
	])('keeps you on %s when switching between English and Chinese', async (_, path) => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}${path}`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

		await switchLanguage(page, '简体中文');
		expect(pathOf(page)).toBe(`/home/zh-cn/${path}`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
		expect(await languagePicker(page).inputValue()).toBe(`/home/zh-cn/${path}`);

		await switchLanguage(page, 'English');
		expect(pathOf(page)).toBe(`/home/${path}`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await page.close();
	});

	it('keeps the catalog view (query and facets) when switching language', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}models/?modality=audio`);
		await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
		await switchLanguage(page, '简体中文');
		expect(pathOf(page)).toBe('/home/zh-cn/models/');
		expect(new URL(page.url()).search).toBe('?modality=audio');
		await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toMatch(/\d+ 个模型/);
		expect(await page.locator('input[name="modality"][value="audio"]').isChecked()).toBe(true);
		await page.close();
	});
});

describe('search in each locale', () => {
	it('finds English pages only from an English page (a collection page)', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}tutorials/run-a-text-model-locally/`);
		const results = await searchSite(page, 'Whisper');
		expect(results).toContain('/home/models/whisper-large-v3/');
		expect(results.every((path) => path.startsWith('/home/') && !path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});

	it('finds Chinese pages only for a Chinese query on a Chinese collection page', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/models/whisper-large-v3/`);
		const results = await searchSite(page, '医疗健康');
		expect(results).toContain('/home/zh-cn/working-groups/healthcare/');
		expect(results.every((path) => path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});

	it('finds the Chinese model card for an English model name on the Chinese site', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.server.url}zh-cn/`);
		const results = await searchSite(page, 'Whisper');
		expect(results).toContain('/home/zh-cn/models/whisper-large-v3/');
		expect(results.every((path) => path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});
});

describe('theme', () => {
	it('keeps the chosen theme across page navigations and languages', async () => {
		const context = await session.browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(session.server.url);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

		await themePicker(page).selectOption('light');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

		// A link to another page (a full navigation), then another kind of page, then the other language.
		await Promise.all([page.waitForURL(/\/models\/$/), page.locator('a[href="/home/models/"]').first().click()]);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await themePicker(page).inputValue()).toBe('light');
		await page.goto(`${session.server.url}tutorials/run-a-text-model-locally/`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		await switchLanguage(page, '简体中文');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await themePicker(page).inputValue()).toBe('light');

		// And back to dark, which sticks too.
		await themePicker(page).selectOption('dark');
		await page.goto(`${session.server.url}zh-cn/working-groups/healthcare/`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await context.close();
	});
});

/**
 * Collects console errors, uncaught exceptions, failed requests and HTTP errors on a page.
 * `expected404` is a URL that is meant to be missing (the 404 page test).
 */
function watch(page: Page, expected404?: string): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		if (expected404 && message.location().url === expected404 && /status of 404/.test(message.text())) return;
		problems.push(`console error: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
	page.on('response', (response) => {
		if (response.status() >= 400 && !(response.status() === 404 && response.url() === expected404))
			problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return problems;
}

describe('no console errors and no failed requests', () => {
	it.each(auditPaths())('$locale $name (/$path)', async ({ path }) => {
		const page = await session.browser.newPage();
		const problems = watch(page);
		await page.goto(`${session.server.url}${path}`, { waitUntil: 'load' });
		if (/(^|\/)models\/$/.test(path)) {
			await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
		}
		// Search loads its index on demand: open it and search once, so its requests are checked too.
		await searchSite(page, path.startsWith('zh-cn/') ? '模型' : 'model');
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
		await page.close();
	});

	it.each(['', 'zh-cn/'])('the 404 page (/%sno-such-page/) fails only for the missing page itself', async (prefix) => {
		const page = await session.browser.newPage();
		const missing = `${session.server.url}${prefix}no-such-page/`;
		const problems = watch(page, missing);
		const response = await page.goto(missing, { waitUntil: 'load' });
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').first().textContent()).toMatch(/404|not found|找不到/i);
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
		await page.close();
	});
});
