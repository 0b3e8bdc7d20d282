/**
 * Offline reading: the web app manifests, the service worker's precache budget, the eager-JS
 * budget, and in real Chromium: saving a section, reading and searching offline, the offline
 * page in the reader's language, cancel/remove, and the "new content available" prompt after a
 * new deploy.
 *
 * "Offline" is `context.setOffline(true)` (the page's own requests and `navigator.onLine`) plus
 * closing the server: Chromium's offline emulation does not reach service-worker fetches.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, urlOfFile } from '../../scripts/lib/site-files.ts';
import type { SavePlan, SaveTarget, SectionsIndex } from '../../src/lib/offline.ts';
import { launchChromium } from '../helpers/browser.ts';
import { searchSite } from '../helpers/search.ts';
import { distDir } from '../helpers/dist.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

const base = '/home';
const dist = distDir;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const gzipSize = (content: string | Buffer) => gzipSync(content).length;

/** `{url:"/home/x",revision:…}` entries of the generated service worker. */
function precacheUrls(sw: string): string[] {
	return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((match) => match[1]!);
}

let browser: Browser;
const servers: RunningServer[] = [];
const temporary: string[] = [];

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	for (const server of servers) {
		server.server.closeAllConnections();
		await server.close().catch(() => undefined);
	}
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function serve(dir: string) {
	const server = await serveStatic(dir, base);
	servers.push(server);
	return server;
}

/** Network gone for the page and for its service worker. */
async function goOffline(context: BrowserContext, server: RunningServer) {
	await context.setOffline(true);
	server.server.closeAllConnections();
	await server.close();
}

/** The same server (same origin, so the same service worker and caches) back on the network. */
async function goOnline(context: BrowserContext, server: RunningServer) {
	const port = Number(new URL(server.url).port);
	await new Promise<void>((resolve) => server.server.listen(port, '127.0.0.1', resolve));
	await context.setOffline(false);
}

async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, {
		timeout: 30_000,
	});
}

const h1 = (page: Page) =>
	page
		.locator('h1')
		.first()
		.textContent()
		.then((text) => text?.trim());

