/**
 * The Content-Security-Policy is real: every page carries it, and using the pages (search,
 * catalog, copy buttons, local times) triggers no violation in Chromium.
 */
import { useSiteSession } from '../helpers/site-session.ts';
import { searchSite } from '../helpers/search.ts';
import { createHash } from 'node:crypto';
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
	// Astro writes the policy <meta> at the end of <head>, after Starlight's entries (it has no
	// option to place it first). What matters is that nothing from content can end <head> early
	// and push the policy into <body>, where browsers ignore it: every element before the policy
	// is one the site writes, and the only content there is escaped text (the title) or
	// attribute values.
	it('is in <head> of every page, after only elements the site itself writes', () => {
		const pages = globSync('**/*.html', { cwd: distDir });
		expect(pages.length).toBeGreaterThan(100);
		const allowedBefore = new Set(['meta', 'title', 'link', 'script', 'template']);
		for (const path of pages) {
			const source = readFileSync(join(distDir, path), 'utf8');
			if (source.includes('http-equiv="refresh"')) continue;
			const document = parse(source);
			const children = document.querySelector('head')!.childNodes.filter((node) => node.nodeType === 1) as unknown as {
				rawTagName: string;
				childNodes: { nodeType: number }[];
				getAttribute(name: string): string | undefined;
			}[];
			const policy = children.findIndex(
				(element) => element.rawTagName === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
			);
			expect(policy, path).toBeGreaterThan(0);
			expect(document.querySelectorAll('meta[http-equiv="content-security-policy"]').length, path).toBe(1);
			for (const element of children.slice(0, policy)) {
				expect(allowedBefore.has(element.rawTagName), `${path}: <${element.rawTagName}> before the policy`).toBe(true);
				if (element.rawTagName === 'title')
					expect(
						element.childNodes.every((node) => node.nodeType === 3),
						`${path}: the title holds markup`,
					).toBe(true);
				if (element.rawTagName === 'script' && element.getAttribute('type') !== 'application/ld+json' && element.getAttribute('src') === undefined) {
					// An inline script before the policy must be one the policy itself allows.
					const hash = `'sha256-${createHash('sha256')
						.update((element as unknown as { text: string }).text)
						.digest('base64')}'`;
					expect(children[policy]!.getAttribute('content'), `${path}: an inline script the policy does not allow`).toContain(hash);
				}
			}
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
