/**
 * Page-weight budgets on the built site (sizes, not timings): what every reader downloads for a
 * model page and the catalog. `npm run bench` measures the same at 500–5000 cards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/bench/dist-figures.ts';
import { distDir } from '../helpers/dist.ts';

const base = '/home';
const KB = 1024;
const modelPages = [
	'/home/models/whisper-large-v3/',
	'/home/zh-cn/models/whisper-large-v3/',
	'/home/models/llama-3-1-8b-instruct/',
	'/home/zh-cn/models/bert-base-uncased/',
];

describe('page weight', () => {
	// The 40 KB budget is for what the site puts around a card; the card's own prose and the
	// sections that show its facts grow with what its authors record (the bench measures whole
	// pages of synthetic cards). Whole real pages stay under a ceiling.
	it.each(modelPages)('%s: HTML under 40 KB besides the card’s own text and facts (60 KB in all), eager JS ≤ 10 KB and CSS ≤ 20 KB gzip', (url) => {
		const weight = pageWeight(distDir, url, base);
		expect(weight.missing).toEqual([]);
		const page = parse(readFileSync(join(distDir, url.slice(base.length), 'index.html'), 'utf8'));
		const card = ['.om-card-body', '.om-model-facts', '.om-use', '.om-run', '.om-open'].reduce(
			(sum, selector) => sum + Buffer.byteLength(page.querySelector(selector)?.outerHTML ?? ''),
			0,
		);
		expect(weight.htmlBytes - card).toBeLessThan(40 * KB);
		expect(weight.htmlBytes).toBeLessThan(60 * KB);
		expect(weight.jsGzipBytes).toBeLessThanOrEqual(10 * KB);
		expect(weight.cssGzipBytes).toBeLessThanOrEqual(20 * KB);
	});

	it.each(['/home/models/', '/home/zh-cn/models/'])('%s: its own eager JS ≤ 15 KB gzip (Pagefind loads on the first search), CSS ≤ 20 KB', (url) => {
		const weight = pageWeight(distDir, url, base);
		expect(weight.missing).toEqual([]);
		expect(weight.js.some((asset) => asset.url.includes('/pagefind/'))).toBe(false);
		expect(weight.jsGzipBytes).toBeLessThanOrEqual(15 * KB);
		expect(weight.cssGzipBytes).toBeLessThanOrEqual(20 * KB);
	});
});