describe('offline reading: build output', () => {
	it('writes a web app manifest per language, linked from every page of that language', () => {
		for (const [prefix, lang] of [
			['', 'en'],
			['zh-cn/', 'zh-CN'],
		] as const) {
			const manifest = JSON.parse(read(`${prefix}manifest.webmanifest`));
			expect(manifest).toMatchObject({ start_url: `${base}/${prefix}`, scope: `${base}/${prefix}`, lang, display: 'standalone', name: 'OpenModels' });
			expect(manifest.description.length).toBeGreaterThan(10);
			expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
			expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
			const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
			expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
			for (const icon of manifest.icons) {
				const file = join(dist, icon.src.slice(base.length));
				expect(existsSync(file), icon.src).toBe(true);
				expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
			}
		}
		for (const file of listFiles(dist, '.html')) {
			const url = urlOfFile(dist, file, base);
			const html = parse(readFileSync(file, 'utf8'));
			const expected = url.startsWith(`${base}/zh-cn/`) ? `${base}/zh-cn/manifest.webmanifest` : `${base}/manifest.webmanifest`;
			expect(html.querySelector('link[rel="manifest"]')?.getAttribute('href'), url).toBe(expected);
			expect(html.querySelector('meta[name="theme-color"]'), url).not.toBeNull();
		}
	});

	it('precaches only the app shell, under 1 MB gzip, whatever the number of model cards', () => {
		const urls = precacheUrls(read('sw.js'));
		expect(urls).toEqual(expect.arrayContaining([`${base}/`, `${base}/zh-cn/`, `${base}/offline/`, `${base}/zh-cn/offline/`]));
		const pages = urls.filter((url) => url.endsWith('/'));
		expect(pages.sort()).toEqual([`${base}/`, `${base}/offline/`, `${base}/zh-cn/`, `${base}/zh-cn/offline/`]);
		for (const url of urls)
			expect(url, url).toMatch(
				/^\/home\/(_astro\/.*\.(js|css|woff2?)|offline\/icons\/.*\.png|favicon\.svg|(zh-cn\/)?(offline\/)?|(zh-cn\/)?manifest\.webmanifest)$/,
			);
		const files = urls.map((url) => join(dist, url.slice(base.length + 1).replace(/(^|\/)$/, '$1index.html')));
		const gzip = files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
		expect(gzip).toBeLessThan(1024 * 1024);
	});

	it('lists per language and section the pages and Pagefind files to save', () => {
		const index = JSON.parse(read('offline/sections.json')) as SectionsIndex;
		const plan = (locale: string, target: SaveTarget) => JSON.parse(read(index.locales[locale]![target]!.url.slice(base.length + 1))) as SavePlan;
		const tutorials = plan('en', 'tutorials');
		expect(index.locales.en!.tutorials!.pages).toBe(tutorials.pages.length);
		const tutorialPages = listFiles(join(dist, 'tutorials'), 'index.html').map((file) => urlOfFile(dist, file, base));
		expect(tutorials.pages.sort()).toEqual(tutorialPages.sort());
		expect(tutorials.files).toEqual(expect.arrayContaining([`${base}/pagefind/pagefind.js`, `${base}/pagefind/pagefind-entry.json`]));
		expect(tutorials.files.some((file) => file.startsWith(`${base}/pagefind/fragment/zh-cn_`))).toBe(false);
		// One fragment per tutorial page, no more.
		expect(tutorials.files.filter((file) => file.includes('/fragment/'))).toHaveLength(tutorials.pages.length);
		expect(tutorials.bytes).toBeGreaterThan(0);
		const zhAll = plan('zh-cn', 'all');
		// The index every control loads names no page: it must not grow with the catalog.
		expect(read('offline/sections.json')).not.toContain('/models/whisper-large-v3/');
		expect(zhAll.pages.every((url) => url.startsWith(`${base}/zh-cn/`))).toBe(true);
		for (const url of [...zhAll.pages, ...zhAll.files])
			expect(existsSync(join(dist, url.slice(base.length + 1).replace(/(^|\/)$/, '$1index.html'))), url).toBe(true);
	});
});

describe('print stylesheet', () => {
	it('prints tutorials and model cards without site chrome, with wrapped code and link addresses', async () => {
		const server = await serve(dist);
		const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
		await page.emulateMedia({ media: 'print' });
		for (const path of ['tutorials/fine-tune-with-lora/', 'models/whisper-large-v3/']) {
			await page.goto(`${server.url}${path}`);
			const hidden = await page.evaluate(() =>
				['header.header', 'nav.sidebar', '.right-sidebar-container', 'site-search', '.pagination-links'].map((selector) => {
					const element = document.querySelector(selector);
					return !element || getComputedStyle(element).display === 'none';
				}),
			);
			expect(hidden, path).toEqual([true, true, true, true, true]);
			const cutOff = await page.evaluate(() => [...document.querySelectorAll('main pre')].filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length);
			expect(cutOff, path).toBe(0);
			const [href, after] = await page.evaluate(() => {
				const link = document.querySelector<HTMLAnchorElement>('main .sl-markdown-content a[href^="https://"]');
				return link ? [link.getAttribute('href'), getComputedStyle(link, '::after').content] : ['', 'no external link'];
			});
			expect(after, path).toBe(`" (${href})"`);
		}
		await page.close();
	});
});

