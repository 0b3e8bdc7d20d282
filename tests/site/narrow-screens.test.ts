/** No page scrolls sideways on a 320 px wide screen: every built page, checked in Chromium. */
import { globSync } from 'node:fs';
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
});
