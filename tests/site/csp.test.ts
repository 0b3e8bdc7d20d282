/**
 * The Content-Security-Policy is real: every page carries it, and using the pages (search,
 * catalog, copy buttons, local times) triggers no violation in Chromium.
 */
import { useSiteSession } from '../helpers/site-session.ts';
import { searchSite } from '../helpers/search.ts';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { inlineScriptsOfPage, scriptHash } from '../../src/build/private-seams/csp-inline-hashes.ts';

const session = useSiteSession();

async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
	const page = await session.browser.newPage();
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
		});
	});
	const consoleViolations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) consoleViolations.push(message.text());
	});
	await page.goto(`${session.server.url}${path}`);
	await page.waitForLoadState('networkidle');
	return { page, violations: async () => [...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)), ...consoleViolations] };
}

describe('Content-Security-Policy', () => {
	// Nothing from content may precede the policy: an element that ended <head> early would push
	// the policy into <body>, where browsers ignore it. It follows only the charset declaration.
	it('comes first in <head> of every page, right after the charset', () => {
		const pages = globSync('**/*.html', { cwd: distDir });
		expect(pages.length).toBeGreaterThan(100);
		for (const path of pages) {
			const source = readFileSync(join(distDir, path), 'utf8');
			if (source.includes('http-equiv="refresh"')) continue;
			const document = parse(source);
			const children = document.querySelector('head')!.childNodes.filter((node) => node.nodeType === 1) as unknown as {
				rawTagName: string;
				getAttribute(name: string): string | undefined;
			}[];
			expect(children[0]?.getAttribute('charset'), path).toBe('utf-8');
			expect(children[1]?.rawTagName, path).toBe('meta');
			expect(children[1]?.getAttribute('http-equiv')?.toLowerCase(), path).toBe('content-security-policy');
			expect(document.querySelectorAll('meta[http-equiv="content-security-policy"]').length, path).toBe(1);
		}
	});

	it('is set on every kind of page and forbids what content must not do', () => {
		for (const path of ['index.html', 'models/index.html', 'models/whisper-large-v3/index.html', 'zh-cn/tutorials/run-a-text-model-locally/index.html']) {
			const html = parse(readFileSync(join(distDir, path), 'utf8'));
			const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
			expect(csp, path).toContain("default-src 'self'");
			expect(csp, path).toContain("object-src 'none'");
			expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		}
	});

	it('allows, by hash, every inline script of every page', () => {
		const pages = globSync('**/*.html', { cwd: distDir });
		expect(pages.length).toBeGreaterThan(100);
		const missing: string[] = [];
		let scripts = 0;
		for (const path of pages) {
			const html = readFileSync(join(distDir, path), 'utf8');
			const scriptSrc = (/<meta http-equiv="content-security-policy" content="[^"]*?script-src ([^;"]*)/i.exec(html)?.[1] ?? '').trim().split(/\s+/);
			for (const text of inlineScriptsOfPage(html)) {
				scripts++;
				if (!scriptSrc.includes(`'${scriptHash(text)}'`)) missing.push(`${path}: ${text.trim().slice(0, 60)}`);
			}
		}
		expect(scripts).toBeGreaterThan(pages.length);
		expect(missing).toEqual([]);
	});

	it.each(['', 'zh-cn/'])('causes no violations while using the %s pages', async (prefix) => {
		const { page: home, violations: homeViolations } = await open(prefix);
		await searchSite(home, prefix ? '模型' : 'model');
		expect(await homeViolations()).toEqual([]);
		await home.close();

		const { page: catalog, violations: catalogViolations } = await open(`${prefix}models/`);
		await catalog.locator('#catalog').waitFor({ state: 'visible' });
		await catalog.locator('input[name="modality"][value="text"]').check();
		await catalog.locator('#catalog-results li').first().waitFor();
		expect(await catalogViolations()).toEqual([]);
		await catalog.close();

		for (const path of ['models/whisper-large-v3/', 'tutorials/run-a-text-model-locally/', 'working-groups/healthcare/', 'events/', 'contributing/']) {
			const { page, violations } = await open(`${prefix}${path}`);
			const copy = page.locator('.expressive-code button[data-code]').first();
			if (await copy.count()) await copy.click();
			expect(await violations(), path).toEqual([]);
			await page.close();
		}
	});
});