describe('offline reading in Chromium', () => {
	it('saves a section, then reads, searches and filters offline; other pages show the offline page', async () => {
		const server = await serve(dist);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(server.url);
		await controlled(page);

		// Save the tutorials.
		await page.goto(`${server.url}tutorials/`);
		const control = page.locator('[data-offline-save][data-target="tutorials"]');
		await control.locator('button[data-action="save"]').click();
		await expect.poll(() => control.getAttribute('data-state'), { timeout: 60_000 }).toBe('saved');
		const tutorialPages = (JSON.parse(read('offline/sections.json')) as SectionsIndex).locales.en!.tutorials!.pages;
		expect(await control.locator('[data-status]').textContent()).toMatch(new RegExp(`Saved on this device on .+: ${tutorialPages} pages, [\\d.]+ (KB|MB)\\.`));
		await expect.poll(() => control.locator('[data-status]').textContent()).toMatch(/This site now uses/);
		expect(await control.locator('button[data-action="remove"]').isVisible()).toBe(true);

		// Visit the catalog, so it is in the cache.
		await page.goto(`${server.url}models/`);
		await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toMatch(/^\d+ models$/);
		const audio = Number(await page.locator('input[name="modality"][value="audio"] ~ [data-count]').textContent());
		expect(audio).toBeGreaterThan(1);

		await goOffline(context, server);

		// A saved tutorial opens, with the quiet offline note.
		await page.goto(`${server.url}tutorials/run-a-text-model-locally/`);
		const tutorialTitle = parse(read('tutorials/run-a-text-model-locally/index.html')).querySelector('h1')!.text.trim();
		expect(await h1(page)).toBe(tutorialTitle);
		await expect.poll(() => page.locator('.om-offline-indicator').textContent()).toContain('You are offline');

		// Search finds a saved tutorial.
		const results = await searchSite(page, 'Ollama');
		expect(results).toContain(`${base}/tutorials/serve-a-quantised-model-with-ollama/`);
		await page.keyboard.press('Escape');

		// Results from pages neither saved nor visited say so, instead of staying grey placeholders.
		await page.reload();
		const whisper = await searchSite(page, 'Whisper');
		expect(whisper).toContain(`${base}/tutorials/speech-to-text-with-whisper/`);
		expect(whisper).toContain(`${base}/offline/`);
		await expect
			.poll(async () => (await page.locator('dialog[open] .pagefind-ui__result-title').allTextContents()).map((title) => title.trim()), { timeout: 15_000 })
			.toContain('This page is not saved for offline reading');
		await page.keyboard.press('Escape');

		// A never-visited model page shows the offline page, in English, listing what is saved.
		await page.goto(`${server.url}models/whisper-large-v3/`);
		expect(await h1(page)).toBe('Offline reading');
		expect(await page.locator('[data-offline-fallback]').isVisible()).toBe(true);
		const available = page.locator('[data-offline-available] a');
		await expect.poll(() => available.allTextContents()).toContain(tutorialTitle);
		expect(await page.locator('[data-offline-available] a[href="/home/zh-cn/"]').count()).toBe(0);

		// …and in Chinese on the Chinese site.
		await page.goto(`${server.url}zh-cn/models/whisper-large-v3/`);
		expect(await h1(page)).toBe('离线阅读');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await expect.poll(() => page.locator('[data-offline-available] a').allTextContents()).toContain('OpenModels');

		// The visited catalog still filters (counts come from the cached Pagefind filter index).
		await page.goto(`${server.url}models/`);
		await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toMatch(/^\d+ models$/);
		await page.locator('input[name="modality"][value="audio"]').check();
		await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toBe(`${audio} models`);

		// Back online, save the models section; offline again, the catalog lists what it filters
		// and every model page opens.
		await goOnline(context, server);
		await page.goto(`${server.url}models/`);
		const models = page.locator('[data-offline-save][data-target="models"]');
		await models.locator('button[data-action="save"]').click();
		await expect.poll(() => models.getAttribute('data-state'), { timeout: 60_000 }).toBe('saved');
		await goOffline(context, server);
		await page.goto(`${server.url}models/?modality=audio`);
		await expect.poll(() => page.locator('#catalog-status').textContent(), { timeout: 15_000 }).toBe(`${audio} models`);
		await expect.poll(() => page.locator('#catalog-results li > a').count()).toBe(audio);
		expect(await page.locator('#catalog-results li > a').allTextContents()).toContain('Whisper large-v3');
		await page.goto(`${server.url}models/whisper-large-v3/`);
		expect(await h1(page)).toBe('Whisper large-v3');
		// The compare page was saved with the models, and reads their saved records.
		await page.goto(`${server.url}compare/?models=whisper-large-v3,whisper-large-v3-turbo`);
		await expect
			.poll(() => page.locator('.om-compare-table thead th a').allTextContents(), { timeout: 15_000 })
			.toEqual(['Whisper large-v3', 'Whisper large-v3-turbo']);
		await context.close();
	}, 120_000);

	it('can cancel a download and remove a saved section', async () => {
		const server = await serve(dist);
		// Saving needs no service worker; without one, routes see every request, so the download
		// can be slowed down enough to cancel it for sure.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`${server.url}offline/`);

		// The whole site: cancel while it downloads; nothing is kept.
		const slow = async (route: Route) => {
			await new Promise((resolve) => setTimeout(resolve, 250));
			await route.continue().catch(() => undefined);
		};
		await context.route('**/pagefind/**', slow);
		const all = page.locator('[data-offline-save][data-target="all"]');
		await all.locator('button[data-action="save"]').click();
		await expect.poll(() => all.getAttribute('data-state')).toBe('saving');
		await expect.poll(() => all.locator('[data-progress-text]').textContent()).toMatch(/^Saving \d+ of \d+ files \([\d.]+ (B|KB|MB)\)…$/);
		await all.locator('button[data-action="cancel"]').click();
		await expect.poll(() => all.getAttribute('data-state')).toBe('idle');
		expect(await all.locator('[data-status]').textContent()).toContain('Cancelled');
		expect(await page.evaluate(() => caches.has('openmodels-offline-en-all'))).toBe(false);
		await context.unroute('**/pagefind/**', slow);

		// Events: save, then remove.
		const events = page.locator('[data-offline-save][data-target="events"]');
		await events.locator('button[data-action="save"]').click();
		await expect.poll(() => events.getAttribute('data-state'), { timeout: 60_000 }).toBe('saved');
		expect(await page.evaluate(() => caches.has('openmodels-offline-en-events'))).toBe(true);
		await expect.poll(() => page.locator('[data-offline-available] a').allTextContents()).toContain('Events');
		await events.locator('button[data-action="remove"]').click();
		await expect.poll(() => events.getAttribute('data-state')).toBe('idle');
		expect(await page.evaluate(() => caches.has('openmodels-offline-en-events'))).toBe(false);
		await context.close();
	});

	it('offers the content of a new deploy with "New content available — Reload"', async () => {
		// The second deploy: the same build with a changed home page and its precache revision.
		const next = mkdtempSync(join(tmpdir(), 'openmodels-deploy-'));
		temporary.push(next);
		cpSync(dist, next, { recursive: true });
		const home = readFileSync(join(next, 'index.html'), 'utf8');
		const changed = home.replace('</main>', '<p id="deploy-marker">Fresh from the second deploy</p></main>');
		expect(changed).not.toBe(home);
		writeFileSync(join(next, 'index.html'), changed);
		const sw = readFileSync(join(next, 'sw.js'), 'utf8');
		const revision = createHash('md5').update(changed).digest('hex');
		const updatedSw = sw.replace(/(\{url:"\/home\/",revision:")[0-9a-f]+(")/, `$1${revision}$2`);
		expect(updatedSw).not.toBe(sw);
		writeFileSync(join(next, 'sw.js'), updatedSw);

		const server = await serve(dist);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(server.url);
		await controlled(page);
		await page.reload();
		expect(await page.locator('#deploy-marker').count()).toBe(0);

		server.setRoot(next);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
		const prompt = page.locator('.om-update');
		await expect.poll(() => prompt.textContent(), { timeout: 30_000 }).toContain('New content available.');
		const reload = prompt.getByRole('button', { name: 'Reload' });
		await reload.click();
		await page.locator('#deploy-marker').waitFor({ timeout: 30_000 });
		expect(await page.locator('#deploy-marker').textContent()).toBe('Fresh from the second deploy');
		await context.close();
	});
});
