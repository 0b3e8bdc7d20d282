/** The home page shows the product: a catalog search, counts, newest models, a learning path, next events. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';
import { useSiteSession } from '../helpers/site-session.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';

const session = useSiteSession();
const entries = (folder: string) => readdirSync(join(projectRoot, 'content', folder)).filter((name) => /^[^_.].*\.mdx?$/.test(name));
const home = (prefix: string) => parse(readFileSync(join(distDir, prefix, 'index.html'), 'utf8'));

describe('home page', () => {
	it('counts what the site holds, from its content, in both languages', () => {
		for (const prefix of ['', 'zh-cn/']) {
			const counts = home(prefix)
				.querySelectorAll('.om-home-sections a')
				.map((link) => [link.getAttribute('href'), Number(link.querySelector('.om-home-count')!.text)]);
			expect(Object.fromEntries(counts)).toMatchObject({
				[`/home/${prefix}models/`]: entries('models').length,
				[`/home/${prefix}tutorials/`]: entries('tutorials').length,
				[`/home/${prefix}case-studies/`]: entries('case-studies').length,
				[`/home/${prefix}working-groups/`]: entries('working-groups').length,
			});
		}
	});

	it('lists the newest models by release date and starts the learning path with beginners', () => {
		const dated = entries('models')
			.map((name) => ({ id: name.slice(0, -3), date: parseContentFile(readFileSync(join(projectRoot, 'content/models', name), 'utf8')).data.release_date }))
			.filter((model) => model.date)
			.sort((a, b) => new Date(String(b.date)).getTime() - new Date(String(a.date)).getTime());
		const page = home('');
		const newest = page.querySelectorAll('#newest-models + ul a').map((link) => link.getAttribute('href'));
		expect(newest).toEqual(dated.slice(0, newest.length).map((model) => `/home/models/${model.id}/`));
		expect(newest.length).toBeGreaterThan(3);
		expect(page.querySelector('#learning-path + ol .om-meta')!.text).toMatch(/^Beginner/);
	});

	it('has a 404 page that readers of both languages understand, with a way back', () => {
		const page = parse(readFileSync(join(distDir, '404.html'), 'utf8'));
		const links = page.querySelectorAll('main a').map((link) => link.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining(['/home/', '/home/models/', '/home/zh-cn/', '/home/zh-cn/models/']));
		expect(page.querySelector('main [lang="zh-CN"]')!.text).toContain('找不到该页面');
	});

	it('is titled with the site name alone', () => {
		expect(home('').querySelector('title')!.text).toBe('OpenModels');
	});

	it('searches the catalog from the home page, and has a menu on a phone', async () => {
		const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(session.server.url);
		expect(await page.locator('button.sl-menu-button').isVisible()).toBe(true);
		await page.locator('#home-q').fill('speech');
		await page.locator('#home-q').press('Enter');
		await page.waitForURL(/\/models\/\?q=speech$/);
		await expect.poll(() => page.locator('#catalog-q').inputValue()).toBe('speech');
		await context.close();
	});
});
