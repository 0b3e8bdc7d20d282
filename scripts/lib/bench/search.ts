/**
 * The bytes a browser fetches for a first catalog search, measured for real: the build is served
 * by the tests' static server (no compression, like a plain file server), Debian Chromium opens
 * /home/models/ with an empty cache, waits for the catalog's list, types a query and waits for
 * its results. Every response from the first navigation on is counted with the bytes
 * Chromium reports for it (headers + body as transferred); a gzip figure says what a server that
 * compresses text (GitHub Pages) would send.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../../../tests/helpers/browser.ts';
import { serveStatic } from '../../../tests/helpers/static-server.ts';

export type Phase = 'load' | 'search';
export type Category = 'html' | 'css' | 'js' | 'pagefind' | 'other';

export interface TransferRecord {
	url: string;
	phase: Phase;
	category: Category;
	status: number;
	/** Response headers + body as Chromium received them. */
	transferBytes: number;
	bodyBytes: number;
	/** Headers + body gzipped when the body is text (what a compressing server would send). */
	gzipTransferBytes: number;
	failed?: boolean;
}

export interface SearchFigures {
	query: string;
	/** Results shown before typing (all models) and after. */
	initialResults: string;
	queryResults: string;
	requests: number;
	/** Everything from the first navigation until the query's results show. */
	totalBytes: number;
	totalGzipBytes: number;
	/** What typing the query fetched (Pagefind, the results), gzip as above. */
	searchGzipBytes: number;
	/** Requests made after the page's `load` event (Pagefind and the search itself). */
	afterLoadBytes: number;
	byPhase: Record<Phase, number>;
	byCategory: Record<Category, number>;
	byCategoryGzip: Record<Category, number>;
	pagefindRequests: number;
	timeToResultsMs: number;
	timeToQueryResultsMs: number;
	records: TransferRecord[];
}

export function categorise(url: string, contentType = ''): Category {
	const path = new URL(url).pathname;
	if (path.includes('/pagefind/')) return 'pagefind';
	if (contentType.includes('text/html') || path.endsWith('/') || path.endsWith('.html')) return 'html';
	if (contentType.includes('css') || path.endsWith('.css')) return 'css';
	if (contentType.includes('javascript') || /\.m?js$/.test(path)) return 'js';
	return 'other';
}

const isText = (contentType: string) => /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/.test(contentType);

/** Totals of a list of transfer records. Pure. */
export function summarise(records: readonly TransferRecord[]) {
	const zero = () => ({ html: 0, css: 0, js: 0, pagefind: 0, other: 0 });
	const byCategory: Record<Category, number> = zero();
	const byCategoryGzip: Record<Category, number> = zero();
	const byPhase: Record<Phase, number> = { load: 0, search: 0 };
	let totalBytes = 0;
	let totalGzipBytes = 0;
	let searchGzipBytes = 0;
	for (const record of records) {
		totalBytes += record.transferBytes;
		totalGzipBytes += record.gzipTransferBytes;
		if (record.phase === 'search') searchGzipBytes += record.gzipTransferBytes;
		byCategory[record.category] += record.transferBytes;
		byCategoryGzip[record.category] += record.gzipTransferBytes;
		byPhase[record.phase] += record.transferBytes;
	}
	return {
		totalBytes,
		totalGzipBytes,
		searchGzipBytes,
		byCategory,
		byCategoryGzip,
		byPhase,
		pagefindRequests: records.filter((record) => record.category === 'pagefind').length,
	};
}

async function networkQuiet(page: Page, inflight: () => number, lastActivity: () => number, quietMs = 500, timeoutMs = 60_000) {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (inflight() === 0 && Date.now() - lastActivity() >= quietMs) return;
		await page.waitForTimeout(50);
	}
	throw new Error('the network did not settle');
}

/** Serves `dist` under `base` and measures a first catalog search for `query` in Chromium. */
export async function measureFirstSearch(dist: string, base: string, query: string): Promise<SearchFigures> {
	const server = await serveStatic(dist, base);
	const browser = await launchChromium();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		let phase: Phase = 'load';
		let loaded = false;
		let inflight = 0;
		let last = Date.now();
		let afterLoadBytes = 0;
		const phases = new Map<Request, { phase: Phase; afterLoad: boolean }>();
		const pending: Promise<void>[] = [];
		const records: TransferRecord[] = [];
		page.on('load', () => {
			loaded = true;
		});
		page.on('request', (request) => {
			inflight++;
			last = Date.now();
			phases.set(request, { phase, afterLoad: loaded });
		});
		const finish = (request: Request, failed: boolean) => {
			pending.push(
				(async () => {
					try {
						const response = await request.response();
						const sizes = await request.sizes();
						const contentType = (await response?.allHeaders())?.['content-type'] ?? '';
						// Chromium reports 0 body bytes for some requests (a worker's script), so the body's
						// own length counts too; the server does not compress, so both measure the same bytes.
						let bodyBytes = sizes.responseBodySize;
						let gzipBody = bodyBytes;
						if (!failed && response) {
							try {
								const body = await response.body();
								bodyBytes = Math.max(bodyBytes, body.length);
								gzipBody = isText(contentType) ? gzipSync(body).length : bodyBytes;
							} catch {
								// a body Chromium no longer holds: keep the reported size
							}
						}
						const transferBytes = sizes.responseHeadersSize + bodyBytes;
						const info = phases.get(request) ?? { phase, afterLoad: loaded };
						if (info.afterLoad) afterLoadBytes += transferBytes;
						records.push({
							url: request.url(),
							phase: info.phase,
							category: categorise(request.url(), contentType),
							status: response?.status() ?? 0,
							transferBytes,
							bodyBytes,
							gzipTransferBytes: sizes.responseHeadersSize + gzipBody,
							failed: failed || undefined,
						});
					} finally {
						inflight--;
						last = Date.now();
					}
				})(),
			);
		};
		page.on('requestfinished', (request) => finish(request, false));
		page.on('requestfailed', (request) => finish(request, true));

		const status = () => page.locator('#catalog-status').textContent();
		const started = Date.now();
		await page.goto(`${server.url}models/`, { waitUntil: 'load' });
		await page.waitForFunction(
			() =>
				/^\d[\d,]* models?$/.test(document.getElementById('catalog-status')?.textContent ?? '') &&
				document.querySelector('#catalog-list li, #catalog-results li'),
			null,
			{ timeout: 120_000 },
		);
		await networkQuiet(
			page,
			() => inflight,
			() => last,
		);
		const timeToResultsMs = Date.now() - started;
		const initialResults = (await status()) ?? '';

		phase = 'search';
		const typed = Date.now();
		await page.locator('#catalog-q').fill(query);
		await page.waitForURL(/[?&]q=/, { timeout: 30_000 });
		await page
			.waitForFunction((before) => document.getElementById('catalog-status')?.textContent !== before, initialResults, { timeout: 30_000 })
			.catch(() => undefined); // a query matching every model leaves the status as it was
		await page.waitForFunction(() => /models?$/.test(document.getElementById('catalog-status')?.textContent ?? ''), null, { timeout: 60_000 });
		await networkQuiet(
			page,
			() => inflight,
			() => last,
		);
		const timeToQueryResultsMs = Date.now() - typed;
		const queryResults = (await status()) ?? '';
		await Promise.all(pending);
		await context.close();
		return {
			query,
			initialResults,
			queryResults,
			requests: records.length,
			afterLoadBytes,
			timeToResultsMs,
			timeToQueryResultsMs,
			...summarise(records),
			records,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
