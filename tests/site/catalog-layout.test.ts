/**
 * The catalog puts results first: facets beside the results on a desktop, in a drawer (a modal
 * dialog) on a phone, active filters as removable chips, an announced loading state, a skip
 * link; and it answers "commercial use, Chinese text, runs on a laptop" with the cards' own facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { useSiteSession } from '../helpers/site-session.ts';
import { en } from '../../src/i18n/en.ts';

const session = useSiteSession();
const view = (page: Page) => page.locator('#catalog-results').getAttribute('data-view');

describe('catalog layout', () => {
	it('shows results on the first screen of a desktop, with the facets beside them', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
		await page.goto(`${session.server.url}models/`);
		const results = await page.locator('#catalog-static li').first().boundingBox();
		const facets = await page.locator('#catalog-filters').boundingBox();
		expect(results!.y).toBeLessThan(900);
		expect(facets!.x + facets!.width).toBeLessThanOrEqual(results!.x);
		expect(await page.locator('#catalog-filters-open').isVisible()).toBe(false);
		await page.close();
	});

	it('opens the facets in a drawer on a phone: a modal dialog that Escape closes, keeping the choice', async () => {
		const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${session.server.url}models/`);
		expect(await page.locator('#catalog-filters').isVisible()).toBe(false);
		const results = await page.locator('#catalog-static li').first().boundingBox();
		expect(results!.y).toBeLessThan(844);
		await page.locator('#catalog-filters-open').click();
		expect(await page.locator('#catalog-filters').evaluate((dialog) => dialog.matches(':modal'))).toBe(true);
		const box = page.locator('#catalog-filters input[name="commercial"]').first();
		await box.check();
		await page.keyboard.press('Escape');
		expect(await page.locator('#catalog-filters').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalog-filters-open');
		expect(await box.isChecked()).toBe(true);
		expect(await page.locator('#catalog-filters-open').textContent()).toContain('(1)');
		await page.close();
	});

	it('shows active filters as chips that remove them, with a loading state while searching', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
		// A slow connection: the search index arrives late.
		await page.route('**/pagefind/**', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await page.goto(`${session.server.url}models/`);
		const box = page.locator('#catalog-filters input[name="modality"][value="audio"]');
		const label = (await box.locator('xpath=following-sibling::span[1]').textContent())!;
		await box.check();
		await expect.poll(() => page.locator('.om-catalog-results').getAttribute('aria-busy'), { interval: 50 }).toBe('true');
		expect(await page.locator('#catalog-status').textContent()).toBe(en['catalog.loading']);
		await expect.poll(() => view(page)).toBe('?modality=audio');
		expect(await page.locator('.om-catalog-results').getAttribute('aria-busy')).toBeNull();
		// The chip says which filter the value belongs to.
		const chip = page.getByRole('button', { name: `Remove filter: ${en['catalog.facet.modality']}: ${label}` });
		expect(await chip.isVisible()).toBe(true);
		await chip.click();
		expect(await box.isChecked()).toBe(false);
		expect(await page.locator('#catalog-chips li').count()).toBe(0);
		await page.close();
	});

	it('opens the facets a shared address filters by, and keeps the keyboard focus when "Clear all" hides itself', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
		await page.goto(`${session.server.url}models/?language=zh&commercial=yes`);
		await expect.poll(() => view(page), { timeout: 20_000 }).toBe('?commercial=yes&language=zh');
		expect(await page.locator('details[data-facet="language"]').getAttribute('open')).not.toBeNull();
		await page.locator('#catalog-clear').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#catalog-clear').isHidden()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalog-q');
		await page.close();
	});

	it('brings back the results shown with "Show more", and the place on the page, after a visit to a model and Back', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
		await page.goto(`${session.server.url}models/?commercial=yes`);
		await expect.poll(() => view(page), { timeout: 20_000 }).toBe('?commercial=yes');
		const items = page.locator('#catalog-results > li');
		const first = await items.count();
		await page.locator('#catalog-more').click();
		await expect.poll(() => items.count()).toBeGreaterThan(first);
		const shown = await items.count();
		const target = items
			.nth(shown - 2)
			.locator('a')
			.first();
		const href = (await target.getAttribute('href'))!;
		await target.scrollIntoViewIfNeeded();
		await target.click();
		await page.waitForURL((url) => url.pathname === href);
		await page.goBack();
		await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(shown);
		await expect.poll(() => page.locator(`#catalog-results a[href="${href}"]`).first().isVisible()).toBe(true);
		expect(
			await page
				.locator(`#catalog-results a[href="${href}"]`)
				.first()
				.evaluate((link) => link.getBoundingClientRect().top >= 0 && link.getBoundingClientRect().bottom <= innerHeight),
		).toBe(true);
		await page.close();
	});

	it('lets a keyboard user skip straight to the results', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
		await page.goto(`${session.server.url}models/`);
		await page.locator('.om-skip-results').focus();
		expect(await page.locator('.om-skip-results').isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalog-status');
		await page.close();
	});

	it('answers "commercial use, Chinese text, runs on a laptop" with exactly the models whose facts say so', async () => {
		const api = JSON.parse(readFileSync(join(distDir, 'api/models.json'), 'utf8')) as {
			models: { url: string; license_commercial: string; language?: string[]; runs_on?: string; openness_class: string }[];
		};
		const laptop = ['phone', 'laptop-8gb'];
		const expected = api.models
			.filter((model) => ['yes', 'conditions'].includes(model.license_commercial) && model.language?.includes('zh') && laptop.includes(model.runs_on ?? ''))
			.map((model) => new URL(model.url).pathname)
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
		// "Laptop (8 GB)" alone: it finds every model that fits a laptop, phone-sized ones included.
		const query = '?commercial=yes,conditions&runs_on=laptop-8gb&language=zh';
		await page.goto(`${session.server.url}models/${query}`);
		await expect.poll(() => view(page), { timeout: 20_000 }).not.toBeNull();
		// "Show more" until every result is shown; each click waits for its results to arrive.
		while (await page.locator('#catalog-more').isVisible()) {
			const before = await page.locator('#catalog-results > li').count();
			await page.locator('#catalog-more').click();
			await expect.poll(() => page.locator('#catalog-results > li').count()).toBeGreaterThan(before);
		}
		const found = (
			await page.locator('#catalog-results li > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
		).sort();
		expect(found).toEqual(expected);
		// Each result answers the question at a glance: commercial use, what it runs on, how open it is.
		const metaOf = Object.fromEntries(
			await page
				.locator('#catalog-results > li')
				.evaluateAll((items) => items.map((item) => [new URL(item.querySelector('a')!.href).pathname, item.querySelector('.om-meta')!.textContent ?? ''])),
		) as Record<string, string>;
		for (const model of api.models.filter((model) => expected.includes(new URL(model.url).pathname))) {
			const meta = metaOf[new URL(model.url).pathname]!;
			const label = (key: string) => en[key as keyof typeof en];
			expect(meta).toContain(`${en['catalog.facet.commercial']}: ${label(`catalog.commercial.${model.license_commercial}`)}`);
			expect(meta).toContain(`${en['catalog.facet.runs_on']}: ${label(`catalog.runsOn.${model.runs_on}`)}`);
			expect(meta).toContain(`${en['catalog.facet.openness']}: ${label(`catalog.openness.${model.openness_class}`)}`);
		}
		await page.close();
	});
});
