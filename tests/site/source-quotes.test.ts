/**
 * A fact's quoted source opens in place: by keyboard, on a phone-sized screen, in both
 * languages, without pushing the page sideways.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../helpers/site-session.ts';

const session = useSiteSession();

describe('quoted sources on a model page', () => {
	for (const prefix of ['', 'zh-cn/']) {
		it(`open and close from the keyboard at 320 px (${prefix || 'en'})`, async () => {
			const context = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
			const page = await context.newPage();
			await page.goto(`${session.server.url}${prefix}models/deepseek-r1-distill-qwen-7b/`);
			const disclosure = page.locator('.om-facts details.om-source').nth(2);
			const quote = disclosure.locator('q');
			await expect.poll(() => quote.isVisible()).toBe(false);
			await disclosure.locator('summary').focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => quote.isVisible()).toBe(true);
			expect((await quote.textContent())!.length).toBeGreaterThan(20);
			await expect.poll(() => disclosure.locator('a').isVisible()).toBe(true);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await page.keyboard.press('Enter');
			await expect.poll(() => quote.isVisible()).toBe(false);
			await context.close();
		});
	}

	it('prints every quote with the address it is from', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${session.server.url}models/deepseek-r1-distill-qwen-7b/`);
		await page.emulateMedia({ media: 'print' });
		const disclosures = page.locator('.om-facts details.om-source');
		expect(await disclosures.count()).toBeGreaterThan(0);
		for (const disclosure of await disclosures.all()) {
			expect(await disclosure.locator('q').isVisible()).toBe(true);
			const href = (await disclosure.locator('a').getAttribute('href'))!;
			expect(await disclosure.locator('a').evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
		}
		await context.close();
	});
});
