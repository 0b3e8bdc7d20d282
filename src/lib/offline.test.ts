import { describe, expect, it } from 'vitest';
import {
	fill,
	formatBytes,
	isPageOf,
	localeHome,
	localeOfPath,
	pathInSite,
	runLimited,
	savedCacheName,
	savedMarkerUrl,
	sectionOfPath,
	titleOfHtml,
} from './offline.ts';

describe('offline paths', () => {
	it('finds the part of a path inside the site', () => {
		expect(pathInSite('/home/models/x/', '/home/')).toBe('models/x/');
		expect(pathInSite('/home', '/home/')).toBe('');
		expect(pathInSite('/other/', '/home')).toBeUndefined();
		expect(pathInSite('/models/', '/')).toBe('models/');
	});

	it('tells the locale and section of a page', () => {
		expect(localeOfPath('/home/zh-cn/models/x/', '/home/')).toBe('zh-cn');
		expect(localeOfPath('/home/zh-cn/', '/home/')).toBe('zh-cn');
		expect(localeOfPath('/home/models/zh-cn-model/', '/home/')).toBe('en');
		expect(sectionOfPath('/home/zh-cn/case-studies/x/', '/home/')).toBe('case-studies');
		expect(sectionOfPath('/home/tutorials/', '/home/')).toBe('tutorials');
		expect(sectionOfPath('/home/zh-cn/compare/', '/home/')).toBe('models');
		expect(sectionOfPath('/home/about/', '/home/')).toBeUndefined();
		expect(localeHome('/home', 'zh-cn')).toBe('/home/zh-cn/');
		expect(localeHome('/home/', 'en')).toBe('/home/');
	});

	it('recognises readable pages of a locale', () => {
		expect(isPageOf('/home/', '/home/', 'en')).toBe(true);
		expect(isPageOf('/home/models/x/', '/home/', 'en')).toBe(true);
		expect(isPageOf('/home/zh-cn/models/x/', '/home/', 'en')).toBe(false);
		expect(isPageOf('/home/zh-cn/models/x/', '/home/', 'zh-cn')).toBe(true);
		expect(isPageOf('/home/pagefind/pagefind.js', '/home/', 'en')).toBe(false);
		expect(isPageOf('/home/_astro/x/', '/home/', 'en')).toBe(false);
		expect(isPageOf('/home/offline/saved/en/all.json', '/home/', 'en')).toBe(false);
		expect(isPageOf('/home/events.ics', '/home/', 'en')).toBe(false);
		expect(isPageOf('/elsewhere/', '/home/', 'en')).toBe(false);
	});

	it('names one cache per section and language, with a marker that is no page', () => {
		expect(savedCacheName('zh-cn', 'models')).toBe('openmodels-offline-zh-cn-models');
		expect(savedMarkerUrl('/home', 'en', 'all')).toBe('/home/offline/saved/en/all.json');
	});
});

describe('offline formatting', () => {
	it('fills placeholders and leaves unknown ones', () => {
		expect(fill('{done} of {total} ({size})', { done: 3, total: 10 })).toBe('3 of 10 ({size})');
	});

	it('formats sizes', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(5.25 * 1024 * 1024)).toBe('5.3 MB');
		expect(formatBytes(42 * 1024 * 1024)).toBe('42 MB');
		expect(formatBytes(3 * 1024 ** 3, 'zh-cn')).toBe('3.0 GB');
	});

	it('reads a page title without the site name', () => {
		expect(titleOfHtml('<html><head><title>Whisper large-v3 | OpenModels</title>')).toBe('Whisper large-v3');
		expect(titleOfHtml('<title>A &amp; B | OpenModels</title>')).toBe('A & B');
		expect(titleOfHtml('<title>OpenModels</title>')).toBe('OpenModels');
		expect(titleOfHtml('<p>no title</p>')).toBeUndefined();
	});
});

describe('runLimited', () => {
	it('runs every item with at most `limit` at once', async () => {
		let running = 0;
		let most = 0;
		const done: number[] = [];
		await runLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			done.push(item);
			running--;
		});
		expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(most).toBe(3);
	});

	it('stops when aborted and rejects', async () => {
		const controller = new AbortController();
		const started: number[] = [];
		const run = runLimited(
			[1, 2, 3, 4, 5, 6],
			2,
			async (item) => {
				started.push(item);
				if (item === 2) controller.abort();
				await new Promise((resolve) => setTimeout(resolve, 5));
			},
			controller.signal,
		);
		await expect(run).rejects.toThrow();
		expect(started.length).toBeLessThan(6);
	});

	it('rejects with the first failure and starts nothing after it', async () => {
		const started: number[] = [];
		await expect(
			runLimited([1, 2, 3, 4, 5, 6], 2, async (item) => {
				started.push(item);
				if (item === 2) throw new Error('boom');
				await new Promise((resolve) => setTimeout(resolve, 5));
			}),
		).rejects.toThrow('boom');
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(started).toEqual([1, 2]);
	});
});
