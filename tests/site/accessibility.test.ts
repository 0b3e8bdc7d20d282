/**
 * Accessibility in real Chromium: axe-core (WCAG 2.1 A/AA + best practices) on one page of each
 * kind, in both languages and both colour themes, and the catalog's facets by keyboard alone.
 */
import { useSiteSession } from '../helpers/site-session.ts';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPaths } from '../../scripts/lib/audit/pages.ts';

const axePath = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const themes = ['light', 'dark'] as const;
const session = useSiteSession();

/** A browser context whose pages start in the given Starlight theme. */
async function themedContext(theme: (typeof themes)[number]): Promise<BrowserContext> {
	// The site's Content-Security-Policy rightly forbids inline scripts, axe-core's included.
	const context = await session.browser.newContext({ bypassCSP: true });
	await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	return context;
}

/** Opens a page and waits until its scripts have shown everything they show (the catalog's facets). */
async function open(page: Page, path: string) {
	await page.goto(`${session.server.url}${path}`, { waitUntil: 'load' });
	if (/(^|\/)models\/$/.test(path)) {
		await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toMatch(/\d/);
		expect(await page.locator('#catalog').isVisible()).toBe(true);
	}
	// Expressive Code makes code blocks that scroll sideways focusable shortly after load.
	await expect
		.poll(
			() =>
				page.evaluate(() =>
					[...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
				),
			{ timeout: 5_000 },
		)
		.toBe(true);
}

interface AxeResult {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

async function axe(page: Page): Promise<AxeResult[]> {
	await page.addScriptTag({ path: axePath });
	return page.evaluate(async () => {
		const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe.run(
			document,
			{
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
				resultTypes: ['violations'],
			},
		);
		return result.violations.map(({ id, impact, help, nodes }) => ({
			id,
			impact,
			help,
			nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
		}));
	});
}

const describeViolations = (violations: AxeResult[]) =>
	violations
		.map(
			(violation) =>
				`${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`,
		)
		.join('\n');

describe.each(themes)('axe-core, %s theme', (theme) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await themedContext(theme);
	});
	afterAll(async () => {
		await context?.close();
	});

	it.each(auditPaths())('$locale $name (/$path) has no violations', async ({ path }) => {
		const page = await context.newPage();
		await open(page, path);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		const violations = await axe(page);
		expect(describeViolations(violations)).toBe('');
		await page.close();
	});

	// The redesigned views that only exist after a script ran or at a phone's width.
	it.each(['', 'zh-cn/'])('/%scompare/ with models side by side has no violations', async (prefix) => {
		const page = await context.newPage();
		await open(page, `${prefix}compare/?models=whisper-large-v3,whisper-large-v3-turbo`);
		await expect.poll(() => page.locator('.om-compare-table thead th').count(), { timeout: 15_000 }).toBe(2);
		expect(describeViolations(await axe(page))).toBe('');
		await page.close();
	});

	it.each(['', 'zh-cn/'])('/%smodels/ on a phone with the filter drawer open and a filter chip has no violations', async (prefix) => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, `${prefix}models/?modality=audio`);
		await expect.poll(() => page.locator('#catalog-chips li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		await page.locator('#catalog-filters-open').click();
		await expect.poll(() => page.locator('#catalog-filters').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		expect(describeViolations(await axe(page))).toBe('');
		await page.close();
	});

	it.each(['', 'zh-cn/'])('the 404 page (/%smissing/) has no violations', async (prefix) => {
		const page = await context.newPage();
		await page.goto(`${session.server.url}${prefix}this-page-does-not-exist/`);
		expect(describeViolations(await axe(page))).toBe('');
		await page.close();
	});
});

describe('catalog facets by keyboard', () => {
	it('show a visible focus indicator and open and close with Enter and Space', async () => {
		const page = await session.browser.newPage();
		await open(page, 'models/');
		// A facet that starts closed: its summary is a focusable toggle.
		const facetName = await page.locator('details.om-facet:not([open])').first().getAttribute('data-facet');
		expect(facetName).toBeTruthy();
		const facet = page.locator(`details.om-facet[data-facet="${facetName}"]`);
		const summary = facet.locator('summary');
		const clear = page.locator('#catalog-clear');
		await page.locator('#catalog-sort').focus();
		for (let i = 0; i < 60 && !(await summary.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);

		// Focus is visible: keyboard focus shows a solid outline at least 2px wide.
		const focusRing = (element: Element) => {
			const style = getComputedStyle(element);
			return (
				element.matches(':focus-visible') && style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)'
			);
		};
		expect(await summary.evaluate(focusRing)).toBe(true);

		expect(await facet.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
		await page.keyboard.press('Enter');
		await expect.poll(() => facet.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
		await page.keyboard.press('Space');
		await expect.poll(() => facet.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
		await page.keyboard.press('Space');
		await expect.poll(() => facet.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);

		// The opened facet's first checkbox is next in tab order; Space ticks it and the view updates.
		await page.keyboard.press('Tab');
		const box = facet.locator('input[type=checkbox]').first();
		expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await box.evaluate(focusRing)).toBe(true);
		await page.keyboard.press('Space');
		expect(await box.isChecked()).toBe(true);
		await expect.poll(() => page.url()).toContain(`${facetName}=`);

		// "Clear filters", above the facets, is reachable by Shift+Tab and works with Enter.
		for (let i = 0; i < 80 && !(await clear.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
		expect(await clear.evaluate(focusRing)).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url()).not.toContain(`${facetName}=`);
		expect(await box.isChecked()).toBe(false);
		await page.close();
	});
});
