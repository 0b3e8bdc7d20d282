/** Pagefind search in real Chromium, per locale. */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { distDir } from '../helpers/dist.ts';

const dist = distDir;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	server = await serveStatic(dist);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

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
		const page = await browser.newPage();
		await page.goto(server.url);
		const results = await search(page, 'Whisper');
		expect(results).toContain('/home/models/whisper-large-v3/');
		expect(results.every((path) => !path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});

	it('finds the Chinese page for a Chinese query on /zh-cn/', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}zh-cn/`);
		const results = await search(page, '医疗健康');
		expect(results).toContain('/home/zh-cn/working-groups/healthcare/');
		expect(results.every((path) => path.startsWith('/home/zh-cn/'))).toBe(true);
		await page.close();
	});
});
