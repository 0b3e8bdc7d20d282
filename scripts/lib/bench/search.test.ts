import { describe, expect, it } from 'vitest';
import { categorise, summarise, type TransferRecord } from './search.ts';

describe('first-search transfer accounting', () => {
	it('puts each response in a category', () => {
		expect(categorise('http://x/home/models/', 'text/html; charset=utf-8')).toBe('html');
		expect(categorise('http://x/home/_astro/a.css')).toBe('css');
		expect(categorise('http://x/home/_astro/a.js', 'text/javascript')).toBe('js');
		expect(categorise('http://x/home/pagefind/pagefind.js', 'text/javascript')).toBe('pagefind');
		expect(categorise('http://x/home/pagefind/index/en_1.pf_index')).toBe('pagefind');
		expect(categorise('http://x/home/favicon.svg', 'image/svg+xml')).toBe('other');
	});

	it('sums by phase and category', () => {
		const record = (category: TransferRecord['category'], phase: TransferRecord['phase'], bytes: number): TransferRecord => ({
			url: 'http://x/',
			category,
			phase,
			status: 200,
			transferBytes: bytes,
			bodyBytes: bytes - 100,
			gzipTransferBytes: bytes / 2,
		});
		const summary = summarise([record('html', 'load', 1000), record('pagefind', 'load', 400), record('pagefind', 'search', 600)]);
		expect(summary).toMatchObject({ totalBytes: 2000, totalGzipBytes: 1000, searchGzipBytes: 300, byPhase: { load: 1400, search: 600 }, pagefindRequests: 2 });
		expect(summary.byCategory).toEqual({ html: 1000, css: 0, js: 0, pagefind: 1000, other: 0 });
	});
});
