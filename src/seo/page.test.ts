import { describe, expect, it } from 'vitest';
import { ogLocales, pageInfo, pageUrl, shareImagePath, siteUrl } from './page.ts';

describe('pageInfo', () => {
	it('reads locale, kind and id from a URL under the base path', () => {
		expect(pageInfo('/home/', '/home/')).toEqual({ locale: 'en', path: '/', kind: 'home' });
		expect(pageInfo('/home/zh-cn/', '/home/')).toEqual({ locale: 'zh-cn', path: '/', kind: 'home' });
		expect(pageInfo('/home/models/bloom/', '/home/')).toEqual({ locale: 'en', path: '/models/bloom/', kind: 'models', id: 'bloom' });
		expect(pageInfo('/home/zh-cn/tutorials/run-a-model/', '/home')).toEqual({
			locale: 'zh-cn',
			path: '/tutorials/run-a-model/',
			kind: 'tutorials',
			id: 'run-a-model',
		});
		expect(pageInfo('/home/case-studies/x/', '/home/')).toMatchObject({ kind: 'caseStudies', id: 'x' });
		expect(pageInfo('/home/working-groups/health/', '/home/')).toMatchObject({ kind: 'workingGroups', id: 'health' });
		expect(pageInfo('/home/zh-cn/events/meetup/', '/home/')).toMatchObject({ locale: 'zh-cn', kind: 'events', id: 'meetup' });
	});

	it('treats index pages, docs pages and deeper paths as other pages', () => {
		expect(pageInfo('/home/models/', '/home/')).toEqual({ locale: 'en', path: '/models/', kind: 'other' });
		expect(pageInfo('/home/zh-cn/about/', '/home/')).toEqual({ locale: 'zh-cn', path: '/about/', kind: 'other' });
		expect(pageInfo('/home/api/models/x/', '/home/').kind).toBe('other');
	});

	it('works without a base path and without a trailing slash', () => {
		expect(pageInfo('/models/bloom', '/')).toMatchObject({ kind: 'models', id: 'bloom', path: '/models/bloom/' });
		expect(pageInfo('/zh-cn', '/')).toEqual({ locale: 'zh-cn', path: '/', kind: 'home' });
		// A page whose name merely starts with the locale is English.
		expect(pageInfo('/home/zh-cnx/', '/home/').locale).toBe('en');
	});
});

describe('pageUrl and shareImagePath', () => {
	it('builds absolute URLs in each locale', () => {
		expect(pageUrl('https://example.org', '/home/', 'en', '/models/')).toBe('https://example.org/home/models/');
		expect(pageUrl('https://example.org/', '/home', 'zh-cn', '/')).toBe('https://example.org/home/zh-cn/');
		expect(pageUrl('https://example.org', '/', 'zh-cn', '/about/')).toBe('https://example.org/zh-cn/about/');
		expect(siteUrl('https://example.org', '/home/', '/og/site.png')).toBe('https://example.org/home/og/site.png');
		expect(siteUrl(new URL('https://example.org'), '/', '/og/site.png')).toBe('https://example.org/og/site.png');
	});

	it('puts share images under /og/, Chinese ones under /zh-cn/og/', () => {
		expect(shareImagePath('en', 'models', 'bloom')).toBe('/og/models/bloom.png');
		expect(shareImagePath('zh-cn', 'tutorials', 'x')).toBe('/zh-cn/og/tutorials/x.png');
		expect(shareImagePath('zh-cn', 'site')).toBe('/zh-cn/og/site.png');
	});

	it('uses Open Graph locale codes', () => {
		expect(ogLocales).toEqual({ en: 'en_US', 'zh-cn': 'zh_CN' });
	});
});
