/**
 * No page scrolls sideways on a 320 px wide screen: every built page, checked in Chromium. Where
 * a table scrolls inside itself (the compare page), a shadow at its edge shows there is more.
 */
import { globSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { useSiteSession } from '../helpers/site-session.ts';

const session = useSiteSession();

describe('narrow screens', () => {
	it('fit every page in 320 px without horizontal scrolling', { timeout: 600_000 }, async () => {
		const pages = globSync('**/index.html', { cwd: distDir }).map((file) => file.replace(/index\.html$/, ''));
		expect(pages.length).toBeGreaterThan(200);
		const context = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		const overflowing: string[] = [];
		for (const path of pages) {
			await page.goto(`${session.server.url}${path}`, { waitUntil: 'load' });
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 320) overflowing.push(`${path} (${width} px)`);
		}
		await context.close();
		expect(overflowing).toEqual([]);
	});

	it('shows what an evaluation measured and its figure on a phone before the table scrolls, and shades the edge beyond', async () => {
		const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${session.server.url}models/llama-3-1-8b-instruct/`);
		const table = page.locator('.om-eval-table');
		await table.scrollIntoViewIfNeeded();
		const headers = await table.locator('thead th').allTextContents();
		expect(headers.slice(0, 3)).toEqual(['Dataset', 'Metric', 'Value']);
		const value = (await table.locator('thead th').nth(2).boundingBox())!;
		expect(value.x + value.width).toBeLessThanOrEqual(375);
		expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
		const box = (await table.boundingBox())!;
		const png = await page.screenshot({ clip: { x: box.x + box.width - 6, y: box.y + 60, width: 6, height: 40 } });
		const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
		expect(Math.min(...data)).toBeLessThan(235);
		await context.close();
	});

	it('shades the edge of the compare table beyond which more columns lie, and not once it is scrolled to the end', async () => {
		const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${session.server.url}compare/?models=qwen3-8b,phi-4-mini-instruct,gemma-3-12b-it`);
		const table = page.locator('.om-compare-table');
		await table.locator('tbody').waitFor();
		expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
		// The darkest pixel of the table's last few pixels on the right, along a row whose cells hold
		// short text (a date), so no text reaches that edge.
		const released = table.locator('tbody tr', { has: page.locator('th', { hasText: 'Released' }) });
		await released.scrollIntoViewIfNeeded();
		const rightEdge = async () => {
			const box = (await table.boundingBox())!;
			const row = (await released.boundingBox())!;
			const png = await page.screenshot({ clip: { x: box.x + box.width - 6, y: row.y + 2, width: 6, height: row.height - 4 } });
			const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
			return Math.min(...data);
		};
		expect(await rightEdge()).toBeLessThan(235);
		await table.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
		await expect.poll(rightEdge).toBeGreaterThan(245);
		await context.close();
	});
});
